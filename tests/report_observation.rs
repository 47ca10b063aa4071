//! The observation report, read back the way a reader's PDF viewer would:
//! its text extracted with lopdf, its pages, sizes and metadata checked.

mod common;

use common::pdf::{keep, page_texts};
use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{EvidenceKind, EvidenceNote, Observation, Rating, RatingLevel, Status};
use teacher_eval::report::{Paper, Pdf, ReportOptions, observation_report, save_pdf};
use teacher_eval::rubric::{Catalog, Rubric};

fn danielson() -> Rubric {
    Catalog::load(&[])
        .get("danielson-2013")
        .expect("bundled rubric")
        .rubric
        .clone()
}

fn options() -> ReportOptions {
    ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: at("2026-10-20T14:05:00-05:00"),
        artifacts_from: None,
    }
}

fn render(observation: &Observation, name: &str, options: &ReportOptions) -> Pdf {
    let educator = sample_educator("edu-000000000001", name);
    observation_report(
        observation,
        &educator,
        Some(&danielson()),
        &teacher_eval::rubric::VisitKind::unlisted(observation.kind),
        options,
    )
    .expect("a report")
}

fn note(id: u32, minute: u32, text: &str, components: &[&str]) -> EvidenceNote {
    EvidenceNote {
        id,
        offset_secs: u64::from(minute) * 60,
        at: at(&format!(
            "2026-10-14T{:02}:{:02}:00-05:00",
            10 + minute / 60,
            minute % 60
        )),
        text: text.into(),
        kind: EvidenceKind::ObservedAction,
        components: components
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
        names_students: false,
    }
}

#[test]
fn the_report_holds_the_educator_components_evidence_and_page_numbers() {
    let observation = sample_observation("obs-000000000001", "edu-000000000001");
    let pdf = render(&observation, "Nguyễn Thị Hương", &options());
    keep("sample", &pdf);
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    let pages = page_texts(&pdf);
    let all = pages.concat();
    for expected in [
        "Nguyễn Thị Hương",
        "Classroom Observation Report",
        "Escuela Primaria Benito Juárez",
        "Dr. Renée Castellanos",
        "Using Questioning and Discussion Techniques",
        "Proficient",
        "Most questions asked for reasoning.",
        "Organizing Physical Space", // marked not observed
        "Ss move to stations in under a minute; materials already out.",
        "T: \"How do you know 2/4 and 1/2 name the same amount?\" \u{2014} Zoë answers",
        "Goal: students compare fractions with unlike denominators.",
        "Discussed wait time.",
        "I will plan two more open questions.",
        "Zoë Brontë-Øster",
        "acknowledges receipt of this report, not agreement with it",
        "Generated October 20, 2026 at 2:05 PM",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    for (i, text) in pages.iter().enumerate() {
        let footer = format!("Page {} of {}", i + 1, pdf.pages);
        assert!(text.contains(&footer), "page {} lacks {footer:?}", i + 1);
        assert!(text.contains("Nguyễn Thị Hương · Classroom Observation Report"));
    }
    // A note tagged 2c and 3c is printed under both.
    assert_eq!(all.matches("Ss move to stations").count(), 2, "{all}");
    // The shorthand the notes use is said once, wherever the line wraps.
    let words = all.split_whitespace().collect::<Vec<_>>().join(" ");
    let key = "In the notes, T is the teacher and Ss students.";
    assert_eq!(words.matches(key).count(), 1, "{words}");
}

#[test]
fn three_hundred_notes_flow_over_many_pages_and_all_print() {
    let mut observation = sample_observation("obs-000000000002", "edu-000000000001");
    let tags = [&["3b"][..], &["2c", "3c"], &[], &["zz9"], &["1a"]];
    observation.evidence = (0..300)
        .map(|i| {
            note(
                i + 1,
                i,
                &format!(
                    "Marker{i:03}x: students explain how they compared the fractions, and the teacher asks a follow-up question about the number line."
                ),
                tags[i as usize % tags.len()],
            )
        })
        .collect();
    let pdf = render(&observation, "Åsa Øberg", &options());
    keep("three-hundred-notes", &pdf);
    assert!(pdf.pages >= 10, "{} pages", pdf.pages);
    let pages = page_texts(&pdf);
    let all = pages.concat();
    for i in 0..300 {
        let marker = format!("Marker{i:03}x");
        assert!(all.contains(&marker), "{marker} is missing");
    }
    assert!(all.contains("Not tagged to a component"));
    assert!(
        all.contains("zz9"),
        "a tag the rubric lacks still groups its notes"
    );
    assert!(pages[pdf.pages - 1].contains(&format!("Page {0} of {0}", pdf.pages)));
    // A heading never ends a page: no page's last body line is an evidence heading.
    for text in &pages {
        let body: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter(|l| {
                !l.starts_with("Generated")
                    && !l.starts_with("Page ")
                    && !l.contains("Confidential")
            })
            .collect();
        if let Some(last) = body.last() {
            assert!(!last.contains("· rated"), "a heading ends a page: {last:?}");
        }
    }
}

#[test]
fn names_in_many_scripts_survive_even_when_typed_decomposed() {
    for (typed, printed) in [
        ("Nguyễn Thị Hương", "Nguyễn Thị Hương"),
        (
            "Nguye\u{0302}\u{0303}n Thi\u{0323} Hu\u{031B}o\u{031B}\u{0300}ng",
            "Nguyễn Thị Hường",
        ),
        ("Zofia Wąsowska-Łęcka", "Zofia Wąsowska-Łęcka"),
        ("Åsa Ørnulf Ærø", "Åsa Ørnulf Ærø"),
        ("Þórdís Guðmundsdóttir", "Þórdís Guðmundsdóttir"),
        ("Αλέξανδρος Παπαδόπουλος", "Αλέξανδρος Παπαδόπουλος"),
        ("Екатерина Иванова", "Екатерина Иванова"),
    ] {
        let observation = sample_observation("obs-000000000003", "edu-000000000001");
        let pdf = render(&observation, typed, &options());
        assert!(pdf.warnings.is_empty(), "{typed}: {:?}", pdf.warnings);
        let all = page_texts(&pdf).concat();
        assert!(all.contains(printed), "{printed:?} missing from:\n{all}");
    }
}

#[test]
fn characters_the_font_lacks_are_reported_and_the_rest_prints() {
    let mut observation = sample_observation("obs-000000000004", "edu-000000000001");
    observation.evidence.push(note(
        3,
        20,
        "Student labelled the poster \u{F0000}\u{F0001} and drew \u{10FFFD}; then TailMarker said the rest.",
        &["3b"],
    ));
    observation.post_conference = "Bell rang\u{0007} twice;\u{200B} we stopped.".into();
    let pdf = render(&observation, "Nguyễn Thị Hương", &options());
    keep("missing-characters", &pdf);
    assert_eq!(pdf.warnings.len(), 1, "{:?}", pdf.warnings);
    let warning = &pdf.warnings[0];
    for part in [
        "3 characters",
        "printed as ?",
        "U+F0000",
        "U+F0001",
        "U+10FFFD",
    ] {
        assert!(warning.contains(part), "{warning}");
    }
    let all = page_texts(&pdf).concat();
    assert!(
        all.contains("Student labelled the poster ?? and drew ?; then TailMarker said the rest."),
        "{all}"
    );
    assert!(
        all.contains("Bell rang twice; we stopped."),
        "control characters are dropped: {all}"
    );
}

#[test]
fn an_observation_with_no_evidence_or_ratings_still_makes_a_report() {
    let mut observation = sample_observation("obs-000000000005", "edu-000000000001");
    observation.evidence.clear();
    observation.ratings.clear();
    observation.pre_conference.clear();
    observation.post_conference.clear();
    observation.reflection.clear();
    observation.context = teacher_eval::record::ClassContext::default();
    observation.status = Status::Draft;
    let pdf = render(&observation, "Nguyễn Thị Hương", &options());
    keep("empty", &pdf);
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
    assert!(pdf.pages <= 2, "{} pages", pdf.pages);
    let all = page_texts(&pdf).concat();
    for expected in [
        "Ratings",
        "No component was rated on a level in this observation.",
        "Strengths and areas for growth",
        "Too few components were rated",
        "Evidence",
        "No evidence was recorded.",
        "Conferences and reflection",
        "No pre-observation conference notes were recorded.",
        "No reflection was recorded.",
        "Status and signatures",
        "has not been shared with the educator yet",
        "Not recorded",
        "Page 1 of",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

#[test]
fn leaving_out_student_names_drops_those_notes_and_says_how_many() {
    let observation = sample_observation("obs-000000000006", "edu-000000000001");
    let with = page_texts(&render(&observation, "Nguyễn Thị Hương", &options())).concat();
    assert!(with.contains("How do you know"));
    let omit = ReportOptions {
        omit_student_names: true,
        ..options()
    };
    let pdf = render(&observation, "Nguyễn Thị Hương", &omit);
    keep("omit-student-names", &pdf);
    let without = page_texts(&pdf).concat();
    assert!(!without.contains("How do you know"), "{without}");
    assert!(!without.contains("Zoë answers"));
    assert!(without.contains("Ss move to stations"));
    assert!(
        without.contains("1 evidence note that names students was left out"),
        "{without}"
    );
}

#[test]
fn a_two_thousand_character_word_wraps_inside_the_margins() {
    let mut observation = sample_observation("obs-000000000007", "edu-000000000001");
    let word: String = "abcdefghij".repeat(200);
    observation.evidence.push(note(3, 30, &word, &["3b"]));
    observation.reflection = format!("Before {word} after");
    let pdf = render(&observation, "Nguyễn Thị Hương", &options());
    keep("long-word", &pdf);
    let all = page_texts(&pdf).concat();
    let letters: String = all.chars().filter(char::is_ascii_lowercase).collect();
    assert!(letters.matches(&"abcdefghij".repeat(5)).count() >= 2 * 200 / 5 - 4);
    // Every run starts inside the margins (54 pt) and its advance keeps it there.
    let (width, _) = Paper::Letter.size();
    let runs = text_positions(&pdf);
    assert!(runs.len() > 100);
    for (x, advance) in runs {
        assert!(
            x >= 53.9 && x + advance <= width - 53.9,
            "text at {x} + {advance} runs into the margin of a {width} pt page"
        );
    }
}

/// (x, width) of every text run: the `Td` position and the run's advance
/// from the font's `/W` widths, as a viewer lays it out.
fn text_positions(pdf: &Pdf) -> Vec<(f32, f32)> {
    use lopdf::{Object, content::Content};
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("lopdf reads the PDF");
    let mut runs = Vec::new();
    for page in doc.get_pages().values() {
        let fonts = doc.get_page_fonts(*page).expect("fonts");
        let widths: std::collections::BTreeMap<Vec<u8>, std::collections::BTreeMap<u16, f32>> =
            fonts
                .iter()
                .map(|(name, font)| (name.clone(), glyph_widths(&doc, font)))
                .collect();
        let content = Content::decode(&doc.get_page_content(*page)).expect("ops");
        let (mut font, mut size, mut x) = (Vec::new(), 0.0, 0.0);
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    font = op.operands[0].as_name().expect("font name").to_vec();
                    size = op.operands[1].as_float().expect("size");
                }
                "Td" => x = op.operands[0].as_float().expect("x"),
                "Tm" => x = op.operands[4].as_float().expect("x"),
                "Tj" | "TJ" => {
                    // Glyphs advance by their widths; a number in a TJ array moves back by it.
                    let glyph_width = |bytes: &[u8]| -> f32 {
                        bytes
                            .chunks(2)
                            .map(|g| {
                                let gid = u16::from_be_bytes([g[0], g[1]]);
                                widths[&font].get(&gid).copied().unwrap_or(0.0) * size / 1000.0
                            })
                            .sum()
                    };
                    let items = match &op.operands[0] {
                        Object::Array(items) => items.clone(),
                        string => vec![string.clone()],
                    };
                    let (mut pen, mut right) = (0.0_f32, 0.0_f32);
                    for item in &items {
                        match item {
                            Object::String(bytes, _) => pen += glyph_width(bytes),
                            number => pen -= number.as_float().expect("a kern") * size / 1000.0,
                        }
                        right = right.max(pen);
                    }
                    runs.push((x, right));
                }
                _ => {}
            }
        }
    }
    assert!(!runs.is_empty());
    runs
}

/// Glyph widths from a Type0 font's descendant `/W` array.
fn glyph_widths(
    doc: &lopdf::Document,
    font: &lopdf::Dictionary,
) -> std::collections::BTreeMap<u16, f32> {
    use lopdf::Object;
    let resolve = |o: &Object| -> Object {
        match o {
            Object::Reference(id) => doc.get_object(*id).expect("object").clone(),
            other => other.clone(),
        }
    };
    let mut widths = std::collections::BTreeMap::new();
    let Ok(descendants) = font.get(b"DescendantFonts") else {
        return widths;
    };
    let Object::Array(descendants) = resolve(descendants) else {
        return widths;
    };
    let Object::Dictionary(cid_font) = resolve(&descendants[0]) else {
        return widths;
    };
    let Ok(w) = cid_font.get(b"W") else {
        return widths;
    };
    let Object::Array(w) = resolve(w) else {
        return widths;
    };
    let mut i = 0;
    while i + 1 < w.len() {
        let first = u16::try_from(resolve(&w[i]).as_i64().expect("first gid")).expect("a u16 gid");
        match resolve(&w[i + 1]) {
            Object::Array(list) => {
                for (k, v) in list.iter().enumerate() {
                    widths.insert(
                        first + u16::try_from(k).expect("a u16 gid"),
                        resolve(v).as_float().expect("width"),
                    );
                }
                i += 2;
            }
            last => {
                let last = u16::try_from(last.as_i64().expect("last gid")).expect("a u16 gid");
                let width = resolve(&w[i + 2]).as_float().expect("width");
                for gid in first..=last {
                    widths.insert(gid, width);
                }
                i += 3;
            }
        }
    }
    widths
}

#[test]
fn without_its_rubric_the_report_shows_ids_and_says_why() {
    let observation = sample_observation("obs-000000000008", "edu-000000000001");
    let educator = sample_educator("edu-000000000001", "Nguyễn Thị Hương");
    let pdf = observation_report(
        &observation,
        &educator,
        None,
        &teacher_eval::rubric::VisitKind::unlisted(observation.kind),
        &options(),
    )
    .expect("a report");
    keep("no-rubric", &pdf);
    let all = page_texts(&pdf).concat();
    assert!(all.contains("Rubric not available"), "{all}");
    assert!(all.contains("danielson-2013"));
    assert!(all.contains("3b") && all.contains("Level 3"), "{all}");
    assert!(!all.contains("Using Questioning"));
}

#[test]
fn strengths_and_growth_come_from_the_highest_and_lowest_ratings() {
    let mut observation = sample_observation("obs-000000000009", "edu-000000000001");
    observation.ratings = [("2a", 4), ("2b", 3), ("3a", 2), ("3c", 2)]
        .iter()
        .map(|(c, s)| Rating {
            component: c.to_string(),
            level: RatingLevel::Level(*s),
            rationale: String::new(),
            evidence: vec![],
        })
        .collect();
    let all = page_texts(&render(&observation, "Nguyễn Thị Hương", &options())).concat();
    let strengths = all.find("Strengths").expect("strengths");
    let growth = all.find("Areas for growth").expect("growth");
    let respect = all
        .rfind("Creating an Environment of Respect and Rapport")
        .expect("2a");
    let engaging = all.rfind("Engaging Students in Learning").expect("3c");
    assert!(
        strengths < respect && respect < growth && growth < engaging,
        "{all}"
    );
    assert!(
        all.contains("4 components rated on a level: 1 Distinguished, 1 Proficient, 2 Basic."),
        "{all}"
    );
}

#[test]
fn paper_size_and_metadata_are_set() {
    let observation = sample_observation("obs-000000000010", "edu-000000000001");
    for (paper, width, height) in [(Paper::Letter, 612.0, 792.0), (Paper::A4, 595.28, 841.89)] {
        let pdf = render(
            &observation,
            "Nguyễn Thị Hương",
            &ReportOptions { paper, ..options() },
        );
        keep(&format!("paper-{paper:?}"), &pdf);
        let doc = lopdf::Document::load_mem(&pdf.bytes).expect("lopdf reads the PDF");
        for page in doc.get_pages().values() {
            let media = doc
                .get_dictionary(*page)
                .and_then(|d| d.get(b"MediaBox"))
                .and_then(|m| m.as_array())
                .expect("a media box");
            let w = media[2].as_float().expect("width");
            let h = media[3].as_float().expect("height");
            assert!(
                (w - width).abs() < 0.5 && (h - height).abs() < 0.5,
                "{paper:?}: {w} x {h}"
            );
        }
        let info = doc
            .trailer
            .get(b"Info")
            .and_then(lopdf::Object::as_reference)
            .and_then(|id| doc.get_dictionary(id))
            .expect("an info dictionary");
        let text = |key: &[u8]| {
            info.get(key)
                .ok()
                .and_then(|o| lopdf::decode_text_string(o).ok())
                .unwrap_or_default()
        };
        assert!(
            text(b"Title").contains("Nguyễn Thị Hương"),
            "{}",
            text(b"Title")
        );
        assert_eq!(text(b"Author"), "Dr. Renée Castellanos");
        // 14:05 at UTC-5 is 19:05 UTC, not 1970.
        let created = info
            .get(b"CreationDate")
            .and_then(|o| o.as_str())
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .expect("a creation date");
        assert!(created.starts_with("D:20261020190500"), "{created}");
    }
}

#[test]
fn a_three_page_report_is_small() {
    let mut observation = sample_observation("obs-000000000011", "edu-000000000001");
    observation.evidence = (0..40)
        .map(|i| note(i + 1, i, "Students explain how they compared fractions; the teacher asks why the number line helps.", &["3b", "3c"]))
        .collect();
    let pdf = render(&observation, "Nguyễn Thị Hương", &options());
    assert!(pdf.pages >= 3, "{} pages", pdf.pages);
    assert!(pdf.bytes.len() < 200 * 1024, "{} bytes", pdf.bytes.len());
}

#[test]
fn saving_is_atomic_and_refuses_folders_and_missing_folders() {
    let observation = sample_observation("obs-000000000012", "edu-000000000001");
    let pdf = render(&observation, "Nguyễn Thị Hương", &options());
    let dir = tempfile::tempdir().expect("tempdir");

    let good = dir
        .path()
        .join("2026-10-14 Observation - Nguyễn Thị Hương.pdf");
    save_pdf(&good, &pdf).expect("saved");
    assert_eq!(std::fs::read(&good).expect("read"), pdf.bytes);

    let missing = dir.path().join("no such folder").join("report.pdf");
    let error = save_pdf(&missing, &pdf)
        .expect_err("a missing folder fails")
        .to_string();
    assert!(error.contains("does not exist"), "{error}");
    assert!(!missing.exists() && !missing.parent().expect("parent").exists());

    let folder = dir.path().join("a folder.pdf");
    std::fs::create_dir(&folder).expect("mkdir");
    let error = save_pdf(&folder, &pdf)
        .expect_err("a folder fails")
        .to_string();
    assert!(error.contains("folder"), "{error}");
    assert!(folder.is_dir());

    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "no temporary files are left: {names:?}");
}

#[test]
fn hostile_text_neither_panics_nor_hangs() {
    let mut observation = sample_observation("obs-000000000013", "edu-000000000001");
    let nasty = "\u{0000}\u{202E}\u{FEFF}x\u{0301}\u{0301}\t\r\n".repeat(2000);
    observation
        .evidence
        .push(note(3, 40, &"y".repeat(200_000), &["3b", "", " ", "3B"]));
    observation
        .evidence
        .push(note(4, 41, &"word ".repeat(30_000), &[]));
    observation
        .evidence
        .push(note(5, 42, &nasty, &["\u{0000}"]));
    observation.observer = "\u{0007}".into();
    observation.context.students = Some(u32::MAX);
    observation.duration_secs = u64::MAX;
    observation.ratings.push(Rating {
        component: "🙂".into(),
        level: RatingLevel::Level(u32::MAX),
        rationale: nasty.clone(),
        evidence: vec![],
    });
    let start = std::time::Instant::now();
    let pdf = render(&observation, &"Ω".repeat(5000), &options());
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
    keep("hostile", &pdf);
    assert!(pdf.pages > 50, "{}", pdf.pages);
    assert_eq!(
        pdf.warnings.len(),
        1,
        "the emoji is reported: {:?}",
        pdf.warnings
    );
}

#[test]
fn an_acknowledgement_prints_the_time_it_was_recorded_at() {
    let mut observation = sample_observation("obs-000000000003", "edu-000000000001");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    let time = teacher_eval::record::parse_time("6:00 AM").expect("a time");
    observation.status = Status::Shared {
        at: at("2026-11-30T15:00:00-05:00"),
    }
    .acknowledged("Zoë Brontë-Øster", date, time)
    .expect("acknowledged");
    let all = page_texts(&render(&observation, "Nguyễn Thị Hương", &options()))
        .concat()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        all.contains("Receipt acknowledged by Zoë Brontë-Øster on December 1, 2026 at 6:00 AM."),
        "{all}"
    );
}
