//! Summative evaluations over real records: which observations count,
//! finalising freezes the result, reopening is recorded, growth plans
//! focus on the lowest components.

mod common;

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{
    Observation, Period, PlanKind, PlanSource, Rating, RatingLevel, Selection,
};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::{
    Profiles, before_finalising, counted, end_of_school_year, finalize, new_summative,
    plan_from_observation, plan_from_summative, reopen, school_year_of, score, set_override,
};

fn observation(id: &str, when: &str, ratings: &[(&str, u32)]) -> Observation {
    let mut o = sample_observation(id, "edu-000000000001");
    o.started_at = at(when);
    o.rubric_fingerprint = String::new();
    o.ratings = ratings
        .iter()
        .map(|(c, s)| Rating {
            component: c.to_string(),
            level: RatingLevel::Level(*s),
            rationale: String::new(),
            evidence: vec![],
        })
        .collect();
    o
}

#[test]
fn the_school_year_runs_from_july() {
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    assert_eq!(school_year_of(d("2026-11-29")), "2026-27");
    assert_eq!(school_year_of(d("2027-06-30")), "2026-27");
    assert_eq!(school_year_of(d("2027-07-01")), "2027-28");
    assert_eq!(end_of_school_year("2026-27"), Some(d("2027-06-01")));
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one evaluation's life told in order: counted, chosen, finalised, reopened, overridden"
)]
fn counts_the_years_observations_and_freezes_when_finalised() {
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    let mut observations = vec![
        observation(
            "obs-000000000001",
            "2026-09-20T10:00:00-05:00",
            &[("3b", 2), ("2a", 3)],
        ),
        observation(
            "obs-000000000002",
            "2027-02-10T10:00:00-05:00",
            &[("3b", 4)],
        ),
        // Last school year: not counted by default.
        observation(
            "obs-000000000003",
            "2026-03-01T10:00:00-05:00",
            &[("3b", 1)],
        ),
    ];
    let mut summative = new_summative(&educator, "2026-27", "equal-weights");
    let ids: Vec<&str> = counted(&summative, &observations)
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(ids, ["obs-000000000001", "obs-000000000002"]);

    // Most recent per component: 3b = 4 (February), 2a = 3: mean 3.5, Distinguished.
    let scored = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    assert_eq!(scored.outcome.score, Some(3.5));
    assert_eq!(
        scored.outcome.rating.as_ref().map(|r| r.0.as_str()),
        Some("Distinguished")
    );

    // Choosing observations changes what counts.
    summative.observations = Selection::Chosen(vec!["obs-000000000001".into()]);
    let scored = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    assert_eq!(scored.outcome.score, Some(2.5));

    // Finalised: later changes to an observation do not move the result.
    summative.observations = Selection::AllOfYear;
    let scored = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    finalize(&mut summative, "Dr. Renée Castellanos", &scored).expect("finalises");
    observations[1].ratings[0].level = RatingLevel::Level(1);
    let frozen = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    assert!(frozen.frozen);
    assert_eq!(frozen.outcome.score, Some(3.5));
    assert!(
        set_override(&mut summative, "2a", 4, "Portfolio").is_err(),
        "locked"
    );

    // Reopening needs a reason, is recorded, and the evaluation follows the observations again.
    assert_eq!(
        reopen(&mut summative, "Dr. Renée Castellanos", " "),
        Err("give the reason for reopening the evaluation; it is kept with it".into())
    );
    assert_eq!(
        reopen(&mut summative, " ", "A rating was entered wrongly."),
        Err("say who reopens the evaluation".into())
    );
    reopen(
        &mut summative,
        "Dr. Renée Castellanos",
        "A rating was entered wrongly.",
    )
    .expect("reopens");
    assert_eq!(summative.reopened.len(), 1);
    let live = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    assert_eq!(live.outcome.score, Some(2.0), "3b = 1 now, 2a = 3");

    // An override needs a reason.
    assert!(set_override(&mut summative, "3b", 3, "").is_err());
    set_override(
        &mut summative,
        "3b",
        3,
        "Seen at length in the spring unit.",
    )
    .expect("ok");
    let overridden = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    assert_eq!(overridden.outcome.score, Some(3.0));
}

#[test]
fn growth_plans_focus_on_the_lowest_rated_components() {
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
    let educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    let observations = vec![observation(
        "obs-000000000001",
        "2026-10-01T10:00:00-05:00",
        &[("3b", 1), ("2a", 3), ("3d", 2), ("1c", 1), ("4a", 4)],
    )];
    // A temporary professional's semi-annual evaluation under PDE 13-1 is
    // practice only, so its final rating is the practice rating.
    let mut summative = new_summative(&educator, "2026-27", "pennsylvania-13-1");
    summative.rubric_id = "danielson-2013".into();
    summative.period = Period::SemiAnnual;
    let scored = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    let plan = plan_from_summative(&educator, "2026-27", &summative.id, &scored);
    let focus: Vec<&str> = plan.focus.iter().map(|f| f.component.as_str()).collect();
    // Below Proficient, weighed by domain: 3b (Unsatisfactory) and 3d
    // (Basic) in domain 3 weigh 30 each, 3b first by its lower value; 1c
    // (Unsatisfactory) in domain 1 weighs 20.
    assert_eq!(focus, ["3b", "3d", "1c"]);
    assert_eq!(plan.focus[2].current, Some(1));
    // Aimed at Proficient, the first level outside the plan bands, not Basic.
    assert_eq!(plan.focus[2].target, Some(3));
    assert_eq!(
        plan.focus[2].target_descriptor,
        rubric.component("1c").expect("1c").descriptors[&3]
    );
    assert_eq!(plan.goals.len(), 3);
    assert_eq!(plan.source, PlanSource::Summative(summative.id.clone()));
    // Domain scores on PA's 0-3 scale: D1 0, D2 2, D3 0.5, D4 3: 0 + 0.6 + 0.15 + 0.6 = 1.35, Needs Improvement.
    assert_eq!(scored.outcome.score, Some(1.35));
    assert_eq!(scored.result.score, Some(1.35));
    assert_eq!(scored.plan_required(), Some(true));
    assert_eq!(plan.kind, PlanKind::Improvement);
    assert_eq!(plan.title(), "Performance Improvement Plan");

    let from_visit = plan_from_observation(&educator, "2026-27", &observations[0], rubric);
    assert_eq!(from_visit.kind, PlanKind::ProfessionalGrowth);
    assert_eq!(from_visit.focus.len(), 3);
    assert!(
        from_visit.focus.iter().all(|f| f.component != "4a"),
        "the top level needs no growth plan"
    );
}

#[test]
fn before_finalising_the_unrated_components_are_listed_by_domain() {
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    let observations = vec![observation(
        "obs-000000000001",
        "2026-09-20T10:00:00-05:00",
        &[("3b", 2), ("2a", 3)],
    )];
    let mut summative = new_summative(&educator, "2026-27", "equal-weights");
    let scored = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    let gaps = before_finalising(&summative, &scored);
    assert_eq!(gaps.unrated_count(), 20, "22 components, 2 rated");
    let domains: Vec<(&str, &str, usize)> = gaps
        .unrated
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str(), d.components.len()))
        .collect();
    assert_eq!(
        domains,
        [
            ("1", "Planning and Preparation", 6),
            ("2", "The Classroom Environment", 4),
            ("3", "Instruction", 4),
            ("4", "Professional Responsibilities", 6),
        ]
    );
    assert_eq!(
        gaps.unrated[0].components[0],
        (
            "1a".to_string(),
            "Demonstrating Knowledge of Content and Pedagogy".to_string()
        )
    );
    assert!(!gaps.unrated[1].components.iter().any(|(id, _)| id == "2a"));
    assert!(!gaps.unrated_count_as_lowest);
    assert_eq!(gaps.missing, ["The evaluator's comments are empty."]);

    summative.comments = "A strong year.".into();
    let gaps = before_finalising(&summative, &scored);
    assert!(gaps.missing.is_empty());

    // Nothing counted: no score either, and every component unrated.
    let scored = score(&summative, &educator, &[], &[], &catalog, &profiles).expect("scores");
    let gaps = before_finalising(&summative, &scored);
    assert_eq!(gaps.unrated_count(), 22);
    assert_eq!(
        gaps.missing,
        [
            "No observation is counted.",
            "There is no final score: no component has a rating."
        ]
    );
}
