//! Look-for forms: the bundled ones load against their rubrics, and a bad
//! form is refused in one sentence with the position of what is wrong.

use teacher_eval::rubric::{AnswerKind, Catalog, RubricError, parse_lookfor};

fn bundled() -> Catalog {
    Catalog::load(&[])
}

fn refused(text: &str) -> RubricError {
    let catalog = bundled();
    match parse_lookfor("form.ron", text.as_bytes(), |id| {
        catalog.get(id).map(|e| &e.rubric)
    }) {
        Ok(form) => panic!("expected a refusal, got the form {}", form.id),
        Err(e) => {
            let shown = e.to_string();
            assert!(shown.starts_with("form.ron:"), "{shown}");
            assert!(!shown.contains('\n'), "one line: {shown}");
            e
        }
    }
}

const GOOD: &str = r#"LookForForm(
    schema: 1,
    id: "ours",
    name: "Our walkthrough",
    rubric: "danielson-2013",
    source: "Our district",
    items: [
        LookFor(
            id: "target",
            text: "The target is posted",
            answer: YesPartlyNo,
            components: ["3a"],
        ),
        LookFor(
            id: "engaged",
            text: "Students engaged",
            answer: Scale(["Few", "Most", "All"]),
            components: ["3c", "2b"],
        ),
    ],
)"#;

#[test]
fn the_bundled_forms_load_and_name_real_components() {
    let catalog = bundled();
    assert!(catalog.errors.is_empty(), "{:?}", catalog.errors);
    let ids: Vec<&str> = catalog
        .lookfors
        .iter()
        .map(|e| e.form.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "classroom-walkthrough",
            "classroom-walkthrough-2022",
            "technology-site-visit"
        ]
    );
    for entry in &catalog.lookfors {
        let rubric = &catalog.get(&entry.form.rubric).expect("its rubric").rubric;
        for item in &entry.form.items {
            for c in &item.components {
                assert!(rubric.component(c).is_some(), "{} {c}", entry.form.id);
            }
        }
        assert!(entry.form.items.len() <= 10, "a walkthrough is short");
        assert_eq!(entry.fingerprint.len(), 32);
    }
    assert_eq!(
        catalog.lookfors_for("edtech-coordinator").count(),
        1,
        "the coordinators' site visit"
    );
}

#[test]
fn a_good_form_loads() {
    let catalog = bundled();
    let form = parse_lookfor("ours.ron", GOOD.as_bytes(), |id| {
        catalog.get(id).map(|e| &e.rubric)
    })
    .expect("loads");
    assert_eq!(form.items.len(), 2);
    assert_eq!(
        form.items[1].answer,
        AnswerKind::Scale(vec!["Few".into(), "Most".into(), "All".into()])
    );
    assert_eq!(form.components(), ["3a", "3c", "2b"]);
}

#[test]
fn a_component_the_rubric_lacks_is_refused_where_it_is_written() {
    let e = refused(&GOOD.replace(r#"["3c", "2b"]"#, r#"["3c", "9z"]"#));
    assert_eq!(e.message, "the rubric danielson-2013 has no component `9z`");
    // Line 18: the second item's components; the column of "9z".
    assert_eq!((e.position.line, e.position.column), (18, 32), "{e}");
}

#[test]
fn other_mistakes_are_refused_with_their_place() {
    let cases = [
        (
            GOOD.replace("danielson-2013", "no-such-rubric"),
            "not loaded",
            5,
        ),
        (
            GOOD.replace(r#"id: "engaged""#, r#"id: "target""#),
            "two items",
            15,
        ),
        (
            GOOD.replace(r#"["Few", "Most", "All"]"#, r#"["Only"]"#),
            "2 to 10 labels",
            17,
        ),
        (
            GOOD.replace(r#"components: ["3a"]"#, "components: []"),
            "at least one component",
            12,
        ),
        (
            GOOD.replace(r#"text: "The target is posted""#, r#"text: " ""#),
            "text is 1 to",
            10,
        ),
        (
            GOOD.replace("schema: 1", "schema: 9"),
            "format version 9",
            2,
        ),
        (GOOD.replace("YesPartlyNo", "Maybe"), "", 11),
    ];
    for (text, says, line) in cases {
        let e = refused(&text);
        assert!(e.message.contains(says), "{e}");
        assert_eq!(e.position.line, line, "{e}");
    }
}

#[test]
fn hostile_bytes_are_refused_not_panicked_on() {
    for bytes in [
        &b""[..],
        b"\xff\xfe",
        b"LookForForm(",
        b"((((((((((((((((((((((((((((((((((((((((",
        b"LookForForm(schema: 1, id: \"../x\", name: \"n\", rubric: \"danielson-2013\", source: \"\", items: [])",
    ] {
        let catalog = bundled();
        let got = parse_lookfor("form.ron", bytes, |id| catalog.get(id).map(|e| &e.rubric));
        assert!(got.is_err());
    }
    let big = vec![b' '; 200 * 1024];
    let e = parse_lookfor("form.ron", &big, |_| None).expect_err("too big");
    assert!(e.message.contains("more than a look-for form"), "{e}");
}

#[test]
fn a_districts_form_in_its_folder_loads_and_replaces_one_bundled() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("lookfors")).expect("mkdir");
    let ours = GOOD.replace(r#"id: "ours""#, r#"id: "classroom-walkthrough""#);
    std::fs::write(dir.path().join("lookfors/ours.ron"), ours).expect("write");
    std::fs::write(dir.path().join("lookfors/bad.ron"), "LookForForm(").expect("write");
    let catalog = Catalog::load(&[dir.path().to_path_buf()]);
    let entry = catalog.lookfor("classroom-walkthrough").expect("loaded");
    assert_eq!(entry.form.name, "Our walkthrough");
    assert_eq!(catalog.errors.len(), 1, "{:?}", catalog.errors);
    assert!(catalog.errors[0].file.ends_with("bad.ron"));
}

#[test]
fn a_districts_replacement_rubric_leaves_out_the_bundled_forms_that_no_longer_fit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bundled = bundled();
    let mut rubric = bundled
        .get("danielson-2013")
        .expect("bundled")
        .rubric
        .clone();
    for domain in &mut rubric.domains {
        domain.components.retain(|c| c.id != "3a");
    }
    let text = ron::ser::to_string_pretty(&rubric, ron::ser::PrettyConfig::default()).expect("ron");
    std::fs::write(dir.path().join("ours.ron"), text).expect("write");
    let catalog = Catalog::load(&[dir.path().to_path_buf()]);
    assert!(catalog.errors.is_empty(), "{:?}", catalog.errors);
    assert!(
        catalog.lookfor("classroom-walkthrough").is_none(),
        "it names 3a"
    );
    assert!(catalog.lookfor("classroom-walkthrough-2022").is_some());
}
