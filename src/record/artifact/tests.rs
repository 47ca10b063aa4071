use super::*;
use crate::record::trail::{self, Author};
use crate::record::{Observation, Status};

/// A fixture's observation, as a draft.
fn observation() -> Observation {
    let mut o: Observation = ron::from_str(include_str!(
        "../../../tests/fixtures/workspace-v1/observations/obs-04f88d3771a6.ron"
    ))
    .expect("the fixture reads");
    o.status = Status::Draft;
    o.trail = crate::record::Trail::default();
    o
}

fn artifact(sha: char, size: u64) -> Artifact {
    Artifact {
        sha256: sha.to_string().repeat(64),
        file_name: "Unit plan.pdf".into(),
        size,
        kind: FileKind::Pdf,
        caption: "  Unit plan for fractions ".into(),
        components: vec!["1e".into()],
        supplied_by: Supplier::Evaluator,
        added_by: "Dana Principal".into(),
        added_at: crate::record::now(),
    }
}

#[test]
fn attaching_keeps_one_entry_per_file_within_the_limits() {
    let mut o = observation();
    attach(&mut o, artifact('a', 10)).expect("attached");
    assert_eq!(o.artifacts[0].caption, "Unit plan for fractions");
    assert_eq!(
        attach(&mut o, artifact('a', 10)),
        Err(ArtifactError::AlreadyAttached {
            what: "observation",
            number: 1
        })
    );
    assert!(matches!(
        attach(&mut o, artifact('b', MAX_ARTIFACT_BYTES + 1)),
        Err(ArtifactError::TooLarge { .. })
    ));
    for sha in ['b', 'c', 'd'] {
        attach(&mut o, artifact(sha, MAX_ARTIFACT_BYTES)).expect("within the record's total");
    }
    assert!(matches!(
        attach(&mut o, artifact('e', MAX_ARTIFACT_BYTES)),
        Err(ArtifactError::RecordFull { .. })
    ));
    let mut bad = artifact('f', 1);
    bad.sha256 = "../../etc/passwd".into();
    assert!(matches!(
        attach(&mut o, bad),
        Err(ArtifactError::BadHash(_))
    ));
}

#[test]
fn an_artifact_is_found_by_number_or_by_the_start_of_its_hash() {
    let mut o = observation();
    attach(&mut o, artifact('a', 1)).expect("attached");
    attach(&mut o, artifact('b', 1)).expect("attached");
    assert_eq!(find(&o, "2"), Ok(1));
    assert_eq!(find(&o, "AAAA"), Ok(0));
    assert!(matches!(find(&o, "3"), Err(ArtifactError::NotFound { .. })));
    assert!(matches!(
        find(&o, "ab"),
        Err(ArtifactError::NotFound { .. })
    ));
    assert!(matches!(
        find(&o, "cccc"),
        Err(ArtifactError::NotFound { .. })
    ));
}

#[test]
fn once_shared_adding_and_removing_are_amendments_and_removing_needs_a_reason() {
    let draft = observation();
    let mut shared = draft.clone();
    shared.status = Status::Shared {
        at: crate::record::now(),
    };
    let author = Author {
        name: "Dana Principal".into(),
        reason: String::new(),
        at: crate::record::now(),
    };
    trail::settle(&draft, &mut shared, &author, 0, "observation", None).expect("shared");
    let mut next = shared.clone();
    attach(&mut next, artifact('a', 1)).expect("attached");
    trail::settle(&shared, &mut next, &author, 0, "observation", None).expect("settled");
    let added = next.trail.amendments.last().expect("an amendment");
    assert_eq!(added.field, format!("Artifact {}", "a".repeat(12)));
    assert!(added.old.is_empty() && added.new.contains("Unit plan.pdf"));
    assert!(added.new.contains("components 1e"), "{}", added.new);

    let mut removed = next.clone();
    assert_eq!(
        detach(&mut removed, 0, " "),
        Err(ArtifactError::ReasonRequired {
            what: "observation"
        })
    );
    detach(&mut removed, 0, "attached to the wrong visit").expect("removed");
    let why = Author {
        reason: "attached to the wrong visit".into(),
        ..author
    };
    let from = removed.trail.amendments.len();
    trail::settle(&next, &mut removed, &why, from, "observation", None).expect("settled");
    let gone = removed.trail.amendments.last().expect("an amendment");
    assert!(gone.new.is_empty() && gone.old.contains("SHA-256"));
    assert_eq!(gone.reason, "attached to the wrong visit");
}

#[test]
fn an_observation_without_artifacts_writes_as_before() {
    let o = observation();
    let text = ron::ser::to_string_pretty(&o, ron::ser::PrettyConfig::default()).expect("text");
    assert!(!text.contains("artifacts"));
    assert_eq!(trail::fingerprint(&o), trail::fingerprint(&o.content()));
}

#[test]
fn components_are_the_rubrics_own_ids_and_an_unknown_one_lists_them() {
    let catalog = crate::rubric::Catalog::load(&[]);
    let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
    let ids = resolve_components(rubric, &["1E".into(), "4a, 1e".into()]).expect("known");
    assert_eq!(ids, ["1e", "4a"]);
    let err = resolve_components(rubric, &["9z".into()]).expect_err("unknown");
    assert!(err.to_string().contains("no component `9z`"), "{err}");
    assert!(err.to_string().contains("1a, 1b"), "{err}");
}
