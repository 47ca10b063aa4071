//! The same input in the shapes people's tools write it: a byte-order mark,
//! Windows or old Mac line ends, a column given twice, names in any case of
//! any script. Each reads as what was meant, or is refused in a sentence.

mod common;

use common::sample_educator;
use teacher_eval::record::roster::{Mapping, read_roster};
use teacher_eval::rubric::Catalog;
use teacher_eval::workspace::{Apply, Workspace, apply_roster, encode, plan_roster};

const HEADER: &str = "name,school,role,level";

fn rows(end: &str) -> Vec<u8> {
    let lines = [
        HEADER,
        "Ngozi Adébáyọ̀,Maple Grove Elementary,teacher,elementary",
        "Kwame Mensah,Jefferson Middle School,janitor,middle",
        "",
        "Søren Ødegård,Westfield High School,teacher,high",
        "Aroha Ngata,Lakeside High School,teacher,university",
    ];
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(lines.join(end).as_bytes());
    bytes.extend_from_slice(end.as_bytes());
    bytes
}

#[test]
fn a_roster_reads_the_same_with_any_line_end_and_a_byte_order_mark() {
    let catalog = Catalog::load(&[]);
    for end in ["\n", "\r\n", "\r"] {
        let roster = read_roster(
            &rows(end),
            &catalog,
            &Mapping::default(),
            teacher_eval::record::now(),
        )
        .unwrap_or_else(|e| panic!("{end:?}: {e}"));
        let names: Vec<&str> = roster
            .entries
            .iter()
            .map(|e| e.educator.name.as_str())
            .collect();
        assert_eq!(names, ["Ngozi Adébáyọ̀", "Søren Ødegård"], "{end:?}");
        let lines: Vec<u64> = roster.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 6], "bad rows by their line, {end:?}");
    }
}

#[test]
fn a_column_given_twice_is_refused_in_a_sentence() {
    let catalog = Catalog::load(&[]);
    let bytes = b"name,school,role,level,Name\nA,B,teacher,high,C\n";
    let error = read_roster(
        bytes,
        &catalog,
        &Mapping::default(),
        teacher_eval::record::now(),
    )
    .expect_err("refused");
    assert!(error.contains("`Name` is there twice"), "{error}");
}

#[test]
fn an_educator_in_another_case_of_any_script_is_not_added_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let mut e = sample_educator("edu-000000000001", "İlker Şahin");
    e.school = "Ørsted Skole".into();
    ws.create(&e).expect("save");
    let roster = "name,school,role,level\n\
                  İLKER ŞAHİN,ØRSTED SKOLE,teacher,high\n\
                  Hans Strauß,Nordschule,teacher,high\n\
                  HANS STRAUSS,NORDSCHULE,teacher,high\n";
    let existing = ws.load().educators;
    let catalog = Catalog::load(&[]);
    let plan =
        plan_roster(roster.as_bytes(), &catalog, &Mapping::default(), &existing).expect("a roster");
    let report = apply_roster(&ws, &plan, &Apply::default()).expect("imports");
    assert_eq!(report.imported, 1, "{report:?}");
    // İLKER ŞAHİN is the educator kept (a change of level, not applied);
    // HANS STRAUSS is the row before him again.
    assert_eq!(report.not_updated, 1, "{report:?}");
    assert_eq!(report.errors.len(), 1, "{report:?}");
    assert!(
        report.errors[0]
            .message
            .contains("the same educator as line 3")
    );
}

#[test]
fn a_record_file_with_a_byte_order_mark_and_windows_line_ends_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let e = sample_educator("edu-000000000001", "Zoë Brontë");
    {
        Workspace::open(dir.path()).expect("open");
    }
    let text = encode(&e).expect("encode").replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    std::fs::write(dir.path().join("educators/edu-000000000001.ron"), bytes).expect("write");
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.educators, vec![e]);
}

#[test]
fn a_rubric_with_a_byte_order_mark_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(common::five_level_rubric().replace('\n', "\r\n").as_bytes());
    std::fs::write(dir.path().join("district.ron"), bytes).expect("write");
    let catalog = Catalog::load(&[dir.path().to_path_buf()]);
    assert!(catalog.errors.is_empty(), "{:?}", catalog.errors);
    let rubric = &catalog.get("district-five").expect("loaded").rubric;
    assert!(rubric.component("a1").is_some(), "ids match in any case");
}

#[test]
fn an_id_of_another_kind_is_set_aside_and_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        Workspace::open(dir.path()).expect("open");
    }
    let mut o = common::sample_observation("obs-000000000001", "edu-000000000001");
    o.id = "edu-000000000009".into();
    let text = teacher_eval::workspace::encode(&o).expect("encode");
    let path = dir.path().join("observations/edu-000000000009.ron");
    std::fs::write(&path, &text).expect("write");
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.observations.is_empty());
    let said = &contents.set_aside[0].message;
    assert!(said.contains("observation ids start with `obs-`"), "{said}");
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), text);
}

#[test]
fn a_component_rated_twice_counts_once_and_is_said() {
    use teacher_eval::record::{RatingLevel, RatingPoint};
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    ws.create(&sample_educator("edu-000000000001", "Amina Haddad"))
        .expect("save");
    let mut o = common::sample_observation("obs-000000000001", "edu-000000000001");
    let mut again = o.ratings[0].clone();
    again.component = again.component.to_uppercase();
    again.level = RatingLevel::Level(1);
    o.ratings.push(again);
    ws.create(&o).expect("save");
    let contents = ws.load();
    assert!(
        contents
            .warnings
            .iter()
            .any(|w| w.contains("more than once")),
        "{:?}",
        contents.warnings
    );
    let points = RatingPoint::from_observations(&contents.observations);
    let first = &o.ratings[0];
    let of_it: Vec<_> = points
        .iter()
        .filter(|p| teacher_eval::text::same_text(&p.component, &first.component))
        .collect();
    assert_eq!(of_it.len(), 1, "{points:?}");
    assert_eq!(
        RatingLevel::Level(of_it[0].level),
        first.level,
        "the first is used"
    );
}
