//! The summative evaluation and growth plan documents, read back with
//! lopdf as a reader's viewer would: who, what was counted, how each value
//! was derived, the final rating, goals and steps, page numbers, and no
//! panic on empty or huge input.

mod common;

use chrono::NaiveDate;
use common::pdf::{keep, page_texts, squash};
use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{
    Educator, Employment, Focus, Goal, GrowthPlan, Measure, MeasurePlan, Observation, Period,
    PlanKind, PlanSource, ProgressEntry, RECORD_SCHEMA, Rating, RatingLevel, Reopening, Status,
    Step, StepStatus, Summative,
};
use teacher_eval::report::{
    Paper, Pdf, ReportOptions, derivation_sentence, growth_plan_report, summative_report,
};
use teacher_eval::rubric::{Catalog, RubricSource};
use teacher_eval::scoring::{
    Combine, ProfileEntry, Profiles, Scored, Tie, Unrated, finalize, new_summative,
    plan_from_summative, reopen, score, set_override,
};

fn options() -> ReportOptions {
    ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: at("2027-06-10T14:05:00-05:00"),
        artifacts_from: None,
    }
}

/// The text of each page with every run of white space made one space.
fn squashed_pages(pdf: &Pdf) -> Vec<String> {
    page_texts(pdf).iter().map(|t| squash(t)).collect()
}

fn assert_page_numbers(pdf: &Pdf, pages: &[String]) {
    for (i, text) in pages.iter().enumerate() {
        let footer = format!("Page {} of {}", i + 1, pdf.pages);
        assert!(text.contains(&footer), "page {} lacks {footer:?}", i + 1);
    }
}

fn observation(id: &str, when: &str, ratings: &[(&str, u32)]) -> Observation {
    let mut o = sample_observation(id, "edu-000000000001");
    o.started_at = at(when);
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

/// Three visits in 2026-27: 3b rated three times, 2a twice, 1c and 4a once.
fn year_of_visits() -> Vec<Observation> {
    vec![
        observation(
            "obs-000000000001",
            "2026-10-14T10:00:00-05:00",
            &[("3b", 2), ("2a", 3), ("1c", 1)],
        ),
        observation(
            "obs-000000000002",
            "2027-01-20T10:00:00-05:00",
            &[("3b", 3), ("2a", 3)],
        ),
        observation(
            "obs-000000000003",
            "2027-03-03T09:00:00-05:00",
            &[("3b", 3), ("4a", 4)],
        ),
    ]
}

struct World {
    catalog: Catalog,
    profiles: Profiles,
    educator: Educator,
}

impl World {
    fn new() -> World {
        World {
            catalog: Catalog::load(&[]),
            profiles: Profiles::load(&[]),
            educator: sample_educator("edu-000000000001", "Nguyễn Thị Hương"),
        }
    }

    /// A bundled profile changed by `edit`, under a new id, added to the loaded ones.
    fn with_profile(
        mut self,
        id: &str,
        base: &str,
        edit: impl Fn(&mut Combine, &mut Unrated),
    ) -> World {
        let mut profile = self.profiles.get(base).expect("bundled profile").clone();
        profile.id = id.into();
        profile.title = format!("Test profile {id}");
        edit(&mut profile.combine, &mut profile.unrated);
        self.profiles.entries.push(ProfileEntry {
            profile,
            source: RubricSource::Bundled,
        });
        self
    }

    fn summative(&self, profile: &str) -> Summative {
        new_summative(&self.educator, "2026-27", profile)
    }

    fn score<'a>(&'a self, summative: &Summative, observations: &'a [Observation]) -> Scored<'a> {
        self.score_with(summative, observations, &[])
    }

    fn score_with<'a>(
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

    fn render(&self, summative: &Summative, observations: &[Observation]) -> (Pdf, Vec<String>) {
        self.render_with(summative, observations, &[])
    }

    /// The PDF with the educator's student measures, for a district.
    fn render_with(
        &self,
        summative: &Summative,
        observations: &[Observation],
        measures: &[Measure],
    ) -> (Pdf, Vec<String>) {
        let scored = self.score_with(summative, observations, measures);
        let pdf = summative_report(
            summative,
            &self.educator,
            "Riverbend Area School District",
            &scored,
            &options(),
        )
        .expect("a PDF");
        assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
        let pages = squashed_pages(&pdf);
        assert_page_numbers(&pdf, &pages);
        (pdf, pages)
    }
}

#[test]
fn the_summative_holds_the_educator_each_component_its_derivation_and_the_rating() {
    let world = World::new();
    let observations = year_of_visits();
    let mut summative = world.summative("pennsylvania-13-1");
    // A temporary professional's semi-annual rating is practice only: final at once.
    summative.period = Period::SemiAnnual;
    summative.comments = "A strong year in questioning; planning needs attention.".into();
    set_override(
        &mut summative,
        "1a",
        3,
        "Unit plans reviewed in the spring show deep content knowledge.",
    )
    .expect("override");
    let (pdf, pages) = world.render(&summative, &observations);
    keep("summative-pennsylvania", &pdf);
    let all = pages.concat();
    let scored = world.score(&summative, &observations);
    for expected in [
        "Nguyễn Thị Hương",
        "Summative Evaluation",
        "School year 2026-27",
        "Escuela Primaria Benito Juárez",
        "Pennsylvania PDE 13-1",
        "Riverbend Area School District",
        "Semi-annual",
        "Draft — follows the observations until finalised",
        "October 14, 2026",
        "Formal (announced)",
        "A strong year in questioning; planning needs attention.",
        "acknowledges receipt of this evaluation, not agreement with it",
        "Page 1 of",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    let mut counted = 0;
    for c in &scored.outcome.components {
        if c.value.is_none() {
            continue;
        }
        counted += 1;
        let sentence = squash(&derivation_sentence(c, &scored));
        assert!(all.contains(&c.name), "missing {:?}", c.name);
        assert!(all.contains(&sentence), "missing {sentence:?} in:\n{all}");
    }
    assert_eq!(counted, 5, "1a (override), 1c, 2a, 3b, 4a");
    for sentence in [
        "Most recent of 3 ratings: Proficient on Mar 3",
        "One rating: Unsatisfactory on Oct 14",
        "Evaluator's rating: Unit plans reviewed in the spring show deep content knowledge.",
        "Not rated; left out",
    ] {
        assert!(all.contains(sentence), "missing {sentence:?}");
    }
    let (label, _) = scored.outcome.rating.clone().expect("a rating");
    assert!(all.contains(&format!("Final rating: {label}")), "{all}");
}

#[test]
fn means_modes_judgement_and_unrated_at_the_lowest_are_explained() {
    let world = World::new()
        .with_profile("mode-test", "equal-weights", |c, _| {
            *c = Combine::Mode { ties: Tie::Higher }
        })
        .with_profile("judgement-test", "equal-weights", |c, u| {
            *c = Combine::Judgement;
            *u = Unrated::Lowest;
        });
    let observations = year_of_visits();

    let (_, pages) = world.render(&world.summative("new-jersey-achievenj"), &observations);
    let all = pages.concat();
    assert!(all.contains("Mean of 2, 3, 3 = 2.67"), "{all}");
    assert!(all.contains("New Jersey AchieveNJ"));

    let (_, pages) = world.render(&world.summative("mode-test"), &observations);
    let all = pages.concat();
    assert!(
        all.contains("Most frequent of Basic, Proficient, Proficient: Proficient"),
        "{all}"
    );

    let (pdf, pages) = world.render(&world.summative("judgement-test"), &observations);
    keep("summative-judgement", &pdf);
    let all = pages.concat();
    assert!(
        all.contains("Waiting for the evaluator's judgement"),
        "{all}"
    );
    assert!(
        all.contains("Not rated; counted at the lowest level"),
        "{all}"
    );
    assert!(
        all.contains("Before this evaluation can be finalised"),
        "{all}"
    );
}

#[test]
fn an_improvement_plan_is_called_for_in_the_two_lowest_bands() {
    let world = World::new();
    let observations = vec![observation(
        "obs-000000000001",
        "2026-10-14T10:00:00-05:00",
        &[("3b", 1), ("2a", 2), ("1c", 1), ("4a", 2)],
    )];
    let mut summative = world.summative("pennsylvania-13-1");
    summative.period = Period::SemiAnnual;
    let scored = world.score(&summative, &observations);
    assert_eq!(scored.plan_required(), Some(true));
    let (pdf, pages) = world.render(&summative, &observations);
    keep("summative-improvement", &pdf);
    let all = pages.concat();
    assert!(
        all.contains("A Performance Improvement Plan is required."),
        "{all}"
    );
    assert!(
        all.contains("The final rating Needs Improvement calls for one"),
        "{all}"
    );
    assert!(all.contains("24 P.S. § 11-1138.7(b)(4)"), "{all}");

    let (_, pages) = world.render(&summative, &year_of_visits());
    assert!(!pages.concat().contains("Plan is required."));
}

#[test]
fn a_finalised_and_reopened_evaluation_says_so() {
    let world = World::new();
    let observations = year_of_visits();
    let mut summative = world.summative("equal-weights");
    let scored = world.score(&summative, &observations);
    finalize(&mut summative, "Dr. Renée Castellanos", &scored).expect("finalises");
    let (pdf, pages) = world.render(&summative, &observations);
    keep("summative-finalised", &pdf);
    let all = pages.concat();
    assert!(
        all.contains("Finalised by Dr. Renée Castellanos on"),
        "{all}"
    );
    assert!(!all.contains("Draft — follows the observations"));

    reopen(
        &mut summative,
        "Dr. Renée Castellanos",
        "A rating was entered wrongly.",
    )
    .expect("reopens");
    let (_, pages) = world.render(&summative, &observations);
    let all = pages.concat();
    assert!(all.contains("Reopened after finalising"), "{all}");
    assert!(all.contains("A rating was entered wrongly."), "{all}");
    assert!(all.contains("Draft — follows the observations until finalised"));
}

#[test]
fn an_educator_with_no_observations_gets_a_document_that_says_so() {
    let world = World::new();
    let mut summative = world.summative("pennsylvania-13-1");
    summative.period = Period::SemiAnnual;
    let (pdf, pages) = world.render(&summative, &[]);
    keep("summative-empty", &pdf);
    assert!(pdf.pages <= 2, "{} pages", pdf.pages);
    let all = pages.concat();
    for expected in [
        "No observations in 2026-27.",
        "None in this school year.",
        "No rating yet",
        "No component has a value, so there is no practice rating and no final rating yet.",
        "The evaluator wrote no comments.",
        "Page 1 of",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    assert!(!all.contains("Component ratings"), "no empty table");
}

#[test]
fn huge_and_hostile_summative_text_neither_panics_nor_runs_away() {
    let world = World::new();
    let mut observations = year_of_visits();
    observations[0].observer = "W".repeat(5000);
    let mut summative = world.summative("new-jersey-achievenj");
    // U+10FFFD, a private-use character, is in no font: the one warning.
    summative.comments = "Wm ".repeat(60_000) + "\u{0007}漢字\u{10FFFD}\u{200B}";
    for i in 0..200 {
        summative.reopened.push(Reopening {
            at: at("2027-05-01T10:00:00-05:00"),
            by: format!("Evaluator {i}"),
            reason: "x".repeat(300),
        });
    }
    let scored = world.score(&summative, &observations);
    let start = std::time::Instant::now();
    let pdf =
        summative_report(&summative, &world.educator, "", &scored, &options()).expect("a PDF");
    assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
    assert!(pdf.pages > 20, "{} pages", pdf.pages);
    assert_eq!(pdf.warnings.len(), 1, "{:?}", pdf.warnings);
}

#[allow(
    clippy::cast_possible_truncation,
    reason = "a day of the month from a remainder of 28"
)]
fn step(i: usize) -> Step {
    Step {
        what: format!(
            "StepMarker{i:02}: observe a colleague's lesson on questioning and note three question stems to try."
        ),
        who: "Instructional coach".into(),
        due: NaiveDate::from_ymd_opt(2027, 1, 1 + (i % 28) as u32),
        status: [
            StepStatus::NotStarted,
            StepStatus::InProgress,
            StepStatus::Done,
        ][i % 3],
    }
}

fn full_plan(world: &World) -> GrowthPlan {
    let observations = year_of_visits();
    let summative = world.summative("pennsylvania-82-1");
    let scored = world.score(&summative, &observations);
    let mut plan = plan_from_summative(&world.educator, "2026-27", &summative.id, &scored);
    plan.goals.push(Goal {
        statement: "Plan units whose outcomes name what students will understand.".into(),
        components: vec!["1c".into(), "zz9".into()],
        measure: "Three unit plans reviewed by the principal meet the Proficient description."
            .into(),
        target_date: NaiveDate::from_ymd_opt(2027, 4, 15),
        from_self_assessment: false,
    });
    plan.steps = (0..4).map(step).collect();
    plan.supports = "Weekly coaching cycle; release time for two peer visits.".into();
    plan.progress = vec![ProgressEntry {
        date: NaiveDate::from_ymd_opt(2027, 2, 1).expect("date"),
        text: "First unit plan revised with the coach.".into(),
    }];
    plan.mid_year_review = "On track; questioning visibly stronger.".into();
    plan
}

fn render_plan(plan: &GrowthPlan, world: &World) -> (Pdf, Vec<String>) {
    let rubric = &world.catalog.get("danielson-2013").expect("bundled").rubric;
    let pdf = growth_plan_report(plan, &world.educator, Some(rubric), &options()).expect("a PDF");
    let pages = squashed_pages(&pdf);
    assert_page_numbers(&pdf, &pages);
    (pdf, pages)
}

#[test]
fn the_growth_plan_holds_focus_goals_steps_supports_and_reviews() {
    let world = World::new();
    let plan = full_plan(&world);
    let (pdf, pages) = render_plan(&plan, &world);
    keep("growth-plan", &pdf);
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
    let all = pages.concat();
    for expected in [
        "Professional Growth Plan",
        "Nguyễn Thị Hương",
        "School year 2026-27",
        "The 2026-27 summative evaluation",
        "Plan units whose outcomes name what students will understand.",
        "Three unit plans reviewed by the principal meet the Proficient description.",
        "April 15, 2027",
        "zz9",
        "StepMarker00",
        "Instructional coach",
        "Weekly coaching cycle; release time for two peer visits.",
        "First unit plan revised with the coach.",
        "On track; questioning visibly stronger.",
        "End-of-year review",
        "Date of the meeting:",
        "acknowledges receipt of this plan, not agreement with it",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    let rubric = &world.catalog.get("danielson-2013").expect("bundled").rubric;
    for focus in &plan.focus {
        let component = rubric.component(&focus.component).expect("in the rubric");
        assert!(
            all.contains(&component.name),
            "focus {} missing",
            component.id
        );
        assert!(
            all.contains(&squash(&focus.target_descriptor)),
            "picture of success"
        );
    }
    for goal in &plan.goals {
        assert!(all.contains(&squash(&goal.statement)), "{}", goal.statement);
    }
}

#[test]
fn sixty_steps_span_pages_with_the_header_on_each_and_all_present() {
    let world = World::new();
    let mut plan = full_plan(&world);
    plan.kind = PlanKind::Improvement;
    plan.steps = (0..60).map(step).collect();
    let (pdf, pages) = render_plan(&plan, &world);
    keep("growth-plan-sixty-steps", &pdf);
    assert!(pdf.pages >= 3, "{} pages", pdf.pages);
    let all = pages.concat();
    assert!(all.contains("Improvement Plan"));
    for i in 0..60 {
        let marker = format!("StepMarker{i:02}:");
        assert_eq!(all.matches(&marker).count(), 1, "{marker}");
    }
    let with_steps: Vec<&String> = pages.iter().filter(|p| p.contains("StepMarker")).collect();
    assert!(with_steps.len() >= 2, "the steps span pages");
    for page in with_steps {
        assert!(
            page.contains("Action step Who Due Status"),
            "header repeated: {page}"
        );
    }
}

#[test]
fn an_empty_plan_says_nothing_could_be_proposed_and_leaves_room_to_write() {
    let world = World::new();
    let summative = world.summative("pennsylvania-82-1");
    let scored = world.score(&summative, &[]);
    let plan = plan_from_summative(&world.educator, "2026-27", &summative.id, &scored);
    assert!(plan.focus.is_empty());
    let (pdf, pages) = render_plan(&plan, &world);
    keep("growth-plan-empty", &pdf);
    let all = pages.concat();
    for expected in [
        "No focus components could be proposed yet",
        "No goals have been written yet.",
        "No action steps have been written yet.",
        "Mid-year review",
        "Date of the meeting:",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    // Without the rubric the plan still prints, by ids.
    let pdf =
        growth_plan_report(&full_plan(&world), &world.educator, None, &options()).expect("a PDF");
    assert!(
        squashed_pages(&pdf)
            .concat()
            .contains("Rubric not available.")
    );
}

#[test]
fn a_huge_plan_neither_panics_nor_runs_away() {
    let world = World::new();
    let mut plan = full_plan(&world);
    plan.status = Status::Shared {
        at: at("2027-01-05T09:00:00-05:00"),
    };
    plan.source = PlanSource::None;
    plan.focus.push(Focus {
        component: "no-such".into(),
        current: None,
        target: Some(99),
        target_descriptor: "y".repeat(20_000),
    });
    plan.goals = (0..150)
        .map(|i| Goal {
            statement: format!("Goal {i} ") + &"long ".repeat(200),
            components: vec![String::new(), "3b".into()],
            measure: String::new(),
            target_date: None,
            from_self_assessment: false,
        })
        .collect();
    plan.steps = (0..2000).map(step).collect();
    plan.supports = "Wm".repeat(100_000);
    plan.end_of_year_review = "\u{0007}\u{200B}".repeat(1000);
    let start = std::time::Instant::now();
    let (pdf, _) = render_plan(&plan, &world);
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
    assert!(pdf.pages > 50, "{} pages", pdf.pages);
}

/// An amendment recorded by the data layer's own rule, as the window records it.
fn amended<R: teacher_eval::record::Amendable>(saved: &R, changed: &mut R, reason: &str) {
    let author = teacher_eval::record::trail::Author {
        name: "Dr. Renée Castellanos".into(),
        reason: reason.into(),
        at: at("2027-01-10T09:00:00-05:00"),
    };
    teacher_eval::record::trail::settle(saved, changed, &author, 0, "record", None)
        .expect("recorded");
}

#[test]
fn a_finalised_evaluation_and_a_shared_plan_print_their_amendments() {
    let world = World::new();
    let observations = year_of_visits();
    let mut summative = world.summative("equal-weights");
    let scored = world.score(&summative, &observations);
    finalize(&mut summative, "Dr. Renée Castellanos", &scored).expect("finalises");
    let mut changed = summative.clone();
    changed.comments = "Strong growth in questioning.".into();
    amended(
        &summative,
        &mut changed,
        "Comments added after the conference",
    );
    let (_, pages) = world.render(&changed, &observations);
    let all = squash(&pages.concat());
    assert!(all.contains("Versions and amendments"), "{all}");
    assert!(all.contains("Comments"), "{all}");
    assert!(all.contains("Now: Strong growth in questioning."), "{all}");
    assert!(
        all.contains("Reason: Comments added after the conference"),
        "{all}"
    );

    let mut plan = full_plan(&world);
    plan.status = Status::Shared {
        at: at("2027-01-05T15:00:00-05:00"),
    };
    let mut later = plan.clone();
    later.supports = "A coach visits every other week.".into();
    amended(&plan, &mut later, "");
    let (_, pages) = render_plan(&later, &world);
    let all = squash(&pages.concat());
    assert!(all.contains("Versions and amendments"), "{all}");
    assert!(
        all.contains("Now: A coach visits every other week."),
        "{all}"
    );
    assert!(all.contains("Reason: no reason given"), "{all}");
    let unshared = full_plan(&world);
    let (_, pages) = render_plan(&unshared, &world);
    assert!(
        !pages.concat().contains("Versions and amendments"),
        "a draft has none"
    );
}

/// A student measure of the educator's for 2026-27; `score` None is pending.
fn measure(id: &str, kind: &str, title: &str, score: Option<f64>) -> Measure {
    Measure {
        schema: RECORD_SCHEMA,
        id: id.into(),
        educator_id: "edu-000000000001".into(),
        school_year: "2026-27".into(),
        measure: kind.into(),
        title: title.into(),
        score,
        source: "District data office".into(),
        date: NaiveDate::from_ymd_opt(2027, 6, 1),
        plan: MeasurePlan::default(),
        created: at("2027-06-01T09:00:00-05:00"),
        changed: at("2027-06-01T09:00:00-05:00"),
    }
}

/// One visit rating each domain of the Danielson rubric so that, on
/// Pennsylvania's 0-3 scale, domain 1 is 2.5, 2 is 2, 3 is 1.5 and 4 is 3.
fn pennsylvania_visit() -> Vec<Observation> {
    vec![observation(
        "obs-000000000001",
        "2026-10-14T10:00:00-05:00",
        &[
            ("1a", 3),
            ("1c", 4),
            ("2a", 3),
            ("3b", 3),
            ("3c", 2),
            ("4a", 4),
        ],
    )]
}

/// The three Act 13 measures, the LEA-selected one from two records.
fn pennsylvania_measures(lea_pending: bool) -> Vec<Measure> {
    vec![
        measure(
            "msr-000000000001",
            "building",
            "Building level score 2026-27",
            Some(2.5),
        ),
        measure(
            "msr-000000000002",
            "teacher-specific",
            "Grade 4 PVAAS",
            Some(3.0),
        ),
        measure("msr-000000000003", "lea", "SLO: reading fluency", Some(1.0)),
        measure(
            "msr-000000000004",
            "lea",
            "SLO: number sense",
            if lea_pending { None } else { Some(2.0) },
        ),
    ]
}

fn tenured_world() -> World {
    let mut world = World::new();
    world.educator.employment = Employment::Tenured;
    world
}

#[test]
fn the_pennsylvania_form_shows_parts_a_b_and_c_with_the_hand_computed_final_rating() {
    let world = tenured_world();
    let observations = pennsylvania_visit();
    let summative = world.summative("pennsylvania-13-1");
    let (pdf, pages) = world.render_with(&summative, &observations, &pennsylvania_measures(false));
    keep("summative-pde-13-1", &pdf);
    let all = pages.concat();
    // Practice: 2.5×20% + 2×30% + 1.5×30% + 3×20% = 0.50 + 0.60 + 0.45 + 0.60 = 2.15.
    // Final: 2.15×70% + 2.5×10% + 3×10% + mean(1, 2)×10% = 1.505 + 0.25 + 0.30 + 0.15 = 2.205,
    // cut to 2.205 and rounded half up to 2.21: Proficient.
    for expected in [
        "Riverbend Area School District",
        "PDE 13-1 Classroom Teacher Rating Form",
        "Professional Employee",
        "Rating date Draft (not yet finalised)",
        "Evaluation Annual",
        "22 Pa. Code § 19.2a",
        "Part A: Observation & Practice",
        "1 Planning and Preparation 2 of 6 2.50 20% 0.50 0.60",
        "2 The Classroom Environment 1 of 5 2.00 30% 0.60 0.90",
        "3 Instruction 2 of 5 1.50 30% 0.45 0.90",
        "4 Professional Responsibilities 1 of 6 3.00 20% 0.60 0.60",
        "Observation & Practice rating 100% 2.15 3.00",
        "Observation & Practice rating 2.15 (Proficient) on the 0-3 scale",
        "Part B: Student measures",
        "Weights applied to 2026-27 (annual evaluation; rules for 2021-22 onwards)",
        "B.1 Building Level Score (0-3) Building level score 2026-27 score 2.5 · District data office · Jun 1, 2027 10% 2.50 0.25",
        "SLO: number sense score 2",
        "B.3 LEA-Selected Measures",
        "Part C: Final rating",
        "A Observation & Practice 2.15 70% 1.51",
        "B.2 Teacher-Specific Data 3.00 10% 0.30",
        "B.3 LEA-Selected Measures 1.50 10% 0.15",
        "Total 100% 2.21",
        "0.00-0.49 Failing Unsatisfactory",
        "0.50-1.49 Needs Improvement",
        "1.50-2.49 Proficient Satisfactory",
        "2.50-3.00 Distinguished Satisfactory",
        "Final rating: Proficient",
        "Final score 2.21 on the 0-3 scale",
        "cut to 3 decimal places, then rounded half up to 2",
        "Outcome: Satisfactory.",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    assert!(!all.contains("Plan is required"), "{all}");
    let rated = pages
        .iter()
        .position(|p| p.contains("Final rating: Proficient"))
        .expect("the rating");
    assert!(
        pages[rated].contains("acknowledges receipt of this evaluation")
            && pages[rated].contains("Evaluator Date"),
        "the signatures share the page of the rating: {}",
        pages[rated]
    );
}

#[test]
fn a_pending_measure_leaves_a_practice_rating_and_no_final_rating() {
    let world = tenured_world();
    let observations = pennsylvania_visit();
    let summative = world.summative("pennsylvania-13-1");
    let (pdf, pages) = world.render_with(&summative, &observations, &pennsylvania_measures(true));
    keep("summative-pde-13-1-pending", &pdf);
    let all = pages.concat();
    for expected in [
        "Part C: Practice rating (final rating pending)",
        "Practice rating 2.15 (Proficient). Student measures pending: LEA-Selected Measures (pending); there is no final rating yet.",
        "B.3 LEA-Selected Measures pending",
        "SLO: number sense pending",
        "Total 100% pending",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    assert!(!all.contains("Final rating"), "{all}");
    assert!(!all.contains("Final score"), "{all}");

    // No measure recorded at all: each is named.
    let (_, pages) = world.render_with(&summative, &observations, &[]);
    let all = pages.concat();
    assert!(
        all.contains("Student measures pending: Building Level Score (0-3) (not recorded); Teacher-Specific Data (not recorded); LEA-Selected Measures (not recorded)"),
        "{all}"
    );
    assert!(
        all.contains("B.1 Building Level Score (0-3) No record 10% not recorded"),
        "{all}"
    );

    // A profile with no rules for the year says so instead.
    let (_, pages) = world.render(&world.summative("pennsylvania-82-1"), &observations);
    let all = pages.concat();
    assert!(
        all.contains(
            "There is no final rating: the profile `pennsylvania-82-1` has no rules for 2026-27"
        ),
        "{all}"
    );
    assert!(!all.contains("Final rating"), "{all}");
}

#[test]
fn new_jersey_weighs_the_sgo_and_msgp_and_every_component_value_has_a_level() {
    let world = World::new();
    let observations = year_of_visits();
    let summative = world.summative("new-jersey-achievenj");
    // Practice (means): 1c 1, 2a 3, 3b (2+3+3)/3 = 2.67, 4a 4;
    // 1×20% + 3×30% + 2.67×30% + 4×20% = 0.2 + 0.9 + 0.8 + 0.8 = 2.70.
    let sgo = measure(
        "msr-000000000001",
        "sgo",
        "SGO: persuasive writing",
        Some(3.0),
    );
    let msgp = measure("msr-000000000002", "msgp", "mSGP 2026-27", Some(2.0));

    // Without an mSGP: 2.70×85% + 3×15% = 2.295 + 0.45 = 2.745 → 2.75, Effective.
    let (pdf, pages) = world.render_with(&summative, &observations, std::slice::from_ref(&sgo));
    keep("summative-achievenj", &pdf);
    let all = pages.concat();
    for expected in [
        "AchieveNJ Annual Summative Evaluation",
        "Part A: Teacher Practice",
        "3b Using Questioning and Discussion Techniques 2.67 Proficient Mean of 2, 3, 3 = 2.67",
        "Teacher Practice rating 100% 2.70 4.00",
        "Weights applied to 2026-27 (teachers without an mSGP; rules for 2022-23 onwards): Teacher Practice 85%, Student Growth Objectives (SGO) 15%.",
        "A Teacher Practice 2.70 85% 2.30",
        "B.1 Student Growth Objectives (SGO) 3.00 15% 0.45",
        "Total 100% 2.75",
        "1.00-1.84 Ineffective",
        "1.85-2.64 Partially Effective",
        "2.65-3.49 Effective",
        "3.50-4.00 Highly Effective",
        "Final rating: Effective",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }

    // With one: 2.70×70% + 3×25% + 2×5% = 1.89 + 0.75 + 0.10 = 2.74, Effective.
    let (_, pages) = world.render_with(&summative, &observations, &[sgo, msgp]);
    let all = pages.concat();
    for expected in [
        "teachers with an mSGP",
        "A Teacher Practice 2.70 70% 1.89",
        "B.1 Student Growth Objectives (SGO) 3.00 25% 0.75",
        "B.2 Median Student Growth Percentile (mSGP, converted to 1-4) 2.00 5% 0.10",
        "Total 100% 2.74",
        "Final rating: Effective",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

#[test]
fn a_coordinators_role_domains_count_within_delivery_of_service() {
    let mut world = World::new();
    world.educator.role = "edtech-coordinator".into();
    world.educator.rubric_id = "edtech-coordinator".into();
    let observations = vec![observation(
        "obs-000000000001",
        "2026-10-14T10:00:00-05:00",
        &[
            ("1a", 3),
            ("2a", 3),
            ("3a", 2),
            ("S1", 4),
            ("E1", 4),
            ("4a", 3),
        ],
    )];
    let summative = world.summative("pennsylvania-13-3");
    // Domain 3: mean(3a 1, S1 3, E1 3) = 2.33; practice 25% each of 2, 2, 2.33, 2
    // = 2.0833, cut to 2.083 and rounded to 2.08; no building data: 100% practice.
    let (pdf, pages) = world.render(&summative, &observations);
    keep("summative-pde-13-3", &pdf);
    let all = pages.concat();
    for expected in [
        "PDE 13-3 Nonteaching Professional Employee Rating Form",
        "3 Instruction 3 of 27 2.33 25% 0.58 0.75",
        "S Coordinator Duties at Every Level Counted within domain 3: Instruction 1 of 10",
        "E Elementary School Coordinator Responsibilities Counted within domain 3: Instruction 1 of 8",
        "Observation & Practice rating 100% 2.08 3.00",
        "without building-level data",
        "Final rating: Proficient",
        "Final score 2.08",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

#[test]
fn a_weighted_value_of_0_785_prints_as_0_79() {
    let world = World::new();
    // On 0-3: domain 1 mean(1, 0, 0) = 1/3, 2 mean(1, 1, 1, 0) = 3/4,
    // 3 mean(2, 1, 1, 1, 1) = 6/5, 4 mean(1, 1, 0) = 2/3; weighted 20/30/30/20
    // that is 0.785 exactly, which binary arithmetic gives as 0.78499999….
    let observations = vec![observation(
        "obs-000000000001",
        "2026-10-14T10:00:00-05:00",
        &[
            ("1a", 2),
            ("1b", 1),
            ("1c", 1),
            ("2a", 2),
            ("2b", 2),
            ("2c", 2),
            ("2d", 1),
            ("3a", 3),
            ("3b", 2),
            ("3c", 2),
            ("3d", 2),
            ("3e", 2),
            ("4a", 2),
            ("4b", 2),
            ("4c", 1),
        ],
    )];
    let mut summative = world.summative("pennsylvania-13-1");
    summative.period = Period::SemiAnnual;
    let (pdf, pages) = world.render(&summative, &observations);
    keep("summative-0785", &pdf);
    let all = pages.concat();
    for expected in [
        "Observation & Practice rating 100% 0.79 3.00",
        "Final rating: Needs Improvement",
        "Final score 0.79",
        "Total 100% 0.79",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    assert!(!all.contains("0.78"), "{all}");
}

#[test]
fn a_finalised_evaluation_from_before_measures_keeps_a_practice_rating() {
    let world = tenured_world();
    let observations = pennsylvania_visit();
    let mut summative = world.summative("pennsylvania-13-1");
    let scored = world.score(&summative, &observations);
    finalize(&mut summative, "Dr. Renée Castellanos", &scored).expect("finalises");
    if let Some(f) = &mut summative.finalized {
        f.measures = None;
        f.final_score = None;
        f.final_rating = None;
    }
    let (_, pages) = world.render(&summative, &observations);
    let all = pages.concat();
    for expected in [
        "Practice rating 2.15 (Proficient).",
        "before student measures were recorded: its stored rating is a practice rating, and there is no final rating.",
        "Finalised before student measures were recorded.",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    assert!(!all.contains("Final rating:"), "{all}");
}

#[test]
fn the_signatures_stay_on_the_page_of_the_rating_whatever_comes_before() {
    let world = tenured_world();
    let observations = pennsylvania_visit();
    let measures = pennsylvania_measures(false);
    let mut summative = world.summative("pennsylvania-13-1");
    for lines in (0..60).step_by(4) {
        summative.comments = (0..lines)
            .map(|i| format!("Comment line {i}."))
            .collect::<Vec<_>>()
            .join("\n");
        let (_, pages) = world.render_with(&summative, &observations, &measures);
        let rated = pages
            .iter()
            .position(|p| p.contains("Final rating: Proficient"))
            .expect("the rating");
        let signed = pages
            .iter()
            .position(|p| p.contains("Educator Date"))
            .expect("the signatures");
        assert_eq!(rated, signed, "{lines} comment lines");
        assert!(
            pages[rated].contains("Part C: Final rating"),
            "{lines} comment lines: Part C starts on the page of its rating"
        );
    }
}
