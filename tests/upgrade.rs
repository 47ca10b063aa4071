//! A workspace written by an earlier version opens with nothing set aside or
//! lost (tests/fixtures/workspace-v1 was written before records kept
//! versions and amendments).

mod common;

use std::path::Path;

use teacher_eval::workspace::Workspace;

const FIXTURE: &str = "tests/fixtures/workspace-v1";

/// A private copy, so the test never changes the fixture.
fn copy_fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(Path::new(FIXTURE), dir.path());
    dir
}

#[test]
fn a_workspace_of_format_one_opens_whole() {
    let dir = copy_fixture();
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.educators.len(), 4);
    assert_eq!(contents.observations.len(), 9);
    assert_eq!(contents.summatives.len(), 2);
    assert_eq!(contents.growth_plans.len(), 2);
    let notes: usize = contents.observations.iter().map(|o| o.evidence.len()).sum();
    assert_eq!(notes, 236, "every evidence note is read");
}

/// Student measures (profile format 2) came after this fixture: its
/// evaluations must read and write back exactly as they were, and the
/// finalised one keeps its stored result, which is a practice rating.
#[test]
fn evaluations_from_before_student_measures_keep_their_form_and_result() {
    use teacher_eval::record::Summative;
    use teacher_eval::scoring::{Profiles, score};

    let dir = copy_fixture();
    let contents = Workspace::open(dir.path()).expect("open").load();
    for summative in &contents.summatives {
        let path = Path::new(FIXTURE)
            .join("evaluations")
            .join(format!("{}.ron", summative.id));
        let written = std::fs::read_to_string(&path).expect("fixture file");
        let again = teacher_eval::workspace::encode(summative).expect("encodes");
        assert_eq!(again, written, "{} is written back unchanged", summative.id);
    }
    let finalised: &Summative = contents
        .summatives
        .iter()
        .find(|s| s.finalized.is_some())
        .expect("a finalised evaluation");
    let kept = finalised.finalized.as_ref().expect("finalised");
    assert!(kept.measures.is_none() && kept.final_rating.is_none());
    let educator = contents
        .educator(&finalised.educator_id)
        .expect("its educator");
    let catalog = teacher_eval::rubric::Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let scored = score(
        finalised,
        educator,
        &contents.observations,
        &contents.measures,
        &catalog,
        &profiles,
    )
    .expect("scores");
    assert!(scored.frozen);
    assert_eq!(
        scored.outcome.score, kept.score,
        "the stored practice score"
    );
    assert_eq!(
        scored.outcome.rating.as_ref().map(|r| r.0.as_str()),
        kept.rating.as_deref()
    );
    assert_eq!(scored.result.score, None, "no final rating is invented");
}

/// Self-assessments came after this fixture: it has no such folder, opens
/// with nothing set aside, reads none, and every record it holds is
/// written back byte for byte.
#[test]
fn a_workspace_from_before_self_assessments_opens_as_before() {
    let dir = copy_fixture();
    assert!(!Path::new(FIXTURE).join("self-assessments").exists());
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert!(contents.self_assessments.is_empty());
    assert!(contents.warnings.is_empty(), "{:?}", contents.warnings);
    let again = |folder: &str, id: &str, text: String| {
        let path = Path::new(FIXTURE).join(folder).join(format!("{id}.ron"));
        assert_eq!(
            text,
            std::fs::read_to_string(&path).expect("fixture"),
            "{id}"
        );
    };
    for e in &contents.educators {
        again(
            "educators",
            &e.id,
            teacher_eval::workspace::encode(e).expect("encodes"),
        );
    }
    for o in &contents.observations {
        again(
            "observations",
            &o.id,
            teacher_eval::workspace::encode(o).expect("encodes"),
        );
    }
    for p in &contents.growth_plans {
        again(
            "growth-plans",
            &p.id,
            teacher_eval::workspace::encode(p).expect("encodes"),
        );
    }
}
/// Artifacts came after `workspace-v1`: its records, which have none, must
/// write back byte for byte and keep the fingerprints their trails name.
#[test]
fn records_from_before_artifacts_write_back_unchanged() {
    use teacher_eval::record::trail::fingerprint;
    let dir = copy_fixture();
    let contents = Workspace::open(dir.path()).expect("open").load();
    for o in &contents.observations {
        let path = Path::new(FIXTURE)
            .join("observations")
            .join(format!("{}.ron", o.id));
        let written = std::fs::read_to_string(&path).expect("fixture file");
        let again = teacher_eval::workspace::encode(o).expect("encodes");
        assert_eq!(again, written, "{} is written back unchanged", o.id);
        if let Some(acknowledged) = &o.trail.acknowledged {
            assert_eq!(acknowledged.fingerprint, fingerprint(o), "{}", o.id);
        }
    }
    for p in &contents.growth_plans {
        let path = Path::new(FIXTURE)
            .join("growth-plans")
            .join(format!("{}.ron", p.id));
        let written = std::fs::read_to_string(&path).expect("fixture file");
        assert_eq!(
            teacher_eval::workspace::encode(p).expect("encodes"),
            written
        );
    }
}

/// A workspace written when artifacts came reads whole: the entry, its
/// amendment, and the file checked against its hash; and it writes back
/// byte for byte.
#[test]
fn a_workspace_with_artifacts_opens_whole_and_writes_back_unchanged() {
    use teacher_eval::workspace::BlobState;
    use teacher_eval::workspace::artifacts::blob_state;
    const WITH_ARTIFACTS: &str = "tests/fixtures/workspace-artifacts-v1";
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(Path::new(WITH_ARTIFACTS), dir.path());
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    let o = &contents.observations[0];
    let artifact = &o.artifacts[0];
    assert_eq!(artifact.file_name, "Pinch pots unit plan.pdf");
    assert_eq!(artifact.components, ["1e"]);
    assert_eq!(blob_state(dir.path(), &artifact.sha256), BlobState::Present);
    assert!(
        o.trail.amendments.iter().any(
            |a| a.field.starts_with("Artifact ") && a.reason == "Shared at the post-conference"
        )
    );
    let path = Path::new(WITH_ARTIFACTS)
        .join("observations")
        .join(format!("{}.ron", o.id));
    let written = std::fs::read_to_string(&path).expect("fixture file");
    assert_eq!(
        teacher_eval::workspace::encode(o).expect("encodes"),
        written
    );
}

/// Roster ids on educators and the roster mapping in the settings came
/// after this fixture: educators and a settings file written before them
/// read and write back byte for byte, and what is new reads back the same.
#[test]
fn educators_and_settings_from_before_rosters_write_back_unchanged() {
    use teacher_eval::record::roster::{Mapping, NameOrder};

    let dir = copy_fixture();
    std::fs::copy(
        "tests/fixtures/settings-before-rosters.ron",
        dir.path().join("settings.ron"),
    )
    .expect("copy the settings");
    let workspace = Workspace::open(dir.path()).expect("open");
    let contents = workspace.load();
    for educator in &contents.educators {
        let path = Path::new(FIXTURE)
            .join("educators")
            .join(format!("{}.ron", educator.id));
        let written = std::fs::read_to_string(&path).expect("fixture file");
        let again = teacher_eval::workspace::encode(educator).expect("encodes");
        assert_eq!(again, written, "{} is written back unchanged", educator.id);
        assert!(educator.roster_ids.is_empty());
    }
    let mut settings = contents.settings;
    assert!(settings.roster.is_empty());
    workspace.save_settings(&settings).expect("saved");
    let before = std::fs::read("tests/fixtures/settings-before-rosters.ron").expect("fixture");
    let after = std::fs::read(dir.path().join("settings.ron")).expect("written");
    assert_eq!(after, before, "the settings are written back byte for byte");

    let mut mapping = Mapping {
        name_order: NameOrder::FamilyGiven,
        ..Mapping::default()
    };
    mapping.set_column("Job Title=role").expect("a column");
    *settings.roster = mapping.clone();
    workspace.save_settings(&settings).expect("saved");
    let mut educator = contents.educators[0].clone();
    educator.roster_ids.employee_id = "E-1001".into();
    workspace.save(&educator).expect("saved");
    let again = workspace.load();
    assert_eq!(*again.settings.roster, mapping);
    let read = again.educator(&educator.id).expect("read");
    assert_eq!(read.roster_ids.employee_id, "E-1001");
}

/// Educators' responses on observations and evaluations came after this
/// fixture: an acknowledged observation and a finalised, acknowledged
/// evaluation open with nothing set aside and write back byte for byte,
/// with no responses and the same fingerprints.
#[test]
fn records_from_before_responses_write_back_unchanged() {
    const BEFORE: &str = "tests/fixtures/workspace-before-packets";
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(Path::new(BEFORE), dir.path());
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.educators.len(), 2);
    let o = &contents.observations[0];
    let s = &contents.summatives[0];
    assert!(o.responses.is_empty() && s.responses.is_empty());
    assert_eq!(o.status.key(), "acknowledged");
    assert_eq!(s.status.key(), "acknowledged");
    assert!(s.finalized.is_some());
    for (folder, id, again) in [
        ("observations", &o.id, teacher_eval::workspace::encode(o)),
        ("evaluations", &s.id, teacher_eval::workspace::encode(s)),
    ] {
        let path = Path::new(BEFORE).join(folder).join(format!("{id}.ron"));
        let written = std::fs::read_to_string(&path).expect("fixture file");
        assert_eq!(
            again.expect("encodes"),
            written,
            "{id} is written back unchanged"
        );
    }
}

/// The bundled rubrics' descriptors were rewritten after this fixture, so
/// its observations carry the old fingerprints: each still maps every
/// rating and tag by component id and level, and says the rubric changed.
#[test]
fn observations_rated_on_the_earlier_rubric_text_map_by_id_and_level() {
    use teacher_eval::record::{RubricMatch, match_rubric};
    let dir = copy_fixture();
    let contents = Workspace::open(dir.path()).expect("open").load();
    let catalog = teacher_eval::rubric::Catalog::load(&[]);
    for o in &contents.observations {
        let entry = catalog.get(&o.rubric_id).expect("a bundled rubric");
        assert_ne!(entry.fingerprint, o.rubric_fingerprint, "{}", o.id);
        let result = match_rubric(o, &catalog);
        assert_eq!(
            result,
            RubricMatch::Changed { unmatched: vec![] },
            "{}",
            o.id
        );
        let warning = result.warning(o).expect("says so");
        assert!(warning.contains("every rating still matches"), "{warning}");
    }
}

/// Degree levels, certification details and the district's minimum degrees
/// came after this fixture: its educators and settings open whole and write
/// back byte for byte, with no level recorded; a detail added reads back.
#[test]
fn educators_from_before_structured_qualifications_write_back_unchanged() {
    use teacher_eval::record::{Certification, DegreeLevel};

    const BEFORE: &str = "tests/fixtures/workspace-before-qualifications";
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(Path::new(BEFORE), dir.path());
    let workspace = Workspace::open(dir.path()).expect("open");
    let contents = workspace.load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.educators.len(), 2);
    for educator in &contents.educators {
        let path = Path::new(BEFORE)
            .join("educators")
            .join(format!("{}.ron", educator.id));
        let written = std::fs::read_to_string(&path).expect("fixture file");
        let again = teacher_eval::workspace::encode(educator).expect("encodes");
        assert_eq!(again, written, "{} is written back unchanged", educator.id);
        assert_eq!(educator.qualifications.degree_level, None);
    }
    let coordinator = contents.educator("edu-5e1c0a7b3d21").expect("read");
    let names: Vec<&str> = coordinator
        .qualifications
        .certifications
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        names.len(),
        3,
        "a name given twice is kept twice: {names:?}"
    );
    workspace.save_settings(&contents.settings).expect("saved");
    let before = std::fs::read(Path::new(BEFORE).join("settings.ron")).expect("fixture");
    let after = std::fs::read(dir.path().join("settings.ron")).expect("written");
    assert_eq!(after, before, "the settings are written back byte for byte");
    assert!(contents.settings.minimum_degrees.is_empty());

    let mut educator = coordinator.clone();
    educator.qualifications.degree_level = Some(DegreeLevel::Master);
    let expires = chrono::NaiveDate::from_ymd_opt(2027, 6, 30).expect("a date");
    educator.qualifications.certifications[1] =
        Certification::new("Secondary Mathematics 7-12", "PA-0042", None, Some(expires))
            .expect("valid");
    workspace.save(&educator).expect("saved");
    let again = workspace.load();
    assert!(again.set_aside.is_empty());
    let read = again.educator(&educator.id).expect("read");
    assert_eq!(read.qualifications, educator.qualifications);
}

/// Look-for answers came with walkthrough forms: a workspace written then
/// opens whole, answers and all, and writes back byte for byte.
#[test]
fn a_walkthrough_with_look_for_answers_opens_whole_and_writes_back_unchanged() {
    use teacher_eval::record::AnswerValue;
    const WITH_LOOKFORS: &str = "tests/fixtures/workspace-lookfors";
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(Path::new(WITH_LOOKFORS), dir.path());
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    let o = contents.observations.first().expect("the walkthrough");
    let answers = o.lookfors.as_ref().expect("its answers");
    assert_eq!(answers.form_id, "classroom-walkthrough");
    assert_eq!(answers.answer("engaged"), Some(&AnswerValue::Scale(3)));
    let path = Path::new(WITH_LOOKFORS)
        .join("observations")
        .join(format!("{}.ron", o.id));
    let written = std::fs::read_to_string(&path).expect("fixture file");
    assert_eq!(
        teacher_eval::workspace::encode(o).expect("encodes"),
        written
    );
}

/// Whether a visit was announced came after `workspace-v1`: its
/// observations write back without the field and mean what their kind
/// meant (formal: announced); those written since keep the kind and the
/// field as written, byte for byte.
#[test]
fn observations_before_and_after_visit_kinds_keep_their_kind_and_announcement() {
    use teacher_eval::record::ObservationKind;
    const VISIT_KINDS: &str = "tests/fixtures/workspace-visit-kinds";
    let dir = copy_fixture();
    let contents = Workspace::open(dir.path()).expect("open").load();
    for o in &contents.observations {
        assert_eq!(o.announced, None, "{}", o.id);
        assert_eq!(o.announced(), o.kind == ObservationKind::Formal, "{}", o.id);
        let again = teacher_eval::workspace::encode(o).expect("encodes");
        assert!(!again.contains("announced"), "{}", o.id);
    }
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(Path::new(VISIT_KINDS), dir.path());
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.observations.len(), 2);
    for o in &contents.observations {
        let path = Path::new(VISIT_KINDS)
            .join("observations")
            .join(format!("{}.ron", o.id));
        let written = std::fs::read_to_string(&path).expect("fixture file");
        assert_eq!(
            teacher_eval::workspace::encode(o).expect("encodes"),
            written
        );
    }
    let pd = contents
        .observations
        .iter()
        .find(|o| o.kind == ObservationKind::ProfessionalDevelopment)
        .expect("the session");
    assert_eq!(pd.announced, Some(false));
    assert!(!pd.announced());
    assert!(
        contents
            .observations
            .iter()
            .any(|o| o.kind == ObservationKind::ArtifactReview && o.announced())
    );
}
