//! Plans proposed from a summative by the rules: the focus weighed by the
//! domain each component counts in times the visits rated below the
//! profile's first satisfactory level, ties by value, then visits, then
//! rubric order; the target at least that level; the trigger and the
//! state's plan. Every expected figure is worked out in the comments.

mod common;

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{
    Educator, GrowthPlan, Measure, MeasurePlan, Observation, Period, PlanKind, RECORD_SCHEMA,
    Rating, RatingLevel,
};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::{Profiles, new_summative, plan_from_summative, score};

const EDUCATOR: &str = "edu-000000000001";

fn observation(id: &str, when: &str, ratings: &[(&str, u32)]) -> Observation {
    let mut o = sample_observation(id, EDUCATOR);
    o.started_at = at(when);
    o.rubric_fingerprint = String::new();
    o.ratings = ratings
        .iter()
        .map(|(c, s)| Rating {
            component: (*c).to_string(),
            level: RatingLevel::Level(*s),
            rationale: String::new(),
            evidence: vec![],
        })
        .collect();
    o
}

fn measure(id: &str, which: &str, value: f64) -> Measure {
    Measure {
        schema: RECORD_SCHEMA,
        id: id.into(),
        educator_id: EDUCATOR.into(),
        school_year: "2026-27".into(),
        measure: which.into(),
        title: String::new(),
        score: Some(value),
        source: String::new(),
        date: None,
        plan: MeasurePlan::default(),
        created: at("2027-06-01T09:00:00-05:00"),
        changed: at("2027-06-01T09:00:00-05:00"),
    }
}

fn educator() -> Educator {
    sample_educator(EDUCATOR, "Ingrid Lindqvist")
}

/// The plan proposed from a 2026-27 evaluation under `profile`.
fn propose(
    profile: &str,
    period: Period,
    observations: &[Observation],
    measures: &[Measure],
) -> GrowthPlan {
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let educator = educator();
    let mut summative = new_summative(&educator, "2026-27", profile);
    summative.period = period;
    let scored = score(
        &summative,
        &educator,
        observations,
        measures,
        &catalog,
        &profiles,
    )
    .expect("scores");
    plan_from_summative(&educator, "2026-27", &summative.id, &scored)
}

fn focus(plan: &GrowthPlan) -> Vec<(&str, Option<u32>, Option<u32>)> {
    plan.focus
        .iter()
        .map(|f| (f.component.as_str(), f.current, f.target))
        .collect()
}

const SEPTEMBER: &str = "2026-09-15T10:00:00-05:00";
const DECEMBER: &str = "2026-12-01T10:00:00-05:00";
const MARCH: &str = "2027-03-01T10:00:00-05:00";

#[test]
fn basic_in_every_visit_of_a_thirty_percent_domain_beats_single_september_ratings() {
    // PDE 13-1, semi-annual (practice only), most recent rating per component.
    // 1a, 1d, 4c: Basic once in September, Proficient since: 20 x 1 = 20 each.
    // 3c: Basic in all three visits of domain 3 (30%): 30 x 3 = 90.
    let visits = [
        observation(
            "obs-000000000001",
            SEPTEMBER,
            &[("1a", 2), ("1d", 2), ("4c", 2), ("3c", 2)],
        ),
        observation(
            "obs-000000000002",
            DECEMBER,
            &[("1a", 3), ("1d", 3), ("4c", 3), ("3c", 2)],
        ),
        observation("obs-000000000003", MARCH, &[("3c", 2)]),
    ];
    let plan = propose("pennsylvania-13-1", Period::SemiAnnual, &visits, &[]);
    // 3c first; then 1a, 1d and 4c tie on every count (weight 20, one visit,
    // value 2), so rubric order decides between them: 1a, 1d.
    // 3c stands at Basic and aims at Proficient; 1a is Proficient already
    // and aims a level up.
    assert_eq!(
        focus(&plan),
        [
            ("3c", Some(2), Some(3)),
            ("1a", Some(3), Some(4)),
            ("1d", Some(3), Some(4))
        ]
    );
}

#[test]
fn ties_go_to_the_lower_value_then_more_low_visits_then_rubric_order() {
    // Every one weighs 60: 2c Unsatisfactory twice (30 x 2), 4a Basic three
    // times (20 x 3), 2a Basic twice (30 x 2). 2c has the lowest value (0);
    // 4a and 2a both stand at Basic (1), and 4a has more low visits, so it
    // comes before 2a although the rubric lists 2a first. 2d Proficient
    // throughout has nothing below Proficient and is no focus.
    let visits = [
        observation(
            "obs-000000000001",
            SEPTEMBER,
            &[("2c", 1), ("4a", 2), ("2a", 2), ("2d", 3)],
        ),
        observation(
            "obs-000000000002",
            DECEMBER,
            &[("2c", 1), ("4a", 2), ("2a", 2), ("2d", 3)],
        ),
        observation("obs-000000000003", MARCH, &[("4a", 2)]),
    ];
    let plan = propose("pennsylvania-13-1", Period::SemiAnnual, &visits, &[]);
    assert_eq!(
        focus(&plan),
        [
            ("2c", Some(1), Some(3)),
            ("4a", Some(2), Some(3)),
            ("2a", Some(2), Some(3))
        ]
    );
}

#[test]
fn a_final_rating_in_a_plan_band_brings_the_states_plan_its_trigger_and_timeline() {
    // Annual PDE 13-1. Practice on 0-3: 1c Unsatisfactory 0 (domain 1),
    // 2a Basic 1, 3b Basic 1, 4a Proficient 2: (0x20 + 1x30 + 1x30 + 2x20) /
    // 100 = 1.00. Measures: building 3, teacher-specific 1, LEA 1.
    // Final: 0.70 x 1.00 + 0.10 x (3 + 1 + 1) = 1.20, Needs Improvement.
    let visits = [observation(
        "obs-000000000001",
        SEPTEMBER,
        &[("1c", 1), ("2a", 2), ("3b", 2), ("4a", 3)],
    )];
    let measures = [
        measure("msr-000000000001", "building", 3.0),
        measure("msr-000000000002", "teacher-specific", 1.0),
        measure("msr-000000000003", "lea", 1.0),
    ];
    let plan = propose("pennsylvania-13-1", Period::Annual, &visits, &measures);
    assert_eq!(plan.kind, PlanKind::Improvement);
    assert_eq!(
        plan.trigger,
        "Final rating Needs Improvement (1.20) under PDE 13-1 Classroom Teacher Rating Form, 2026-27."
    );
    let rule = plan.rule.as_ref().expect("the state's plan");
    assert_eq!(rule.name, "Performance Improvement Plan");
    assert_eq!(rule.source, "24 P.S. § 11-1138.7(b)(4)");
    assert!(
        rule.timeline.contains("Needs Improvement or Failing"),
        "{}",
        rule.timeline
    );
    assert_eq!(plan.title(), "Performance Improvement Plan");
    // 2a and 3b weigh 30 each, one visit, value 1 (rubric order between
    // them); 1c weighs 20. Every target is Proficient, never Basic: 1c
    // stands at Unsatisfactory and still aims at Proficient.
    assert_eq!(
        focus(&plan),
        [
            ("2a", Some(2), Some(3)),
            ("3b", Some(2), Some(3)),
            ("1c", Some(1), Some(3))
        ]
    );
    assert!(
        plan.goals[2].statement.ends_with("to Proficient."),
        "{}",
        plan.goals[2].statement
    );
}

#[test]
fn a_practice_rating_in_a_plan_band_with_measures_pending_proposes_a_growth_plan() {
    // New Jersey, no mSGP: 85% practice, 15% SGO; no SGO recorded, so the
    // final rating is pending. Practice: every component rated is Basic
    // (2 on 1-4): 2.00, Partially Effective, a band that calls for a plan.
    let visits = [observation(
        "obs-000000000001",
        SEPTEMBER,
        &[("1a", 2), ("2b", 2), ("3c", 2)],
    )];
    let plan = propose("new-jersey-achievenj", Period::Annual, &visits, &[]);
    assert_eq!(plan.kind, PlanKind::ProfessionalGrowth);
    assert_eq!(plan.rule, None, "nothing requires the state's plan yet");
    assert_eq!(
        plan.trigger,
        "Practice rating Partially Effective (2.00) under AchieveNJ Annual Summative Evaluation, 2026-27, is in a band that calls for a Corrective Action Plan; student measures pending: Student Growth Objectives (SGO) (not recorded)."
    );
    assert_eq!(plan.title(), "Professional Growth Plan");

    // With the SGO scored 1: 0.85 x 2 + 0.15 x 1 = 1.85, Partially Effective
    // (the band starts at 1.85): the Corrective Action Plan.
    let sgo = [measure("msr-000000000001", "sgo", 1.0)];
    let plan = propose("new-jersey-achievenj", Period::Annual, &visits, &sgo);
    assert_eq!(plan.kind, PlanKind::Improvement);
    assert_eq!(
        plan.trigger,
        "Final rating Partially Effective (1.85) under AchieveNJ Annual Summative Evaluation, 2026-27."
    );
    assert_eq!(plan.title(), "Corrective Action Plan");
    // Domains 2 and 3 weigh 30, domain 1 20; each Basic once. Effective
    // (3, the first band without a plan) is the target.
    assert_eq!(
        focus(&plan),
        [
            ("2b", Some(2), Some(3)),
            ("3c", Some(2), Some(3)),
            ("1a", Some(2), Some(3))
        ]
    );
}

#[test]
fn a_coordinators_role_duties_weigh_as_the_domain_they_count_in() {
    // PDE 13-3 for a coordinator: domains 1-4 at 25%; the role domains (S,
    // and E at an elementary school) count within domain 3. S2 Basic in two
    // visits: 25 x 2 = 50; E1 Unsatisfactory once: 25; 1a Basic once: 25,
    // after E1 by its higher value (1 against 0).
    let visits = [
        observation(
            "obs-000000000001",
            SEPTEMBER,
            &[("S2", 2), ("1a", 2), ("E1", 1)],
        ),
        observation("obs-000000000002", DECEMBER, &[("S2", 2)]),
    ];
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let mut coordinator = educator();
    coordinator.role = "edtech-coordinator".into();
    coordinator.rubric_id = "edtech-coordinator".into();
    let mut summative = new_summative(&coordinator, "2026-27", "pennsylvania-13-3");
    summative.period = Period::SemiAnnual;
    let scored =
        score(&summative, &coordinator, &visits, &[], &catalog, &profiles).expect("scores");
    let plan = plan_from_summative(&coordinator, "2026-27", &summative.id, &scored);
    assert_eq!(
        focus(&plan),
        [
            ("S2", Some(2), Some(3)),
            ("E1", Some(1), Some(3)),
            ("1a", Some(2), Some(3))
        ]
    );
}

#[test]
fn a_mean_between_levels_stands_at_its_band_and_aims_above_it() {
    // New Jersey means: 3b rated 2 then 3 is 2.5, in Partially Effective's
    // band (below 2.65), so it stands at Basic and aims at Proficient; 2a
    // rated 3 then 4 is 3.5, Highly Effective's band: the top, no focus.
    let visits = [
        observation("obs-000000000001", SEPTEMBER, &[("3b", 2), ("2a", 3)]),
        observation("obs-000000000002", DECEMBER, &[("3b", 3), ("2a", 4)]),
    ];
    let plan = propose("new-jersey-achievenj", Period::Annual, &visits, &[]);
    assert_eq!(focus(&plan), [("3b", Some(2), Some(3))]);
}

#[test]
fn a_strong_year_still_gets_a_focus_one_level_up() {
    // Nothing below Proficient, so the bar rises to Distinguished: 2a rated
    // Proficient twice (30 x 2 = 60) aims at Distinguished; 1a ends at
    // Distinguished and 3b is Distinguished throughout: no focus.
    // Final (practice only): 1a 3, 2a 2, 3b 3 on 0-3: (60 + 60 + 90) / 80 =
    // 2.625, cut to 2.625 and rounded to 2.63, Distinguished.
    let visits = [
        observation(
            "obs-000000000001",
            SEPTEMBER,
            &[("1a", 3), ("2a", 3), ("3b", 4)],
        ),
        observation(
            "obs-000000000002",
            DECEMBER,
            &[("1a", 4), ("2a", 3), ("3b", 4)],
        ),
    ];
    let plan = propose("pennsylvania-13-1", Period::SemiAnnual, &visits, &[]);
    assert_eq!(plan.kind, PlanKind::ProfessionalGrowth);
    assert_eq!(focus(&plan), [("2a", Some(3), Some(4))]);
    assert_eq!(
        plan.trigger,
        "Final rating Distinguished (2.63) under PDE 13-1 Classroom Teacher Rating Form, 2026-27: no improvement plan is required."
    );
}

#[test]
fn a_plan_written_before_triggers_were_kept_reads_and_writes_as_before() {
    let path = "tests/fixtures/workspace-v1/growth-plans/gp-8099ed5f9e44.ron";
    let text = std::fs::read_to_string(path).expect("the fixture");
    let plan: GrowthPlan = ron::from_str(&text).expect("reads");
    assert_eq!((plan.trigger.as_str(), plan.rule.as_ref()), ("", None));
    assert_eq!(plan.title(), "Improvement Plan");
    // Written without the new fields, so its fingerprint (of this text) is unchanged.
    let again = ron::to_string(&plan).expect("writes");
    assert!(
        !again.contains("trigger") && !again.contains("rule:"),
        "{again}"
    );
}

/// The text of every page as lopdf extracts it, white space squashed.
fn pdf_text(plan: &GrowthPlan) -> String {
    use teacher_eval::report::{Paper, ReportOptions, growth_plan_report};
    let catalog = Catalog::load(&[]);
    let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
    let options = ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: at("2027-06-10T14:05:00-05:00"),
        artifacts_from: None,
    };
    let pdf = growth_plan_report(plan, &educator(), Some(rubric), &options).expect("a PDF");
    if let Some(dir) = std::env::var_os("REPORT_SAMPLES") {
        let _ = std::fs::create_dir_all(&dir);
        let name = format!("growth-plan-{}.pdf", plan.kind);
        let _ = std::fs::write(std::path::Path::new(&dir).join(name), &pdf.bytes);
    }
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text extracts");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_plans_pdf_is_titled_by_the_states_term_and_says_its_trigger_and_timeline() {
    let visits = [observation(
        "obs-000000000001",
        SEPTEMBER,
        &[("1c", 1), ("2a", 2), ("3b", 2), ("4a", 3)],
    )];
    let measures = [
        measure("msr-000000000001", "building", 3.0),
        measure("msr-000000000002", "teacher-specific", 1.0),
        measure("msr-000000000003", "lea", 1.0),
    ];
    let plan = propose("pennsylvania-13-1", Period::Annual, &visits, &measures);
    let text = pdf_text(&plan);
    for expected in [
        "Performance Improvement Plan",
        "Called for by",
        "Final rating Needs Improvement (1.20) under PDE 13-1 Classroom Teacher Rating Form, 2026-27.",
        "Timeline",
        "Required after a Needs Improvement or Failing rating",
        "24 P.S. § 11-1138.7(b)(4)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(
        !text.contains("Improvement plan. A summative rating"),
        "{text}"
    );

    // A growth plan proposed while measures are pending says so, under its own title.
    let plan = propose("new-jersey-achievenj", Period::Annual, &visits, &[]);
    let text = pdf_text(&plan);
    assert!(text.contains("Professional Growth Plan"), "{text}");
    assert!(text.contains("student measures pending"), "{text}");
    assert!(!text.contains("Corrective Action Plan Timeline"), "{text}");
}
