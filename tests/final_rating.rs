//! The final rating under each bundled profile, checked against sums done
//! by hand: practice plus student measures, the weights of the evaluation's
//! own school year, the state's rounding at the band edges, pending
//! measures, conversion tables, and a coordinator's role duties.
//!
//! Practice here rates every component of a domain at one level, so each
//! domain's value is that level's value (Pennsylvania: level score - 1 on
//! 0-3; New Jersey: the level score on 1-4).

mod common;

use teacher_eval::record::{
    Educator, Measure, MeasurePlan, Observation, Period, Rating, RatingLevel, Summative,
};
use teacher_eval::rubric::{Catalog, SchoolLevel};
use teacher_eval::scoring::{MeasureStatus, Profiles, Scored, finalize, new_summative, score};

struct World {
    catalog: Catalog,
    profiles: Profiles,
    educator: Educator,
}

impl World {
    fn new(rubric: &str, extra_profiles: Option<&std::path::Path>) -> World {
        let mut educator = common::sample_educator("edu-000000000001", "Małgorzata Nowak");
        educator.rubric_id = rubric.into();
        if rubric == "edtech-coordinator" {
            educator.role = "edtech-coordinator".into();
            educator.level = SchoolLevel::Elementary;
        }
        World {
            catalog: Catalog::load(&[]),
            profiles: Profiles::load(
                &extra_profiles
                    .map(|p| vec![p.to_path_buf()])
                    .unwrap_or_default(),
            ),
            educator,
        }
    }

    /// One observation in `year` rating every component of each domain at
    /// the level given for it (domains not named are left unrated).
    fn observation(&self, year: &str, levels: &[(&str, u32)]) -> Observation {
        let start: i32 = year[..4].parse().expect("year");
        let rubric = &self
            .catalog
            .get(&self.educator.rubric_id)
            .expect("rubric")
            .rubric;
        let mut o = common::sample_observation("obs-000000000001", &self.educator.id);
        o.started_at = common::at(&format!("{start}-10-14T10:00:00-04:00"));
        o.rubric_id.clone_from(&self.educator.rubric_id);
        o.ratings = rubric
            .domains
            .iter()
            .filter_map(|d| {
                levels
                    .iter()
                    .find(|(id, _)| *id == d.id)
                    .map(|(_, l)| (d, *l))
            })
            .flat_map(|(d, level)| {
                d.components.iter().map(move |c| Rating {
                    component: c.id.clone(),
                    level: RatingLevel::Level(level),
                    rationale: String::new(),
                    evidence: vec![],
                })
            })
            .collect();
        o
    }

    fn summative(&self, profile: &str, year: &str) -> Summative {
        new_summative(&self.educator, year, profile)
    }

    fn score<'a>(
        &'a self,
        summative: &Summative,
        observations: &'a [Observation],
        measures: &[Measure],
    ) -> Scored<'a> {
        score(
            summative,
            &self.educator,
            observations,
            measures,
            &self.catalog,
            &self.profiles,
        )
        .expect("scores")
    }
}

fn measure(id: &str, year: &str, score: Option<f64>) -> Measure {
    let at = common::at("2026-11-01T09:00:00-04:00");
    Measure {
        schema: 1,
        id: format!("msr-{:0>12}", id.len() * 7 + usize::from(score.is_some())),
        educator_id: "edu-000000000001".into(),
        school_year: year.into(),
        measure: id.into(),
        title: format!("{id} for {year}"),
        score,
        source: "State file, line 2".into(),
        date: None,
        plan: MeasurePlan::default(),
        created: at,
        changed: at,
    }
}

/// Pennsylvania's three student measures at the given scores.
fn pa_measures(building: f64, specific: f64, lea: f64) -> Vec<Measure> {
    vec![
        measure("building", "2026-27", Some(building)),
        measure("teacher-specific", "2026-27", Some(specific)),
        measure("lea", "2026-27", Some(lea)),
    ]
}

fn all_at(level: u32) -> [(&'static str, u32); 4] {
    [("1", level), ("2", level), ("3", level), ("4", level)]
}

fn final_of(scored: &Scored) -> (Option<f64>, Option<String>) {
    (
        scored.result.score,
        scored.result.rating.as_ref().map(|(l, _)| l.clone()),
    )
}

#[test]
fn pennsylvania_13_1_weighs_practice_70_and_three_measures_10_each() {
    let world = World::new("danielson-2013", None);
    let observations = [world.observation("2026-27", &all_at(3))];
    let summative = world.summative("pennsylvania-13-1", "2026-27");
    // Practice 2.0 (every component Proficient): 0.7·2 + 0.1·3 + 0.1·1 + 0.1·2 = 2.00.
    let scored = world.score(&summative, &observations, &pa_measures(3.0, 1.0, 2.0));
    assert_eq!(scored.outcome.score, Some(2.0));
    assert_eq!(final_of(&scored), (Some(2.0), Some("Proficient".into())));
    assert_eq!(scored.result.outcome.as_deref(), Some("Satisfactory"));
    assert_eq!(scored.plan_required(), Some(false));
    let weights: Vec<(&str, f64)> = scored
        .result
        .measures
        .iter()
        .map(|m| (m.id.as_str(), m.weight))
        .collect();
    assert_eq!(
        weights,
        [
            ("building", 10.0),
            ("teacher-specific", 10.0),
            ("lea", 10.0)
        ]
    );
}

#[test]
fn pennsylvania_truncates_to_three_places_then_rounds_at_the_band_edges() {
    let world = World::new("danielson-2013", None);
    let summative = world.summative("pennsylvania-13-1", "2026-27");
    // Practice 1.0 (every component Basic): 0.7 + 0.1·(3 + 3 + lea).
    let basic = [world.observation("2026-27", &all_at(2))];
    let edge = |lea: f64| final_of(&world.score(&summative, &basic, &pa_measures(3.0, 3.0, lea)));
    // lea 1.95: 1.495 exactly, truncated 1.495, rounded 1.50: Proficient.
    assert_eq!(edge(1.95), (Some(1.5), Some("Proficient".into())));
    // lea 1.949: 1.4949, truncated 1.494, rounded 1.49: Needs Improvement.
    assert_eq!(edge(1.949), (Some(1.49), Some("Needs Improvement".into())));
    // Practice 0 (every component Unsatisfactory): 0.1·(2 + 2 + lea).
    let low = [world.observation("2026-27", &all_at(1))];
    let edge = |lea: f64| final_of(&world.score(&summative, &low, &pa_measures(2.0, 2.0, lea)));
    // 0.495 rounds to 0.50: Needs Improvement; 0.4949 cuts to 0.494, 0.49: Failing.
    assert_eq!(edge(0.95), (Some(0.5), Some("Needs Improvement".into())));
    assert_eq!(edge(0.949), (Some(0.49), Some("Failing".into())));
    let failing = world.score(&summative, &low, &pa_measures(2.0, 2.0, 0.949));
    assert_eq!(failing.plan_required(), Some(true));
    assert_eq!(failing.result.outcome.as_deref(), Some("Unsatisfactory"));
    // Practice 3 (every component Distinguished): 2.1 + 0.1·(1 + 1 + lea).
    let top = [world.observation("2026-27", &all_at(4))];
    let edge = |lea: f64| final_of(&world.score(&summative, &top, &pa_measures(1.0, 1.0, lea)));
    assert_eq!(edge(1.95), (Some(2.5), Some("Distinguished".into())));
    assert_eq!(edge(1.949), (Some(2.49), Some("Proficient".into())));
}

#[test]
fn a_pending_measure_leaves_a_practice_rating_and_no_final_one() {
    let world = World::new("danielson-2013", None);
    let observations = [world.observation("2026-27", &all_at(2))];
    let summative = world.summative("pennsylvania-13-1", "2026-27");
    let measures = vec![
        measure("building", "2026-27", Some(2.0)),
        measure("teacher-specific", "2026-27", None),
        // Another year's measure never counts.
        measure("lea", "2025-26", Some(3.0)),
    ];
    let scored = world.score(&summative, &observations, &measures);
    assert_eq!(scored.outcome.score, Some(1.0), "the practice score stands");
    assert_eq!(
        scored.outcome.rating.as_ref().map(|r| r.0.as_str()),
        Some("Needs Improvement")
    );
    assert_eq!(final_of(&scored), (None, None));
    assert_eq!(
        scored.plan_required(),
        None,
        "no plan is decided while pending"
    );
    assert_eq!(
        scored.result.pending,
        [
            "Teacher-Specific Data (pending)",
            "LEA-Selected Measures (not recorded)"
        ]
    );
    let statuses: Vec<&MeasureStatus> = scored.result.measures.iter().map(|m| &m.status).collect();
    assert_eq!(
        statuses,
        [
            &MeasureStatus::Scored,
            &MeasureStatus::Pending,
            &MeasureStatus::NotRecorded
        ]
    );
}

#[test]
fn a_score_outside_the_measure_range_is_named_and_leaves_no_final_rating() {
    let world = World::new("danielson-2013", None);
    let observations = [world.observation("2026-27", &all_at(3))];
    let summative = world.summative("pennsylvania-13-1", "2026-27");
    let scored = world.score(&summative, &observations, &pa_measures(87.0, 2.0, 2.0));
    assert_eq!(scored.result.score, None);
    assert_eq!(
        scored.result.pending,
        ["Building Level Score (0-3) 87 is outside 0-3"]
    );
}

#[test]
fn a_semi_annual_rating_of_a_temporary_professional_is_practice_only() {
    let world = World::new("danielson-2013", None);
    let observations = [world.observation("2026-27", &all_at(2))];
    let mut summative = world.summative("pennsylvania-13-1", "2026-27");
    summative.period = Period::SemiAnnual;
    let scored = world.score(&summative, &observations, &[]);
    assert_eq!(
        final_of(&scored),
        (Some(1.0), Some("Needs Improvement".into()))
    );
    assert!(scored.result.measures.is_empty());
    assert_eq!(scored.plan_required(), Some(true));
}

#[test]
fn the_former_pennsylvania_form_has_no_rules_for_current_years() {
    let world = World::new("danielson-2013", None);
    let observations = [world.observation("2020-21", &all_at(3))];
    let summative = world.summative("pennsylvania-82-1", "2020-21");
    let measures = vec![
        measure("building", "2020-21", Some(3.0)),
        measure("teacher-specific", "2020-21", Some(2.0)),
        measure("elective", "2020-21", Some(1.0)),
    ];
    // 0.5·2 + 0.15·3 + 0.15·2 + 0.2·1 = 1.95.
    let scored = world.score(&summative, &observations, &measures);
    assert_eq!(final_of(&scored), (Some(1.95), Some("Proficient".into())));

    let this_year = [world.observation("2026-27", &all_at(3))];
    let summative = world.summative("pennsylvania-82-1", "2026-27");
    let scored = world.score(&summative, &this_year, &[]);
    assert_eq!(scored.result.score, None);
    assert!(
        scored.result.pending[0].contains("has no rules for 2026-27")
            && scored.result.pending[0].contains("2013-14 to 2020-21"),
        "{:?}",
        scored.result.pending
    );
}

#[test]
fn new_jersey_weighs_by_year_and_by_whether_the_teacher_has_an_msgp() {
    let world = World::new("danielson-2013", None);
    let nj = |year: &str, level: u32, measures: &[Measure]| {
        let observations = [world.observation(year, &all_at(level))];
        let summative = world.summative("new-jersey-achievenj", year);
        final_of(&world.score(&summative, &observations, measures))
    };
    let sgo = |year: &str, s: f64| measure("sgo", year, Some(s));
    let msgp = |year: &str, s: f64| measure("msgp", year, Some(s));
    // 2026-27 without an mSGP: 0.85·3 + 0.15·4 = 3.15.
    assert_eq!(
        nj("2026-27", 3, &[sgo("2026-27", 4.0)]),
        (Some(3.15), Some("Effective".into()))
    );
    // With one: 0.7·3 + 0.25·4 + 0.05·2 = 3.20.
    assert_eq!(
        nj("2026-27", 3, &[sgo("2026-27", 4.0), msgp("2026-27", 2.0)]),
        (Some(3.2), Some("Effective".into()))
    );
    // 2016-17 with one: 0.55·3 + 0.15·4 + 0.3·2 = 2.85.
    assert_eq!(
        nj("2016-17", 3, &[sgo("2016-17", 4.0), msgp("2016-17", 2.0)]),
        (Some(2.85), Some("Effective".into()))
    );
    // 2014-15 without one: 0.8·3 + 0.2·4 = 3.20.
    assert_eq!(
        nj("2014-15", 3, &[sgo("2014-15", 4.0)]),
        (Some(3.2), Some("Effective".into()))
    );
    // 2020-21: practice only (Executive Order 214).
    assert_eq!(
        nj("2020-21", 2, &[]),
        (Some(2.0), Some("Partially Effective".into()))
    );
    // Band edges: 0.85·2 + 0.15·1 = 1.85; 0.7·4 + 0.25·2.6 + 0.05·1 = 3.50, with 2.56: 3.49.
    assert_eq!(
        nj("2026-27", 2, &[sgo("2026-27", 1.0)]),
        (Some(1.85), Some("Partially Effective".into()))
    );
    assert_eq!(
        nj("2026-27", 4, &[sgo("2026-27", 2.6), msgp("2026-27", 1.0)]),
        (Some(3.5), Some("Highly Effective".into()))
    );
    assert_eq!(
        nj("2026-27", 4, &[sgo("2026-27", 2.56), msgp("2026-27", 1.0)]),
        (Some(3.49), Some("Effective".into()))
    );
    // 2019-20 has no bundled rules (student growth data barred mid-year).
    assert_eq!(nj("2019-20", 3, &[sgo("2019-20", 4.0)]), (None, None));
}

#[test]
fn a_district_conversion_table_turns_a_building_score_into_a_rating() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bundled = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("rubrics/scoring/pennsylvania-13-1.ron"),
    )
    .expect("read");
    // A district's own table (for the test, not the state's): 0-59.99 → 0,
    // 60-69.99 → 1, 70-89.99 → 2, 90 and above → 3.
    let district = bundled
        .replace("id: \"pennsylvania-13-1\"", "id: \"district-13-1\"")
        .replace(
            "(id: \"building\", name: \"Building Level Score (0-3)\", part: \"B.1\", range: (0.0, 3.0)),",
            "(id: \"building\", name: \"Building Level Score\", part: \"B.1\", range: (0.0, 107.0), conversion: [(min: 0.0, value: 0.0), (min: 60.0, value: 1.0), (min: 70.0, value: 2.0), (min: 90.0, value: 3.0)]),",
        );
    assert_ne!(district, bundled, "the measure line is in the bundled file");
    std::fs::write(dir.path().join("district.ron"), district).expect("write");
    let world = World::new("danielson-2013", Some(dir.path()));
    assert!(
        world.profiles.errors.is_empty(),
        "{:?}",
        world.profiles.errors
    );
    let observations = [world.observation("2026-27", &all_at(3))];
    let summative = world.summative("district-13-1", "2026-27");
    let building = |raw: f64| {
        let scored = world.score(&summative, &observations, &pa_measures(raw, 2.0, 2.0));
        (scored.result.measures[0].value, scored.result.score)
    };
    // 1.4 + 0.1·converted + 0.2 + 0.2.
    assert_eq!(building(95.0), (Some(3.0), Some(2.1)));
    assert_eq!(building(90.0), (Some(3.0), Some(2.1)));
    assert_eq!(building(89.99), (Some(2.0), Some(2.0)));
    assert_eq!(building(60.0), (Some(1.0), Some(1.9)));
    assert_eq!(building(59.9), (Some(0.0), Some(1.8)));
    assert_eq!(building(108.0).1, None, "outside the table's range");
}

#[test]
fn a_coordinators_role_duties_count_within_delivery_of_service() {
    let world = World::new("edtech-coordinator", None);
    // Domains 1, 2 and 4 Proficient (2); domain 3 Basic (1); the duties at every level (S)
    // and the elementary duties (E) Distinguished (3).
    let observations = [world.observation(
        "2026-27",
        &[("1", 3), ("2", 3), ("3", 2), ("4", 3), ("S", 4), ("E", 4)],
    )];
    let summative = world.summative("pennsylvania-13-3", "2026-27");
    let scored = world.score(&summative, &observations, &[]);
    let rubric = scored.rubric;
    let count = |id: &str| {
        rubric
            .domains
            .iter()
            .find(|d| d.id == id)
            .map_or(0, |d| d.components.len())
    };
    let (n3, ns, ne) = (count("3"), count("S"), count("E"));
    #[allow(clippy::cast_precision_loss, reason = "a few dozen components")]
    let d3 = (n3 as f64 + 3.0 * (ns + ne) as f64) / (n3 + ns + ne) as f64;
    let domain = |id: &str| {
        scored
            .outcome
            .domains
            .iter()
            .find(|d| d.id == id)
            .expect("domain")
    };
    assert!((domain("3").score.expect("scored") - d3).abs() < 1e-9);
    assert_eq!(domain("S").counted_in.as_deref(), Some("3"));
    assert_eq!(domain("S").score, None);
    assert!(
        scored.outcome.domains.iter().all(|d| d.id != "M"),
        "elementary only"
    );
    // No building data: 100% practice, four domains at 25%.
    let expected = (2.0 + 2.0 + d3 + 2.0) / 4.0;
    let exact = scored.outcome.exact.expect("practice");
    assert!((exact - expected).abs() < 1e-9, "{exact} vs {expected}");
    assert!(scored.result.pending.is_empty());
    assert!(
        expected > 2.0,
        "the duties rated Distinguished raise the rating: they are not weighed at 0"
    );
}

#[test]
fn finalising_keeps_the_measures_it_counted() {
    let world = World::new("danielson-2013", None);
    let observations = [world.observation("2026-27", &all_at(3))];
    let mut summative = world.summative("pennsylvania-13-1", "2026-27");
    let measures = pa_measures(3.0, 1.0, 2.0);
    let scored = world.score(&summative, &observations, &measures);
    finalize(&mut summative, "Dr. Renée Castellanos", &scored).expect("finalises");
    let f = summative.finalized.as_ref().expect("finalised");
    assert_eq!(
        (f.final_score, f.final_rating.as_deref()),
        (Some(2.0), Some("Proficient"))
    );
    // A later change of a measure record does not move the finalised result.
    let later = pa_measures(0.0, 0.0, 0.0);
    let frozen = world.score(&summative, &observations, &later);
    assert_eq!(final_of(&frozen), (Some(2.0), Some("Proficient".into())));
    // One finalised before measures existed counts none: its result stays the practice one.
    summative.finalized.as_mut().expect("finalised").measures = None;
    let old = world.score(&summative, &observations, &measures);
    assert_eq!(old.result.score, None);
    assert_eq!(old.outcome.score, Some(2.0));
}
