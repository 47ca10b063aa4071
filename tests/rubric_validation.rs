//! Rubrics of other shapes load; bad files give one clear sentence with a position.

mod common;

use common::five_level_rubric;
use teacher_eval::rubric::{Catalog, RubricError, parse_rubric};

fn errors(bytes: &[u8]) -> Vec<RubricError> {
    match parse_rubric("bad.ron", bytes) {
        Ok(r) => panic!("expected errors, got rubric {}", r.id),
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in &errors {
                let shown = e.to_string();
                assert!(shown.starts_with("bad.ron:"), "{shown}");
                assert!(e.position.line >= 1 && e.position.column >= 1, "{shown}");
                assert!(!shown.contains('\n'), "one line: {shown}");
            }
            errors
        }
    }
}

#[test]
fn other_counts_load_and_validate() {
    let r = parse_rubric("five.ron", five_level_rubric().as_bytes()).expect("valid");
    assert_eq!(r.domains.len(), 3);
    assert_eq!(r.levels.len(), 5);
    assert_eq!(r.components().count(), 6);
    assert_eq!(r.level(0).map(|l| l.name.as_str()), Some("Not Yet"));
}

#[test]
fn truncated_file_names_the_end() {
    let full = include_str!("../rubrics/danielson-2013.ron");
    let half = &full[..full.len() / 2];
    let at_line = &half[..half.rfind('\n').unwrap_or(0)];
    let e = errors(at_line.as_bytes());
    assert!(e[0].message.contains("ends too early"), "{}", e[0]);
    assert!(e[0].position.line > 10);
    // Cut inside a string: the open string is what is reported.
    let in_string = &half[..half.rfind('"').unwrap_or(0) - 3];
    let e = errors(in_string.as_bytes());
    assert!(e[0].message.contains("string is not closed"), "{}", e[0]);
}

#[test]
fn empty_file() {
    let e = errors(b"");
    assert_eq!(
        e[0].to_string(),
        "bad.ron:1:1: the file is empty; expected a RON rubric starting with `Rubric(`"
    );
    errors(b"   \n\n  ");
}

#[test]
fn random_bytes() {
    // A fixed pseudo-random sequence, so the test is repeatable.
    let mut x: u32 = 0x1234_5678;
    let mut bytes = Vec::new();
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push((x & 0xff) as u8);
    }
    let e = errors(&bytes);
    assert!(e[0].message.contains("not UTF-8"), "{}", e[0]);
    // Random ASCII text is reported as a syntax problem instead.
    let ascii: Vec<u8> = bytes.iter().map(|b| b' ' + b % 90).collect();
    errors(&ascii);
}

#[test]
fn deeply_nested_parentheses_do_not_overflow_the_stack() {
    let text = "(".repeat(200_000);
    errors(text.as_bytes());
    let inside = format!("Rubric(schema: 1, id: {})", "(".repeat(200_000));
    errors(inside.as_bytes());
    let lists = format!(
        "Rubric(schema: 1, id: \"x\", title: \"t\", edition: \"e\", role: (id: \"r\", name: \"n\"), attribution: \"a\", levels: {}",
        "[".repeat(200_000)
    );
    errors(lists.as_bytes());
}

#[test]
fn wrong_type_names_the_position() {
    let text = five_level_rubric().replacen("schema: 1", "schema: \"one\"", 1);
    let e = errors(text.as_bytes());
    assert!(e[0].message.contains("whole number"), "{}", e[0]);
    // Points at the value: `Rubric(schema: "one"` has its quote in column 16.
    assert_eq!((e[0].position.line, e[0].position.column), (1, 16));
}

#[test]
fn duplicated_id_is_found_where_it_repeats() {
    let text = five_level_rubric()
        .replacen("id: \"B2\"", "id: \"A1\"", 1)
        .replace(", (id: ", ",\n(id: ");
    let e = errors(text.as_bytes());
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].message.contains("`A1` is used more than once"),
        "{}",
        e[0]
    );
    let line = text.lines().nth(e[0].position.line - 1).unwrap_or_default();
    assert!(
        line[..].contains("\"A1\""),
        "points at the second A1: {line}"
    );
    assert!(e[0].position.line > 2);
}

#[test]
fn missing_level_descriptor() {
    let text = five_level_rubric().replacen(", 4: \"e\"}", "}", 1);
    let e = errors(text.as_bytes());
    assert_eq!(e.len(), 1);
    assert!(
        e[0].message
            .contains("component `A1` has no descriptor for level 4 (Exemplary)"),
        "{}",
        e[0]
    );
}

#[test]
fn other_rules() {
    let unordered = five_level_rubric().replacen("score: 3", "score: 1", 1);
    assert!(
        errors(unordered.as_bytes())
            .iter()
            .any(|e| e.message.contains("must increase"))
    );
    let empty_name = five_level_rubric().replacen("name: \"Component C2\"", "name: \" \"", 1);
    assert!(
        errors(empty_name.as_bytes())
            .iter()
            .any(|e| e.message.contains("empty name"))
    );
    let no_domains = five_level_rubric();
    let cut = no_domains.find("domains: [").unwrap_or(0);
    let no_domains = format!("{}domains: [])", &no_domains[..cut]);
    assert!(
        errors(no_domains.as_bytes())
            .iter()
            .any(|e| e.message.contains("no domains"))
    );
    let unknown = five_level_rubric().replacen("edition:", "editon:", 1);
    assert!(
        errors(unknown.as_bytes())[0]
            .message
            .contains("unknown field `editon`")
    );
    let spaced = five_level_rubric().replacen("id: \"A1\"", "id: \"A 1\"", 1);
    assert!(
        errors(spaced.as_bytes())[0]
            .message
            .contains("must be letters")
    );
}

#[test]
fn a_bad_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("broken.ron"), "Rubric(schema: 1,").expect("write");
    std::fs::write(dir.path().join("five.ron"), five_level_rubric()).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not a rubric").expect("write");
    let catalog = Catalog::load(&[dir.path().to_path_buf()]);
    assert!(catalog.get("district-five").is_some());
    assert!(catalog.get("danielson-2013").is_some());
    assert_eq!(catalog.errors.len(), 1);
    assert!(catalog.errors[0].file.ends_with("broken.ron"));
}

#[test]
fn user_rubric_replaces_a_bundled_one_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = five_level_rubric().replacen("id: \"district-five\"", "id: \"danielson-2013\"", 1);
    std::fs::write(dir.path().join("mine.ron"), &mine).expect("write");
    std::fs::write(dir.path().join("other.ron"), &mine).expect("write");
    let catalog = Catalog::load(&[dir.path().to_path_buf()]);
    let entry = catalog.get("danielson-2013").expect("present");
    assert_eq!(entry.rubric.levels.len(), 5, "the user's file wins");
    assert!(entry.replaced.is_some());
    // The same id twice in one folder: the first by name wins, the second is reported.
    assert_eq!(catalog.errors.len(), 1);
    assert!(
        catalog.errors[0].message.contains("already used by"),
        "{}",
        catalog.errors[0]
    );
    assert_eq!(catalog.entries.len(), 3);
}

/// A crosswalk is optional: a rubric without one reads as before, and a
/// component naming its nearest framework component needs the rubric to say
/// which rubric that is.
#[test]
fn a_nearest_component_needs_the_rubric_it_is_in() {
    assert!(parse_rubric("five.ron", five_level_rubric().as_bytes()).is_ok());
    let named =
        five_level_rubric().replacen("id: \"A1\",", "id: \"A1\", nearest: Some(\"2a\"),", 1);
    let e = errors(named.as_bytes());
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].message.contains("names no `crosswalk`"), "{}", e[0]);
    let walked = named.replacen(
        "attribution:",
        "crosswalk: Some(\"danielson-2013\"), attribution:",
        1,
    );
    let read = parse_rubric("walked.ron", walked.as_bytes()).expect("reads");
    assert_eq!(read.crosswalk.as_deref(), Some("danielson-2013"));
    let bad = walked.replacen("Some(\"2a\")", "Some(\"2 a\")", 1);
    assert!(errors(bad.as_bytes())[0].message.contains("is not an id"));
}
