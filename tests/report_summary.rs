//! The district summary PDF read back with lopdf: a district of 14 schools
//! rated on all 22 Danielson components (the heat map must print every
//! school and component readably, in grids that fit the page), on Letter
//! and A4, named and de-identified.

mod common;

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{ObservationKind, Rating, RatingLevel};
use teacher_eval::report::{Paper, Pdf, ReportOptions, summary_report};
use teacher_eval::rubric::{Catalog, SchoolLevel};
use teacher_eval::scoring::Profiles;
use teacher_eval::summary::{Filter, Options, Summary, compile, read_workspace};
use teacher_eval::workspace::Workspace;

const SCHOOLS: [&str; 14] = [
    "Maple Grove Elementary",
    "Cedar Ridge Elementary",
    "Lincoln Park Elementary",
    "Escuela Primaria Benito Juárez",
    "Riverbend Elementary",
    "Sunnyside Elementary",
    "César Chávez Middle School",
    "Eastlake Middle School",
    "Jefferson Middle School",
    "Pine Hollow Middle School",
    "Harbor View High School",
    "Lakeside High School",
    "Northgate High School",
    "Westfield High School",
];

const COMPONENTS: [&str; 22] = [
    "1a", "1b", "1c", "1d", "1e", "1f", "2a", "2b", "2c", "2d", "2e", "3a", "3b", "3c", "3d", "3e",
    "4a", "4b", "4c", "4d", "4e", "4f",
];

/// Two educators per school, each observed twice by the school's principal
/// and once by a visiting one, every component rated.
#[allow(
    clippy::cast_possible_truncation,
    reason = "a level from a remainder of 4"
)]
fn district(root: &std::path::Path) {
    let w = Workspace::open(root).expect("workspace");
    for (s, school) in SCHOOLS.iter().enumerate() {
        for k in 0..2 {
            let id = format!("edu-{:012x}", s * 2 + k + 1);
            let mut e = sample_educator(&id, &format!("Teacher{s}x{k} Surname{s}y{k}"));
            e.school = school.to_string();
            e.level = [
                SchoolLevel::Elementary,
                SchoolLevel::Middle,
                SchoolLevel::High,
            ][s * 3 / 14];
            e.evaluator = format!("Principal{s} Evaluator{s}");
            w.create(&e).unwrap();
            for v in 0..3 {
                let mut o =
                    sample_observation(&format!("obs-{:012x}", (s * 2 + k) * 3 + v + 1), &id);
                o.started_at = at(&format!("2026-{:02}-10T09:00:00-05:00", 10 + v));
                o.kind = ObservationKind::Formal;
                o.observer = if v == 2 {
                    format!("Principal{} Evaluator{}", (s + 1) % 14, (s + 1) % 14)
                } else {
                    e.evaluator.clone()
                };
                o.ratings = COMPONENTS
                    .iter()
                    .enumerate()
                    .map(|(c, id)| Rating {
                        component: id.to_string(),
                        level: RatingLevel::Level(1 + ((s + k + c + v) % 4) as u32),
                        rationale: String::new(),
                        evidence: vec![],
                    })
                    .collect();
                w.create(&o).unwrap();
            }
        }
    }
}

fn summary(root: &std::path::Path, deidentify: bool) -> Summary {
    let options = Options {
        filter: Filter {
            year: Some("2026-27".into()),
            ..Filter::default()
        },
        deidentify,
        ..Options::default()
    };
    compile(
        &[read_workspace(root).expect("reads")],
        &Catalog::load(&[]),
        &Profiles::load(&[]),
        &options,
    )
}

fn pdf(summary: &Summary, paper: Paper) -> Pdf {
    let options = ReportOptions {
        paper,
        omit_student_names: false,
        generated: at("2026-12-01T16:00:00-05:00"),
        artifacts_from: None,
    };
    let pdf = summary_report(summary, &options).expect("the summary PDF is made");
    if let Some(dir) = std::env::var_os("REPORT_SAMPLES") {
        let _ = std::fs::create_dir_all(&dir);
        let name = format!("summary-{paper:?}-{}.pdf", summary.deidentified);
        let _ = std::fs::write(std::path::Path::new(&dir).join(name), &pdf.bytes);
    }
    pdf
}

fn pages(pdf: &Pdf) -> Vec<String> {
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("lopdf reads the PDF");
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert_eq!(numbers.len(), pdf.pages);
    numbers
        .iter()
        .map(|p| {
            let text = doc.extract_text(&[*p]).expect("text extracts");
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[test]
fn fourteen_schools_by_22_components_print_whole_on_letter_and_a4() {
    let dir = tempfile::tempdir().unwrap();
    district(dir.path());
    let s = summary(dir.path(), false);
    assert_eq!(s.rubrics[0].heat_map.schools.len(), 14);
    for paper in [Paper::Letter, Paper::A4] {
        let pdf = pdf(&s, paper);
        let texts = pages(&pdf);
        for (i, text) in texts.iter().enumerate() {
            assert!(
                text.contains(&format!("Page {} of {}", i + 1, pdf.pages)),
                "page {}",
                i + 1
            );
        }
        let all = texts.join(" ");
        // The heat map's section, until the next one.
        let start = all
            .find("Schools by component")
            .expect("a heat map section");
        let end = all[start..]
            .find("Schools and levels compared")
            .map_or(all.len(), |e| start + e);
        let heat = &all[start..end];
        for school in SCHOOLS {
            assert_eq!(
                heat.matches(school).count(),
                2,
                "{school} in each of the two grids ({paper:?})"
            );
        }
        for id in COMPONENTS {
            assert!(heat.contains(&format!(" {id} ")), "{id} ({paper:?})");
        }
        assert_eq!(heat.matches("All schools").count(), 2);
        // Every cell prints its mean: 14 schools × 22 + 22 for all schools.
        let numbers = heat
            .split(' ')
            .filter(|w| w.len() == 4 && w.as_bytes()[1] == b'.')
            .count();
        assert!(numbers >= 14 * 22 + 22, "{numbers} numbers ({paper:?})");
        for words in [
            "Evaluator calibration",
            "Inter-rater agreement",
            "Follow-up by school",
            "Principal3 Evaluator3",
        ] {
            assert!(all.contains(words), "{words} ({paper:?})");
        }
        assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
    }
}

#[test]
fn a_deidentified_pdf_holds_no_name() {
    let dir = tempfile::tempdir().unwrap();
    district(dir.path());
    let s = summary(dir.path(), true);
    let all = pages(&pdf(&s, Paper::Letter)).join(" ");
    for word in [
        "Teacher",
        "Surname",
        "Principal",
        "Evaluator0",
        dir.path().to_str().unwrap(),
    ] {
        assert!(
            !all.contains(word),
            "{word} appears in the de-identified PDF"
        );
    }
    assert!(all.contains("De-identified") && all.contains("Confidential"));
    assert!(all.contains("E-"), "educators appear by code");
    // Two educators a school and four an evaluator: every one is merged.
    assert!(all.contains("Other schools") && all.contains("Other evaluators"));
    assert!(!all.contains("Maple Grove"), "a school of two is not shown");
}

#[test]
fn a_filter_that_matches_nobody_makes_one_page_saying_so() {
    let dir = tempfile::tempdir().unwrap();
    district(dir.path());
    let mut s = summary(dir.path(), false);
    s = Summary {
        filter: s.filter,
        year: s.year,
        sources: s.sources,
        ..Summary::default()
    };
    let pdf = pdf(&s, Paper::Letter);
    assert_eq!(pdf.pages, 1);
    assert!(pages(&pdf)[0].contains("nothing to summarise"));
}

#[test]
fn the_first_page_names_the_scoring_profile_and_its_source() {
    let dir = tempfile::tempdir().unwrap();
    district(dir.path());
    let w = Workspace::open(dir.path()).unwrap();
    let settings = teacher_eval::workspace::Settings {
        scoring_profile: Some("pennsylvania-13-1".into()),
        ..teacher_eval::workspace::Settings::default()
    };
    w.save_settings(&settings).unwrap();
    let s = summary(dir.path(), false);
    let pages = pages(&pdf(&s, Paper::Letter));
    let first = &pages[0];
    for words in [
        "Scored under: Pennsylvania PDE 13-1 (2021-22 onwards)",
        "pennsylvania-13-1",
        "22 Pa. Code § 19.2a",
        "The scoring profiles set in",
    ] {
        assert!(first.contains(words), "page 1 lacks {words:?}:\n{first}");
    }
    // Every educator's annual evaluation waits for student measures: none is
    // listed as requiring a plan, each is counted as pending.
    let all = pages.concat();
    assert!(
        all.contains("No final rating this year requires an improvement plan."),
        "{all}"
    );
    assert!(s.improvement_required.is_empty());
    assert_eq!(s.final_ratings[0].pending, 28);
}
