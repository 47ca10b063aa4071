//! District summaries compiled from small workspaces whose every figure is
//! worked out by hand in the comments, written to disk with
//! `Workspace::create` and read back as a coordinator's tool would.

mod common;

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{
    Educator, GrowthPlan, Observation, ObservationKind, Period, PlanKind, PlanSource, Rating,
    RatingLevel, Status, Summative,
};
use teacher_eval::rubric::{Catalog, SchoolLevel};
use teacher_eval::scoring::{Profiles, blank_plan, new_summative};
use teacher_eval::summary::{Filter, Options, Source, Summary, compile, read_workspace};
use teacher_eval::workspace::Workspace;

fn educator(id: &str, name: &str, school: &str, level: SchoolLevel, evaluator: &str) -> Educator {
    let mut e = sample_educator(id, name);
    e.school = school.into();
    e.level = level;
    e.evaluator = evaluator.into();
    e
}

/// An observation of `educator` by `observer`; a score of 0 means "not observed".
fn visit(
    id: &str,
    educator: &str,
    observer: &str,
    when: &str,
    kind: ObservationKind,
    ratings: &[(&str, u32)],
) -> Observation {
    let mut o = sample_observation(id, educator);
    o.observer = observer.into();
    o.started_at = at(when);
    o.changed = at(when);
    o.kind = kind;
    o.ratings = ratings
        .iter()
        .map(|(c, s)| Rating {
            component: c.to_string(),
            level: if *s == 0 {
                RatingLevel::NotObserved
            } else {
                RatingLevel::Level(*s)
            },
            rationale: String::new(),
            evidence: vec![],
        })
        .collect();
    o
}

const E1: &str = "edu-000000000001";
const E2: &str = "edu-000000000002";
const E3: &str = "edu-000000000003";
const E4: &str = "edu-000000000004";

/// North Elementary: Ann Archer (two visits by Eva Evans) and Ben Baker
/// (one by Eva Evans, one by Sam Stone; a stored draft evaluation under
/// Pennsylvania's PDE 13-1, semi-annual so practice only, and an improvement
/// plan). South High: Cy Cole, seen only last year.
fn district_a(root: &std::path::Path) {
    use ObservationKind::*;
    let w = Workspace::open(root).expect("workspace");
    let north = "North Elementary";
    w.create(&educator(
        E1,
        "Ann Archer",
        north,
        SchoolLevel::Elementary,
        "Eva Evans",
    ))
    .unwrap();
    w.create(&educator(
        E2,
        "Ben Baker",
        north,
        SchoolLevel::Elementary,
        "Eva Evans",
    ))
    .unwrap();
    w.create(&educator(
        E3,
        "Cy Cole",
        "South High",
        SchoolLevel::High,
        "Sam Stone",
    ))
    .unwrap();
    for o in [
        visit(
            "obs-1",
            E1,
            "Eva Evans",
            "2026-10-01T09:00:00-05:00",
            Formal,
            &[("1a", 3), ("1b", 2), ("2a", 0)],
        ),
        visit(
            "obs-2",
            E1,
            "Eva Evans",
            "2026-11-01T09:00:00-05:00",
            Walkthrough,
            &[("1a", 4), ("3b", 2)],
        ),
        visit(
            "obs-3",
            E2,
            "Eva Evans",
            "2026-10-05T09:00:00-05:00",
            Informal,
            &[("1a", 2), ("3b", 3)],
        ),
        visit(
            "obs-4",
            E2,
            "Sam Stone",
            "2026-10-20T09:00:00-05:00",
            Informal,
            &[("1a", 2), ("3b", 1)],
        ),
        visit(
            "obs-5",
            E3,
            "Sam Stone",
            "2025-10-01T09:00:00-05:00",
            Formal,
            &[("1a", 1)],
        ),
    ] {
        w.create(&o).unwrap();
    }
    let ben = educator(E2, "Ben Baker", north, SchoolLevel::Elementary, "Eva Evans");
    let mut stored: Summative = new_summative(&ben, "2026-27", "pennsylvania-13-1");
    stored.id = "sum-000000000002".into();
    stored.period = Period::SemiAnnual;
    w.create(&stored).unwrap();
    let mut plan: GrowthPlan = blank_plan(&ben, "2026-27");
    plan.id = "gp-000000000002".into();
    plan.kind = PlanKind::Improvement;
    plan.source = PlanSource::None;
    w.create(&plan).unwrap();
}

fn options() -> Options {
    Options {
        filter: Filter {
            year: Some("2026-27".into()),
            ..Filter::default()
        },
        ..Options::default()
    }
}

fn summarise(sources: &[Source], options: &Options) -> Summary {
    compile(sources, &Catalog::load(&[]), &Profiles::load(&[]), options)
}

fn read(root: &std::path::Path) -> Source {
    read_workspace(root).expect("the workspace reads")
}

/// A CSV table as text, without the byte-order mark.
fn csv_text(table: Result<Vec<u8>, teacher_eval::files::spreadsheet::CsvError>) -> String {
    String::from_utf8(table.expect("the table is written")).expect("CSV is UTF-8")
}

fn plain() -> teacher_eval::files::spreadsheet::CsvOptions {
    teacher_eval::files::spreadsheet::CsvOptions {
        byte_order_mark: false,
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one scenario, step after step, each checked where it happens"
)]
fn every_figure_matches_the_hand_count() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    let s = summarise(&[read(dir.path())], &options());

    // Counts: 3 educators; the four visits of 2026-27 (obs-5 is last year's).
    assert_eq!(s.year, "2026-27");
    assert_eq!(s.counts.educators, 3);
    assert_eq!(s.counts.observations, 4);
    let kinds: Vec<usize> = s
        .counts
        .observations_by_kind
        .iter()
        .map(|(_, n)| *n)
        .collect();
    assert_eq!(
        kinds,
        [1, 2, 1, 0, 0, 0, 0, 0],
        "formal, informal, walkthrough, virtual, then the coordinator's kinds"
    );
    assert_eq!(s.counts.evaluators, 2);
    assert_eq!(s.counts.schools, 2);
    assert_eq!((s.counts.ratings, s.counts.not_observed), (8, 1));
    assert_eq!((s.counts.summatives, s.counts.growth_plans), (1, 1));
    assert!(
        s.duplicates.is_empty() && s.skipped.is_empty(),
        "{:?}",
        s.warnings
    );

    // Components of danielson-2013: 1a rated 3, 4, 2, 2.
    assert_eq!(s.rubrics.len(), 1);
    let r = &s.rubrics[0];
    assert_eq!(r.id, "danielson-2013");
    let names: Vec<&str> = r.levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        ["Unsatisfactory", "Basic", "Proficient", "Distinguished"]
    );
    assert_eq!((r.educators, r.observations), (2, 4));
    let c = |id: &str| r.components.iter().find(|c| c.id == id).expect("component");
    assert_eq!(c("1a").counts, [0, 2, 1, 1]);
    assert!(close(c("1a").mean, 2.75));
    assert_eq!(c("1b").counts, [0, 1, 0, 0]);
    assert_eq!(
        (c("2a").rated(), c("2a").not_observed, c("2a").mean),
        (0, 1, None)
    );
    assert_eq!(c("3b").counts, [1, 1, 1, 0]);
    assert!(close(c("3b").mean, 2.0));
    assert_eq!(r.components[0].domain_name, "Planning and Preparation");
    // Domain 1: 3, 4, 2, 2 (1a) and 2 (1b) = 13 / 5; domain 2 nothing; domain 3: 2, 3, 1.
    assert!(close(r.domains[0].mean, 2.6));
    assert_eq!((r.domains[1].ratings, r.domains[1].mean), (0, None));
    assert!(close(r.domains[2].mean, 2.0));

    // Heat map: only North Elementary has ratings.
    assert_eq!(r.heat_map.schools, ["North Elementary"]);
    assert_eq!(r.heat_map.components.len(), 22);
    assert!(close(r.heat_map.cells[0][0], 2.75));
    assert_eq!(r.heat_map.ratings[0][0], 4);
    assert_eq!(
        r.heat_map.cells[0][6], None,
        "2a was only marked not observed"
    );

    // Final ratings, all under the one profile: the workspace sets none, so
    // equal weights (the mean of the latest rating of every component).
    // Ann (a draft): 1a 4, 1b 2, 3b 2, mean 2.67: Proficient. Ben, his stored
    // Pennsylvania draft re-scored under equal weights: 1a 2, 3b 1 (the
    // later visit), mean 1.50, Basic, a band that calls for a plan. Cy:
    // nothing this year.
    assert_eq!(s.profiles.len(), 1);
    assert_eq!(s.profiles[0].id, "equal-weights");
    assert!(
        s.profile_basis.contains(&s.sources[0]),
        "{}",
        s.profile_basis
    );
    assert_eq!(s.final_ratings.len(), 1);
    let equal = &s.final_ratings[0];
    assert_eq!(equal.profile_id, "equal-weights");
    assert_eq!(equal.counts, [0, 1, 1, 0]);
    assert_eq!((equal.stored, equal.computed, equal.pending), (1, 1, 0));
    assert_eq!(s.not_rated, 1);
    assert_eq!(s.improvement_required.len(), 1);
    assert!(s.plan_pending.is_empty());
    let ben = &s.improvement_required[0];
    assert_eq!(ben.display, "Ben Baker");
    assert_eq!(ben.rating.as_deref(), Some("Basic"));
    assert!(close(ben.score, 1.5));
    assert_eq!(ben.profile_id, "equal-weights");
    assert!(ben.rating_stored && ben.improvement_plan);

    // Coverage at the default minimum of 2: only Cy (no visit this year).
    let below: Vec<&str> = s.coverage.iter().map(|l| l.display.as_str()).collect();
    assert_eq!(below, ["Cy Cole"]);

    // Comparisons on level numbers: 3+2+4+2+2+3+2+1 = 19 over 8 ratings.
    let north = &s.by_school[0];
    assert_eq!(
        (
            north.label.as_str(),
            north.educators,
            north.observations,
            north.ratings
        ),
        ("North Elementary", 2, 4, 8)
    );
    assert!(close(north.mean, 19.0 / 8.0));
    assert_eq!(north.distribution, [1, 4, 2, 1]);
    let south = &s.by_school[1];
    assert_eq!((south.educators, south.ratings, south.mean), (1, 0, None));
    let levels: Vec<(&str, usize)> = s
        .by_level
        .iter()
        .map(|c| (c.label.as_str(), c.educators))
        .collect();
    assert_eq!(levels, [("Elementary", 2), ("High", 1)]);

    // Calibration: Eva rated 3, 2, 4, 2, 2, 3 (16 / 6); Sam 2, 1.
    let cal = &s.calibration;
    assert!(close(cal.district_mean, 2.375));
    assert_eq!(cal.district_distribution, [1, 4, 2, 1]);
    let eva = &cal.evaluators[0];
    assert_eq!(
        (
            eva.name.as_str(),
            eva.observations,
            eva.educators,
            eva.ratings
        ),
        ("Eva Evans", 3, 2, 6)
    );
    assert_eq!(eva.distribution, [0, 3, 2, 1]);
    assert!(close(eva.difference, 16.0 / 6.0 - 2.375));
    let sam = &cal.evaluators[1];
    assert_eq!((sam.name.as_str(), sam.ratings), ("Sam Stone", 2));
    assert!(close(sam.mean, 1.5));
    assert!(close(sam.difference, -0.875));

    // Agreement on Ben: 1a 2 and 2 (exact), 3b 3 and 1 (two levels apart).
    let a = &s.agreement;
    assert_eq!((a.educators, a.pairs, a.exact, a.adjacent), (1, 2, 1, 1));
    assert!(close(a.exact_percent, 50.0) && close(a.adjacent_percent, 50.0));
    assert_eq!(a.by_pair.len(), 1);
    assert_eq!(
        (a.by_pair[0].first.as_str(), a.by_pair[0].second.as_str()),
        ("Eva Evans", "Sam Stone")
    );

    // The CSV rows: one per educator, latest level of each component.
    assert_eq!(s.educators.len(), 3);
    let ann = s
        .educators
        .iter()
        .find(|r| r.line.educator_id == E1)
        .unwrap();
    assert_eq!(
        ann.latest,
        [("1a".to_string(), 4), ("1b".into(), 2), ("3b".into(), 2)]
    );
}

#[test]
fn filters_choose_educators_and_years_change_what_counts() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    let sources = [read(dir.path())];
    let mut by_school = options();
    by_school.filter.school = Some("  south high ".into());
    let s = summarise(&sources, &by_school);
    assert_eq!((s.counts.educators, s.counts.observations), (1, 0));
    assert!(s.rubrics.is_empty() && s.final_ratings.is_empty());

    let mut last_year = options();
    last_year.filter.year = Some("2025-26".into());
    let s = summarise(&sources, &last_year);
    assert_eq!(
        (s.counts.educators, s.counts.observations, s.counts.ratings),
        (3, 1, 1)
    );

    let mut by_level = options();
    by_level.filter.level = Some(SchoolLevel::Elementary);
    by_level.filter.evaluator = Some("EVA EVANS".into());
    by_level.min_observations = 3;
    let s = summarise(&sources, &by_level);
    assert_eq!(s.counts.educators, 2);
    assert_eq!(s.coverage.len(), 2, "both have 2 visits, under 3");

    let mut by_role = options();
    by_role.filter.role = Some("edtech-coordinator".into());
    assert_eq!(summarise(&sources, &by_role).counts.educators, 0);

    // A year written in full is read; text that is no year matches nothing and is said.
    let mut full = options();
    full.filter.year = Some("2026-2027".into());
    let s = summarise(&sources, &full);
    assert_eq!((s.year.as_str(), s.counts.observations), ("2026-27", 4));
    let mut wrong = options();
    wrong.filter.year = Some("last year".into());
    let s = summarise(&sources, &wrong);
    assert_eq!(s.counts.observations, 0);
    assert!(
        s.warnings
            .iter()
            .any(|w| w.contains("is not a school year")),
        "{:?}",
        s.warnings
    );

    // No year given: the school year containing today.
    let s = summarise(&sources, &Options::default());
    let today =
        teacher_eval::scoring::school_year_of(teacher_eval::clock::local_now().date_naive());
    assert_eq!(s.filter.year.as_deref(), Some(today.as_str()));
}

#[test]
fn records_in_two_workspaces_count_once_and_the_newer_copy_wins() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    district_a(a.path());
    {
        let w = Workspace::open(b.path()).unwrap();
        // Ann again, renamed later; obs-2 again, an older edit with 1a at 1;
        // and one visit only B holds.
        let mut ann = educator(
            E1,
            "Ann Archer-Smith",
            "North Elementary",
            SchoolLevel::Elementary,
            "Eva Evans",
        );
        ann.changed = at("2026-12-01T09:00:00-05:00");
        w.create(&ann).unwrap();
        let mut old = visit(
            "obs-2",
            E1,
            "Eva Evans",
            "2026-11-01T09:00:00-05:00",
            ObservationKind::Walkthrough,
            &[("1a", 1)],
        );
        old.changed = at("2026-10-31T09:00:00-05:00");
        w.create(&old).unwrap();
        w.create(&visit(
            "obs-6",
            E1,
            "Eva Evans",
            "2026-12-02T09:00:00-05:00",
            ObservationKind::Virtual,
            &[("2b", 3)],
        ))
        .unwrap();
    }
    let s = summarise(&[read(a.path()), read(b.path())], &options());
    assert_eq!(s.counts.educators, 3);
    assert_eq!(s.counts.observations, 5);
    assert_eq!(s.counts.ratings, 9);
    let r = &s.rubrics[0];
    let one_a = r.components.iter().find(|c| c.id == "1a").unwrap();
    assert_eq!(
        one_a.counts,
        [0, 2, 1, 1],
        "obs-2 counts once, with A's newer 1a of 4"
    );
    let dupes: Vec<(&str, &str)> = s
        .duplicates
        .iter()
        .map(|d| (d.kind, d.id.as_str()))
        .collect();
    assert_eq!(dupes, [("educator", E1), ("observation", "obs-2")]);
    let label_b = b.path().display().to_string();
    let label_a = a.path().display().to_string();
    assert_eq!(
        s.duplicates[0].kept, label_b,
        "the renamed educator is newer"
    );
    assert_eq!(s.duplicates[0].also_in, std::slice::from_ref(&label_a));
    assert_eq!(s.duplicates[1].kept, label_a, "A's obs-2 is newer");
    assert!(
        s.educators
            .iter()
            .any(|r| r.line.display == "Ann Archer-Smith")
    );

    // The same workspace twice is the same summary, with every record a duplicate.
    let twice = summarise(&[read(a.path()), read(a.path())], &options());
    assert_eq!(
        twice.counts,
        summarise(&[read(a.path())], &options()).counts
    );
    assert_eq!(twice.duplicates.len(), 3 + 5 + 1 + 1);
}

#[test]
fn a_deidentified_summary_holds_no_name_and_codes_are_stable() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    let mut opts = options();
    opts.deidentify = true;
    // Three educators: only the codes are looked at here, so no group is too small.
    opts.min_cell = 1;
    let s = summarise(&[read(dir.path())], &opts);
    let everything = format!("{s:?}");
    for name in [
        "Ann Archer",
        "Archer",
        "Ben Baker",
        "Baker",
        "Cy Cole",
        "Cole",
        "Eva Evans",
        "Evans",
        "Sam Stone",
        "Stone",
    ] {
        assert!(
            !everything.contains(name),
            "{name} appears in the de-identified summary"
        );
    }
    assert!(
        !everything.contains(&dir.path().display().to_string()),
        "the folder may name a person"
    );
    let codes: Vec<&str> = s
        .educators
        .iter()
        .map(|r| r.line.display.as_str())
        .collect();
    assert!(
        codes.iter().all(|c| c.starts_with("E-") && c.len() == 11),
        "{codes:?}"
    );
    let again = summarise(&[read(dir.path())], &opts);
    assert_eq!(s.educators, again.educators, "the same codes every run");
    let evaluators: Vec<&str> = s
        .calibration
        .evaluators
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(evaluators, ["Evaluator A", "Evaluator B"]);
    // Figures do not change with names.
    assert_eq!(s.counts, summarise(&[read(dir.path())], &options()).counts);
    for csv in [
        csv_text(teacher_eval::summary::educators_csv(&s, plain())),
        csv_text(teacher_eval::summary::components_csv(&s, plain())),
    ] {
        for name in ["Archer", "Baker", "Cole", "Evans", "Stone", E1] {
            assert!(!csv.contains(name), "{name} appears in a de-identified CSV");
        }
    }
}

#[test]
fn csv_files_quote_and_hold_a_row_per_educator_and_component() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    {
        let w = Workspace::open(dir.path()).unwrap();
        let mut odd = educator(
            "edu-000000000009",
            "O'Neil, \"Pat\"",
            "North Elementary",
            SchoolLevel::Elementary,
            "Eva Evans",
        );
        odd.subject = "x".into();
        w.create(&odd).unwrap();
    }
    let s = summarise(&[read(dir.path())], &options());
    let text = csv_text(teacher_eval::summary::educators_csv(&s, plain()));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "educator");
    assert!(header.iter().any(|h| h == "danielson-2013:1a"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let odd = rows
        .iter()
        .find(|r| &r[0] == "O'Neil, \"Pat\"")
        .expect("the quoted name reads back");
    assert_eq!(&odd[1], "edu-000000000009");
    let ann = rows.iter().find(|r| &r[0] == "Ann Archer").unwrap();
    let col = header
        .iter()
        .position(|h| h == "danielson-2013:1a")
        .unwrap();
    assert_eq!(&ann[col], "4");
    let rating = header.iter().position(|h| h == "final_rating").unwrap();
    assert_eq!(&ann[rating], "Proficient");

    let components = csv_text(teacher_eval::summary::components_csv(&s, plain()));
    let mut reader = csv::Reader::from_reader(components.as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 22);
    let one_a = &rows[0];
    let at_col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(&one_a[at_col("component")], "1a");
    assert_eq!(&one_a[at_col("Basic")], "2");
    assert_eq!(&one_a[at_col("mean")], "2.750");
    assert_eq!(
        teacher_eval::summary::components_path(std::path::Path::new("/tmp/district.csv")),
        std::path::Path::new("/tmp/district-components.csv")
    );
}

#[test]
fn unreadable_files_are_listed_and_missing_rubrics_said() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    std::fs::write(
        dir.path().join("observations/obs-broken.ron"),
        "Observation(oops",
    )
    .unwrap();
    {
        let w = Workspace::open(dir.path()).unwrap();
        let mut o = visit(
            "obs-7",
            E1,
            "Eva Evans",
            "2026-10-02T09:00:00-05:00",
            ObservationKind::Formal,
            &[("1a", 3), ("9z", 2)],
        );
        o.rubric_id = "district-local".into();
        w.create(&o).unwrap();
        let mut o = visit(
            "obs-8",
            E1,
            "Eva Evans",
            "2026-10-03T09:00:00-05:00",
            ObservationKind::Formal,
            &[("9z", 2), ("1a", 7)],
        );
        o.status = Status::Draft;
        w.create(&o).unwrap();
    }
    let s = summarise(&[read(dir.path())], &options());
    assert_eq!(s.skipped.len(), 1);
    assert!(s.skipped[0].contains("obs-broken.ron"), "{:?}", s.skipped);
    assert!(
        s.warnings
            .iter()
            .any(|w| w.contains("`district-local`") && w.contains("not loaded")),
        "{:?}",
        s.warnings
    );
    assert!(
        s.warnings
            .iter()
            .any(|w| w.starts_with("2 ratings under the rubric `danielson-2013`")),
        "{:?}",
        s.warnings
    );
}

#[test]
fn five_levels_and_several_rubrics_are_compared_by_rank() {
    let rubric_dir = tempfile::tempdir().unwrap();
    std::fs::write(
        rubric_dir.path().join("five.ron"),
        common::five_level_rubric(),
    )
    .unwrap();
    let catalog = Catalog::load(&[rubric_dir.path().to_path_buf()]);
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    {
        let w = Workspace::open(dir.path()).unwrap();
        let mut c = educator(
            "edu-000000000010",
            "Dee Dunn",
            "North Elementary",
            SchoolLevel::Elementary,
            "Eva Evans",
        );
        c.role = "counselor".into();
        c.rubric_id = "district-five".into();
        w.create(&c).unwrap();
        let mut o = visit(
            "obs-9",
            "edu-000000000010",
            "Eva Evans",
            "2026-10-09T09:00:00-05:00",
            ObservationKind::Formal,
            &[("A1", 4), ("B2", 0)],
        );
        o.rubric_id = "district-five".into();
        w.create(&o).unwrap();
    }
    let s = compile(
        &[read(dir.path())],
        &catalog,
        &Profiles::load(&[]),
        &options(),
    );
    assert!(s.mixed_scales);
    assert_eq!(s.scale.len(), 5, "{:?}", s.scale);
    let five = s.rubrics.iter().find(|r| r.id == "district-five").unwrap();
    assert_eq!(five.components[0].counts, [0, 0, 0, 0, 1]);
    assert!(close(five.components[0].mean, 4.0));
    // Level 4 of 0-4 is rank 5: the fifth column, and level number 5.
    assert_eq!(s.calibration.district_distribution[4], 1);
    assert_eq!(s.calibration.district_ratings, 9);
    assert!(close(s.calibration.district_mean, (19.0 + 5.0) / 9.0));
}

/// Every group a de-identified summary reports has at least `min` educators.
fn assert_no_small_group(s: &Summary, min: usize) {
    for c in s.by_school.iter().chain(&s.by_level) {
        assert!(
            c.educators >= min,
            "{} has {} educators",
            c.label,
            c.educators
        );
    }
    for e in &s.calibration.evaluators {
        assert!(e.educators >= min, "{} observed {}", e.name, e.educators);
    }
    for p in &s.agreement.by_pair {
        assert!(p.educators >= min, "{} and {}", p.first, p.second);
    }
    assert!(s.agreement.educators == 0 || s.agreement.educators >= min);
    for r in &s.rubrics {
        assert!(
            r.educators >= min,
            "the rubric {} has {}",
            r.id,
            r.educators
        );
        let map = &r.heat_map;
        for (row, cells) in map.cells.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                if cell.is_some() {
                    assert!(map.educators[row][c] >= min, "{} {}", map.schools[row], c);
                }
            }
        }
    }
    for d in &s.final_ratings {
        assert!(d.stored + d.computed >= min, "{}", d.profile_id);
    }
    let mut combinations: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for row in &s.educators {
        let l = &row.line;
        let key = (
            l.school.clone(),
            l.level,
            l.role.clone(),
            l.evaluator.clone(),
            row.rubric_id.clone(),
        );
        *combinations.entry(key).or_default() += 1;
    }
    for (key, n) in combinations {
        assert!(n >= min, "{n} rows share {key:?}");
    }
}

#[test]
fn a_deidentified_summary_reports_no_group_smaller_than_the_minimum() {
    let dir = tempfile::tempdir().unwrap();
    let known = common::known_district(dir.path());
    let mut opts = options();
    opts.deidentify = true;
    let s = summarise(&[read(dir.path())], &opts);
    assert_eq!(s.counts.educators, 29);
    assert_eq!(s.min_cell, 10);
    assert_no_small_group(&s, 10);
    let schools: Vec<&str> = s.by_school.iter().map(|c| c.label.as_str()).collect();
    // Tillamook (4) alone in "Other" would be the total less the others, so
    // the next smallest school, Wapakoneta (12), joins it.
    assert_eq!(schools, ["Quonset Elementary", "Other schools"]);
    let levels: Vec<&str> = s.by_level.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        levels,
        ["Elementary", "Other levels"],
        "middle (4) and high (12)"
    );
    assert!(
        s.rubrics.iter().all(|r| r.id != "edtech-coordinator"),
        "the three coordinators' rubric tells who they are"
    );
    assert!(
        s.agreement.withheld,
        "two educators were seen by two evaluators"
    );
    assert!(s.suppressed.len() >= 4, "{:?}", s.suppressed);
    let everything = format!("{s:?}");
    for name in known.educators.iter().chain(&known.evaluators) {
        assert!(!everything.contains(name.as_str()), "{name}");
    }
    assert!(!everything.contains("Quill") && !everything.contains("Northcott"));

    // Smaller minimums show more; 1 shows every group.
    opts.min_cell = 3;
    let s = summarise(&[read(dir.path())], &opts);
    assert_no_small_group(&s, 3);
    assert!(s.by_school.iter().any(|c| c.label == "Tillamook Middle"));
    assert!(s.rubrics.iter().any(|r| r.id == "edtech-coordinator"));
    opts.min_cell = 1;
    assert_eq!(
        summarise(&[read(dir.path())], &opts).educators.len(),
        29,
        "nothing withheld"
    );

    // Coded schools, and a filter by evaluator: no name in the filter shown.
    opts.min_cell = 10;
    opts.code_schools = true;
    opts.filter.evaluator = Some("Prudence Northcott".into());
    let s = summarise(&[read(dir.path())], &opts);
    assert_eq!(s.counts.educators, 13);
    let everything = format!("{s:?}");
    for word in [
        "Northcott",
        "Prudence",
        "Quonset",
        "Wapakoneta",
        "Tillamook",
        "Quill",
    ] {
        assert!(!everything.contains(word), "{word}");
    }
    assert!(s.by_school.iter().all(|c| c.label.starts_with("School ")));
    assert_eq!(s.filter.evaluator.as_deref(), Some("withheld"));

    // Fewer educators than the minimum: no figure at all.
    opts.filter.evaluator = Some("Evangeline Eastwood".into());
    let s = summarise(&[read(dir.path())], &opts);
    assert!(s.withheld && s.educators.is_empty() && s.rubrics.is_empty());
    assert_eq!(s.counts.educators, 4);
}

#[test]
fn csv_cells_that_could_run_as_formulas_are_text_and_numbers_stay_numbers() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    let hostile = [
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
        "\t=1+1",
        "\r=1+1",
    ];
    {
        let w = Workspace::open(dir.path()).unwrap();
        for (i, name) in hostile.iter().enumerate() {
            let id = format!("edu-0000000001{i:02}");
            let mut e = educator(&id, name, "-5", SchoolLevel::Middle, "=1+1");
            e.role = "teacher".into();
            w.create(&e).unwrap();
            w.create(&visit(
                &format!("obs-9{i}"),
                &id,
                "@evil",
                "2026-10-02T09:00:00-05:00",
                ObservationKind::Formal,
                &[("1a", 2), ("1b", 3)],
            ))
            .unwrap();
        }
    }
    let s = summarise(&[read(dir.path())], &options());
    let text = csv_text(teacher_eval::summary::educators_csv(&s, plain()));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let numeric =
        |h: &str| h == "observations" || h == "final_score" || h.starts_with("danielson-2013:");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    for name in hostile {
        let row = rows
            .iter()
            .find(|r| r[0] == format!("'{name}"))
            .unwrap_or_else(|| panic!("{name:?} is written with a ' in front"));
        assert_eq!(
            &row[header.iter().position(|h| h == "school").unwrap()],
            "'-5"
        );
        assert_eq!(
            &row[header.iter().position(|h| h == "evaluator").unwrap()],
            "'=1+1"
        );
    }
    for row in &rows {
        for (h, cell) in header.iter().zip(row.iter()) {
            if numeric(h) {
                assert!(
                    cell.is_empty() || cell.parse::<f64>().is_ok(),
                    "{h}: {cell:?}"
                );
            } else {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{h}: {cell:?} could run as a formula"
                );
            }
        }
    }
    // Counts are number cells, never prefixed.
    let ann = rows.iter().find(|r| &r[0] == "Ann Archer").unwrap();
    assert_eq!(
        &ann[header.iter().position(|h| h == "observations").unwrap()],
        "2"
    );
}

#[test]
fn csv_files_begin_with_a_byte_order_mark_unless_told_not_to() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    let s = summarise(&[read(dir.path())], &options());
    let default = teacher_eval::files::spreadsheet::CsvOptions::default();
    for table in [
        teacher_eval::summary::educators_csv(&s, default).unwrap(),
        teacher_eval::summary::components_csv(&s, default).unwrap(),
    ] {
        assert!(
            table.starts_with("\u{feff}".as_bytes()),
            "the mark by default"
        );
    }
    for table in [
        teacher_eval::summary::educators_csv(&s, plain()).unwrap(),
        teacher_eval::summary::components_csv(&s, plain()).unwrap(),
    ] {
        assert!(!table.starts_with("\u{feff}".as_bytes()));
        assert!(table.starts_with(b"educator,") || table.starts_with(b"rubric,"));
    }
}

/// The workspace's settings say which profile a new evaluation starts with.
fn set_profile(root: &std::path::Path, profile: &str) {
    let w = Workspace::open(root).expect("workspace");
    let settings = teacher_eval::workspace::Settings {
        scoring_profile: Some(profile.into()),
        ..teacher_eval::workspace::Settings::default()
    };
    w.save_settings(&settings).expect("settings saved");
}

/// A table's rows by their header, as text.
fn csv_rows(table: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(table.as_bytes());
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .zip(r.iter())
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn the_settings_profile_scores_everyone_and_a_pending_rating_is_never_required() {
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    set_profile(dir.path(), "pennsylvania-13-1");
    let s = summarise(&[read(dir.path())], &options());
    assert_eq!(s.profiles.len(), 1);
    assert_eq!(s.profiles[0].id, "pennsylvania-13-1");
    assert!(
        s.profiles[0].source.contains("22 Pa. Code"),
        "{:?}",
        s.profiles[0]
    );

    // Ben, stored, semi-annual (practice only) on 0-3: 1a level 2 = 1 in
    // domain 1 (20), 3b level 1 = 0 in domain 3 (30): 20 / 50 = 0.40,
    // Failing: a plan is required. Ann, a draft of an annual evaluation:
    // 1a 4 = 3 and 1b 2 = 1 make domain 1 2.0; 3b 2 = 1 in domain 3:
    // (40 + 30) / 50 = 1.40, Needs Improvement in practice, but her three
    // student measures are not recorded, so her final rating is pending.
    assert_eq!(s.final_ratings.len(), 1);
    let pa = &s.final_ratings[0];
    assert_eq!(pa.counts, [1, 0, 0, 0]);
    assert_eq!((pa.stored, pa.computed, pa.pending), (1, 1, 1));
    let names = |lines: &[teacher_eval::summary::EducatorLine]| -> Vec<String> {
        lines.iter().map(|l| l.display.clone()).collect()
    };
    assert_eq!(names(&s.improvement_required), ["Ben Baker"]);
    assert!(close(s.improvement_required[0].score, 0.4));
    assert_eq!(names(&s.plan_pending), ["Ann Archer"], "listed as pending");
    let ann = &s.plan_pending[0];
    assert!(ann.pending && ann.rating.is_none() && ann.score.is_none());
    assert_eq!(ann.practice_rating.as_deref(), Some("Needs Improvement"));
    assert!(close(ann.practice_score, 1.4));
    // The follow-up counts only the required one.
    assert_eq!(s.by_school[0].improvement_required, 1);

    // The CSV names the profile on every row, and says "pending".
    let rows = csv_rows(&csv_text(teacher_eval::summary::educators_csv(&s, plain())));
    let row = |name: &str| rows.iter().find(|r| r["educator"] == name).unwrap();
    for name in ["Ann Archer", "Ben Baker", "Cy Cole"] {
        assert_eq!(row(name)["profile_id"], "pennsylvania-13-1", "{name}");
    }
    let ann = row("Ann Archer");
    assert_eq!(
        (
            ann["final_rating"].as_str(),
            ann["final_score"].as_str(),
            ann["practice_rating"].as_str(),
            ann["practice_score"].as_str(),
            ann["improvement_plan_required"].as_str(),
            ann["rating_from"].as_str(),
        ),
        ("", "", "Needs Improvement", "1.4", "pending", "draft")
    );
    let ben = row("Ben Baker");
    assert_eq!(
        (
            ben["final_rating"].as_str(),
            ben["improvement_plan_required"].as_str()
        ),
        ("Failing", "yes")
    );
}

#[test]
fn a_chosen_profile_rescores_stored_drafts_and_finalised_evaluations() {
    use teacher_eval::scoring::{finalize, score};
    let dir = tempfile::tempdir().unwrap();
    district_a(dir.path());
    set_profile(dir.path(), "pennsylvania-13-1");
    // Dee's stored draft under PDE 13-1 (semi-annual) is Needs Improvement:
    // domain 1 (1a 4, 1b 4) = 3, domain 3 (3b 1) = 0: 60 / 50 = 1.20.
    // Under equal weights the same ratings are (4 + 4 + 1) / 3 = 3.00,
    // Proficient: no plan.
    let w = Workspace::open(dir.path()).unwrap();
    let dee = educator(
        E4,
        "Dee Dunn",
        "North Elementary",
        SchoolLevel::Elementary,
        "Eva Evans",
    );
    w.create(&dee).unwrap();
    let dee_visit = visit(
        "obs-6",
        E4,
        "Eva Evans",
        "2026-11-10T09:00:00-05:00",
        ObservationKind::Formal,
        &[("1a", 4), ("1b", 4), ("3b", 1)],
    );
    w.create(&dee_visit).unwrap();
    let mut draft = new_summative(&dee, "2026-27", "pennsylvania-13-1");
    draft.period = Period::SemiAnnual;
    w.create(&draft).unwrap();
    // Ann's evaluation finalised under PDE 13-1 semi-annual: 1.40, Needs
    // Improvement. A later visit does not change it (frozen).
    let ann = w.load().educators.into_iter().find(|e| e.id == E1).unwrap();
    let observations = w.load().observations;
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let mut signed = new_summative(&ann, "2026-27", "pennsylvania-13-1");
    signed.period = Period::SemiAnnual;
    let scored = score(&signed, &ann, &observations, &[], &catalog, &profiles).unwrap();
    assert_eq!(
        scored.result.rating.as_ref().map(|r| r.0.as_str()),
        Some("Needs Improvement")
    );
    finalize(&mut signed, "Eva Evans", &scored).unwrap();
    w.create(&signed).unwrap();
    w.create(&visit(
        "obs-7",
        E1,
        "Eva Evans",
        "2027-03-01T09:00:00-05:00",
        ObservationKind::Formal,
        &[("1a", 1), ("1b", 1), ("3b", 1)],
    ))
    .unwrap();

    let chosen = Options {
        profile_id: Some("equal-weights".into()),
        ..options()
    };
    let s = summarise(&[read(dir.path())], &chosen);
    assert_eq!(s.profiles.len(), 1);
    assert_eq!(s.profiles[0].id, "equal-weights");
    assert!(s.profile_basis.starts_with("Chosen for this summary"));
    // Under equal weights: Ann's frozen ratings 1a 4, 1b 2, 3b 2 = 2.67,
    // Proficient (signed Needs Improvement under PDE 13-1); Ben 1.50 Basic
    // (required); Dee 3.00 Proficient (her draft's own profile would call
    // for a plan, but it is not the summary's).
    let required: Vec<&str> = s
        .improvement_required
        .iter()
        .map(|l| l.display.as_str())
        .collect();
    assert_eq!(required, ["Ben Baker"]);
    assert!(s.plan_pending.is_empty());
    let line = |id: &str| {
        &s.educators
            .iter()
            .find(|r| r.line.educator_id == id)
            .unwrap()
            .line
    };
    assert_eq!(line(E4).rating.as_deref(), Some("Proficient"));
    assert!(close(line(E4).score, 3.0));
    let ann = line(E1);
    assert_eq!(ann.rating.as_deref(), Some("Proficient"));
    assert!(close(ann.score, 2.67));
    assert_eq!(
        ann.signed_elsewhere.as_deref(),
        Some("Needs Improvement under `pennsylvania-13-1`")
    );
    assert!(
        s.warnings
            .iter()
            .any(|w| w.contains("signed under the profile `pennsylvania-13-1`")),
        "{:?}",
        s.warnings
    );
    let equal = &s.final_ratings[0];
    assert_eq!(equal.counts, [0, 1, 2, 0]);
    assert_eq!((equal.stored, equal.computed), (3, 0));
}
