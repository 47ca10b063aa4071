//! Summative scoring under the bundled profiles, checked against sums done
//! by hand. The test rubric has domains 1-4 with 5, 4, 4 and 5 components
//! and four levels (scores 1-4), so under 20/30/30/20 weights the final
//! score is 0.2·A/5 + 0.3·B/4 (A: the values of domains 1 and 4 added up,
//! B: those of domains 2 and 3) = 0.04·A + 0.075·B.

use std::collections::BTreeMap;

use teacher_eval::record::{Override, RatingPoint, Timestamp};
use teacher_eval::rubric::{Catalog, Component, Domain, Level, Role, Rubric};
use teacher_eval::scoring::{
    Combine, Derivation, Input, Outcome, Profiles, ScoringProfile, Tie, Unrated, calls_for_plan,
    evaluate,
};

#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a domain has a handful of components: a, b, c…"
)]
fn rubric() -> Rubric {
    let levels: Vec<Level> = (1..=4)
        .map(|s| Level {
            score: s,
            name: format!("Level {s}"),
            label: s.to_string(),
        })
        .collect();
    let domains = [("1", 5), ("2", 4), ("3", 4), ("4", 5)]
        .iter()
        .map(|(id, n)| Domain {
            id: id.to_string(),
            name: format!("Domain {id}"),
            summary: String::new(),
            applies_to: vec![],
            components: (0..*n)
                .map(|i| Component {
                    id: format!("{id}{}", (b'a' + i as u8) as char),
                    name: format!("Component {id}{i}"),
                    summary: String::new(),
                    observable: true,
                    elements: vec![],
                    descriptors: (1..=4)
                        .map(|s| (s, format!("d{s}")))
                        .collect::<BTreeMap<_, _>>(),
                    keywords: vec![],
                    nearest: None,
                })
                .collect(),
        })
        .collect();
    Rubric {
        schema: 1,
        id: "test".into(),
        title: "Test".into(),
        edition: "1".into(),
        role: Role {
            id: "teacher".into(),
            name: "Teacher".into(),
        },
        attribution: String::new(),
        levels,
        domains,
        crosswalk: None,
    }
}

fn at(day: u32) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(&format!("2026-10-{day:02}T10:00:00-05:00")).expect("time")
}

/// One observation rating each component of a domain at the given level
/// scores (1-4), in component order.
fn domain_ratings(rubric: &Rubric, domain: &str, scores: &[u32], day: u32) -> Vec<RatingPoint> {
    let d = rubric
        .domains
        .iter()
        .find(|d| d.id == domain)
        .expect("domain");
    d.components
        .iter()
        .zip(scores)
        .map(|(c, s)| RatingPoint {
            observation_id: format!("obs-{day}"),
            at: at(day),
            component: c.id.clone(),
            level: *s,
        })
        .collect()
}

fn profile(id: &str) -> ScoringProfile {
    Profiles::load(&[])
        .get(id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} is bundled"))
}

fn score(profile: &ScoringProfile, points: &[RatingPoint], overrides: &[Override]) -> Outcome {
    let rubric = rubric();
    evaluate(&Input {
        rubric: &rubric,
        profile,
        level: None,
        ratings: points,
        overrides,
    })
    .expect("scores")
}

/// Ratings whose level scores add up (per domain) to the given sums.
fn with_sums(d1: &[u32], d2: &[u32], d3: &[u32], d4: &[u32]) -> Vec<RatingPoint> {
    let r = rubric();
    [("1", d1), ("2", d2), ("3", d3), ("4", d4)]
        .iter()
        .flat_map(|(d, s)| domain_ratings(&r, d, s, 1))
        .collect()
}

fn result(outcome: &Outcome) -> (f64, String) {
    (
        outcome.score.expect("a score"),
        outcome
            .rating
            .as_ref()
            .map(|(l, _)| l.clone())
            .expect("a rating"),
    )
}

/// Whether the practice rating's band calls for the profile's plan.
fn plan_called(profile: &ScoringProfile, o: &Outcome) -> bool {
    calls_for_plan(profile, o.rating.as_ref().expect("a rating").1)
}

#[test]
fn bundled_profiles_load() {
    let profiles = Profiles::load(&[]);
    assert!(profiles.errors.is_empty(), "{:?}", profiles.errors);
    for id in [
        "pennsylvania-13-1",
        "pennsylvania-13-3",
        "pennsylvania-82-1",
        "new-jersey-achievenj",
        "equal-weights",
    ] {
        assert!(profiles.get(id).is_some(), "{id}");
    }
}

#[test]
fn pennsylvania_boundaries() {
    let pa = profile("pennsylvania-82-1");
    // PA values are level score - 1 (0-3). A = 26, B = 6: 0.04·26 + 0.075·6 = 1.04 + 0.45 = 1.49.
    // Domain 1 values 3,3,3,3,1 (scores 4,4,4,4,2) = 13; domain 4 the same; domains 2, 3: 1,1,1,0 = 3.
    let o = score(
        &pa,
        &with_sums(
            &[4, 4, 4, 4, 2],
            &[2, 2, 2, 1],
            &[2, 2, 2, 1],
            &[4, 4, 4, 4, 2],
        ),
        &[],
    );
    assert_eq!(result(&o), (1.49, "Needs Improvement".into()));
    assert!(plan_called(&pa, &o), "the two lowest bands require a plan");
    // A = 30, B = 4: 1.20 + 0.30 = 1.50.
    let o = score(
        &pa,
        &with_sums(
            &[4, 4, 4, 4, 4],
            &[2, 2, 1, 1],
            &[2, 2, 1, 1],
            &[4, 4, 4, 4, 4],
        ),
        &[],
    );
    assert_eq!(result(&o), (1.50, "Proficient".into()));
    assert!(!plan_called(&pa, &o));
    // A = 21, B = 22: 0.84 + 1.65 = 2.49. Domain 1: 3,3,3,1,1 = 11; domain 4: 3,3,2,1,1 = 10;
    // domain 2: 3,3,3,2 = 11; domain 3: 3,3,3,2 = 11.
    let o = score(
        &pa,
        &with_sums(
            &[4, 4, 4, 2, 2],
            &[4, 4, 4, 3],
            &[4, 4, 4, 3],
            &[4, 4, 3, 2, 2],
        ),
        &[],
    );
    assert_eq!(result(&o), (2.49, "Proficient".into()));
    // A = 25, B = 20: 1.00 + 1.50 = 2.50. Domain 1: 3,3,3,2,1 = 12; domain 4: 3,3,3,2,2 = 13.
    let o = score(
        &pa,
        &with_sums(
            &[4, 4, 4, 3, 2],
            &[4, 4, 3, 3],
            &[4, 4, 3, 3],
            &[4, 4, 4, 3, 3],
        ),
        &[],
    );
    assert_eq!(result(&o), (2.50, "Distinguished".into()));
    // A = 1, B = 6: 0.04 + 0.45 = 0.49; A = 5, B = 4: 0.20 + 0.30 = 0.50.
    let o = score(
        &pa,
        &with_sums(
            &[2, 1, 1, 1, 1],
            &[2, 2, 2, 1],
            &[2, 2, 2, 1],
            &[1, 1, 1, 1, 1],
        ),
        &[],
    );
    assert_eq!(result(&o), (0.49, "Failing".into()));
    let o = score(
        &pa,
        &with_sums(
            &[2, 2, 2, 1, 1],
            &[2, 2, 1, 1],
            &[2, 2, 1, 1],
            &[2, 2, 1, 1, 1],
        ),
        &[],
    );
    assert_eq!(result(&o), (0.50, "Needs Improvement".into()));
    // Rounding half up: A = 15 + 13 = 28, B = 3 + 2 = 5: 1.12 + 0.375 = 1.495, which rounds to 1.50.
    let o = score(
        &pa,
        &with_sums(
            &[4, 4, 4, 4, 4],
            &[2, 2, 2, 1],
            &[2, 2, 1, 1],
            &[4, 4, 4, 4, 2],
        ),
        &[],
    );
    assert_eq!(result(&o), (1.50, "Proficient".into()));
}

#[test]
fn new_jersey_boundaries() {
    let nj = profile("new-jersey-achievenj");
    // NJ values are the level scores (1-4). A = 16 + 15 = 31, B = 8: 1.24 + 0.60 = 1.84.
    let o = score(
        &nj,
        &with_sums(
            &[4, 4, 4, 2, 2],
            &[1, 1, 1, 1],
            &[1, 1, 1, 1],
            &[4, 4, 4, 2, 1],
        ),
        &[],
    );
    assert_eq!(result(&o), (1.84, "Ineffective".into()));
    assert!(plan_called(&nj, &o));
    // A = 20, B = 14: 0.80 + 1.05 = 1.85.
    let o = score(
        &nj,
        &with_sums(
            &[2, 2, 2, 2, 2],
            &[2, 2, 2, 1],
            &[2, 2, 2, 1],
            &[2, 2, 2, 2, 2],
        ),
        &[],
    );
    assert_eq!(result(&o), (1.85, "Partially Effective".into()));
    assert!(plan_called(&nj, &o));
    // A = 18 + 18 = 36, B = 16: 1.44 + 1.20 = 2.64.
    let o = score(
        &nj,
        &with_sums(
            &[4, 4, 4, 3, 3],
            &[2, 2, 2, 2],
            &[2, 2, 2, 2],
            &[4, 4, 4, 3, 3],
        ),
        &[],
    );
    assert_eq!(result(&o), (2.64, "Partially Effective".into()));
    // A = 40, B = 14: 1.60 + 1.05 = 2.65.
    let o = score(
        &nj,
        &with_sums(
            &[4, 4, 4, 4, 4],
            &[2, 2, 2, 1],
            &[2, 2, 2, 1],
            &[4, 4, 4, 4, 4],
        ),
        &[],
    );
    assert_eq!(result(&o), (2.65, "Effective".into()));
    assert!(!plan_called(&nj, &o));
    // A = 18 + 17 = 35, B = 28: 1.40 + 2.10 = 3.50; A = 18 + 16 = 34: 1.36 + 2.10 = 3.46.
    let o = score(
        &nj,
        &with_sums(
            &[4, 4, 4, 4, 2],
            &[4, 4, 3, 3],
            &[4, 4, 3, 3],
            &[4, 4, 4, 3, 2],
        ),
        &[],
    );
    assert_eq!(result(&o), (3.50, "Highly Effective".into()));
    let o = score(
        &nj,
        &with_sums(
            &[4, 4, 4, 4, 2],
            &[4, 4, 3, 3],
            &[4, 4, 3, 3],
            &[4, 4, 4, 2, 2],
        ),
        &[],
    );
    assert_eq!(result(&o), (3.46, "Effective".into()));
}

#[test]
fn how_observations_combine() {
    let r = rubric();
    // Component 2a rated 2 on Oct 1, 4 on Oct 5, 3 on Oct 9.
    let points: Vec<RatingPoint> = [(1, 2), (9, 3), (5, 4)]
        .iter()
        .flat_map(|(day, s)| domain_ratings(&r, "2", &[*s], *day))
        .collect();
    let value = |combine: Combine| {
        let p = ScoringProfile {
            combine,
            ..profile("equal-weights")
        };
        let o = score(&p, &points, &[]);
        o.components
            .iter()
            .find(|c| c.id == "2a")
            .and_then(|c| c.value)
    };
    assert_eq!(value(Combine::MostRecent), Some(3.0), "Oct 9 is the latest");
    assert_eq!(value(Combine::Mean), Some(3.0));
    assert_eq!(value(Combine::Median), Some(3.0));
    // Two ratings: 2 and 4. The median of an even count is the mean of the middle two.
    let two: Vec<RatingPoint> = [(1, 2), (5, 4)]
        .iter()
        .flat_map(|(day, s)| domain_ratings(&r, "2", &[*s], *day))
        .collect();
    let p = |combine| ScoringProfile {
        combine,
        ..profile("equal-weights")
    };
    let of = |o: Outcome| {
        o.components
            .iter()
            .find(|c| c.id == "2a")
            .and_then(|c| c.value)
    };
    assert_eq!(of(score(&p(Combine::Median), &two, &[])), Some(3.0));
    assert_eq!(
        of(score(&p(Combine::Mode { ties: Tie::Higher }), &two, &[])),
        Some(4.0)
    );
    assert_eq!(
        of(score(&p(Combine::Mode { ties: Tie::Lower }), &two, &[])),
        Some(2.0)
    );
    // Mode without a tie: 3, 3, 4 gives 3 either way.
    let three: Vec<RatingPoint> = [(1, 3), (5, 3), (7, 4)]
        .iter()
        .flat_map(|(day, s)| domain_ratings(&r, "2", &[*s], *day))
        .collect();
    assert_eq!(
        of(score(&p(Combine::Mode { ties: Tie::Higher }), &three, &[])),
        Some(3.0)
    );
    let mean = score(&p(Combine::Mean), &three, &[]);
    assert_eq!(of(mean.clone()), Some(10.0 / 3.0));
    assert_eq!(mean.components[5].level, None, "3.33 is not a level");
}

#[test]
fn unrated_components_overrides_and_judgement() {
    let r = rubric();
    let points = domain_ratings(&r, "3", &[4, 2], 3);
    // Excluded: only 3a (4) and 3b (2) count: mean 3.00.
    let excluded = score(&profile("equal-weights"), &points, &[]);
    assert_eq!(excluded.score, Some(3.0));
    assert!(matches!(
        excluded.components[0].derivation,
        Derivation::Unrated {
            counted_as_lowest: false
        }
    ));
    // Counted at the lowest level: 18 components, 16 at 1 plus 4 and 2: 22 / 18 = 1.22.
    let lowest = ScoringProfile {
        unrated: Unrated::Lowest,
        ..profile("equal-weights")
    };
    assert_eq!(score(&lowest, &points, &[]).score, Some(1.22));
    // An override replaces the combined rating and keeps its reason.
    let overrides = [Override {
        component: "3b".into(),
        level: 4,
        reason: "Portfolio evidence from the spring unit.".into(),
    }];
    let o = score(&profile("equal-weights"), &points, &overrides);
    assert_eq!(o.score, Some(4.0));
    let b = o.components.iter().find(|c| c.id == "3b").expect("3b");
    assert_eq!(
        b.derivation,
        Derivation::Override {
            reason: "Portfolio evidence from the spring unit.".into()
        }
    );
    // The evaluator's judgement: rated components wait for a decision.
    let judgement = ScoringProfile {
        combine: Combine::Judgement,
        ..profile("equal-weights")
    };
    let o = score(&judgement, &points, &overrides);
    assert_eq!(
        o.missing.len(),
        1,
        "3a waits; 3b was decided: {:?}",
        o.missing
    );
    assert_eq!(o.score, Some(4.0));
}

#[test]
fn equal_weights_names_bands_after_the_rubric_levels() {
    let catalog = Catalog::load(&[]);
    let rubric = catalog
        .get("danielson-2013")
        .expect("bundled")
        .rubric
        .clone();
    let points: Vec<RatingPoint> = [("3a", 3), ("3b", 3), ("2a", 4)]
        .iter()
        .map(|(c, s)| RatingPoint {
            observation_id: "obs-1".into(),
            at: at(2),
            component: c.to_string(),
            level: *s,
        })
        .collect();
    let o = evaluate(&Input {
        rubric: &rubric,
        profile: &profile("equal-weights"),
        level: None,
        ratings: &points,
        overrides: &[],
    })
    .expect("scores");
    // (3 + 3 + 4) / 3 = 3.33: between 2.5 and 3.5, so Proficient.
    assert_eq!(o.score, Some(3.33));
    assert_eq!(o.rating, Some(("Proficient".into(), 2)));
    // A rubric with five levels does not fit a four-value scale.
    let mut five = rubric.clone();
    five.levels.push(Level {
        score: 5,
        name: "Exemplary".into(),
        label: "X".into(),
    });
    let err = evaluate(&Input {
        rubric: &five,
        profile: &profile("pennsylvania-82-1"),
        level: None,
        ratings: &points,
        overrides: &[],
    })
    .expect_err("mismatch");
    assert!(err.to_string().contains("values for 4 levels"), "{err}");
}

#[test]
fn a_bad_profile_names_its_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("rubrics/scoring/pennsylvania-82-1.ron"),
    )
    .expect("read")
    .replace(
        "(min: 1.5, label: \"Proficient\"",
        "(min: 0.2, label: \"Proficient\"",
    )
    .replace("id: \"pennsylvania-82-1\"", "id: \"district\"");
    std::fs::write(dir.path().join("district.ron"), text).expect("write");
    std::fs::write(
        dir.path().join("broken.ron"),
        "ScoringProfile(schema: 1, combine: Sometimes)",
    )
    .expect("write");
    let profiles = Profiles::load(&[dir.path().to_path_buf()]);
    assert_eq!(profiles.errors.len(), 2, "{:?}", profiles.errors);
    let shown: Vec<String> = profiles.errors.iter().map(ToString::to_string).collect();
    assert!(
        shown.iter().any(|e| e.contains("broken.ron:1:")),
        "{shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|e| e.contains("district.ron:") && e.contains("band minimums must increase")),
        "{shown:?}"
    );
    assert_eq!(profiles.entries.len(), 5, "the bundled ones still load");
}

#[test]
fn a_profile_with_unsound_measures_names_the_field_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bundled = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("rubrics/scoring/pennsylvania-13-1.ron"),
    )
    .expect("read")
    .replace("id: \"pennsylvania-13-1\"", "id: \"district\"");
    let cases = [
        (
            "\"lea\": 10.0}",
            "\"slo\": 10.0}",
            "names the measure `slo`",
        ),
        (
            "range: (0.0, 3.0)),\n        (id: \"lea\"",
            "range: (3.0, 0.0)),\n        (id: \"lea\"",
            "must run from a lower number",
        ),
        (
            "years: (from: Some(\"2021-22\")),\n    ),",
            "years: (from: Some(\"2021\")),\n    ),",
            "`2021` is not a school year",
        ),
        (
            "practice: 70.0",
            "practice: -70.0",
            "weights must be zero or more",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(bundled.contains(from), "{from}");
        let text = bundled.replace(from, to);
        std::fs::write(dir.path().join("district.ron"), &text).expect("write");
        let profiles = Profiles::load(&[dir.path().to_path_buf()]);
        let shown: Vec<String> = profiles.errors.iter().map(ToString::to_string).collect();
        assert!(
            shown.len() == 1 && shown[0].contains(expected) && shown[0].contains("district.ron:"),
            "{to}: {shown:?}"
        );
        assert!(profiles.get("district").is_none());
        let line: usize = shown[0]
            .split(':')
            .nth(1)
            .and_then(|n| n.parse().ok())
            .expect("a line number");
        assert!(line > 20, "past the comments, at the field: {shown:?}");
    }
}
