//! Bundles carry the artifact files of the records they carry: each is
//! checked against the SHA-256 that names it when the bundle is read, a
//! bundle with one changed file or one entry name that climbs out of the
//! workspace is refused whole, and an import writes the files it lacks.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};
use teacher_eval::record::trail::Author;
use teacher_eval::record::{GrowthPlan, Supplier};
use teacher_eval::workspace::bundle::{
    BundleError, ExportFilter, HEADER, import_bundle, pack, parse_bundle,
};
use teacher_eval::workspace::{Attaching, Workspace};

const PLAN: &str = "gp-5a1f4cdd26a6";
const PDF: &[u8] = b"%PDF-1.4\n% a certificate of professional learning\n";

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The fixture workspace with a PDF attached to a draft growth plan.
fn workspace_with_artifact(dir: &Path) -> Workspace {
    common::copy_dir(Path::new("tests/fixtures/workspace-v1"), dir);
    let workspace = Workspace::open(dir).expect("opens");
    let source = dir.join("..").join("certificate.pdf");
    std::fs::write(&source, PDF).expect("write");
    let author = Author {
        name: "Dana Principal".into(),
        reason: String::new(),
        at: teacher_eval::record::now(),
    };
    let how = Attaching {
        caption: "Certificate",
        components: vec!["4e".into()],
        supplied_by: Supplier::Educator,
        author: &author,
    };
    workspace
        .attach_file::<GrowthPlan>(PLAN, &source, &how)
        .expect("attached");
    workspace
}

/// A bundle of these entries with a checksum that matches them.
fn bundle_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = format!("{HEADER}\n").into_bytes();
    for (path, bytes) in entries {
        body.extend_from_slice(format!("{path}\n{}\n", bytes.len()).as_bytes());
        body.extend_from_slice(bytes);
        body.push(b'\n');
    }
    body.extend_from_slice(format!("end {}\n", entries.len()).as_bytes());
    let digest = hex(&body);
    body.extend_from_slice(format!("sha256 {digest}\n").as_bytes());
    body
}

#[test]
fn a_bundle_carries_the_artifacts_of_its_records_and_an_import_writes_them() {
    let from = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_artifact(&from.path().join("ws"));
    let packed = pack(&workspace.load(), &ExportFilter::default()).expect("packed");
    assert_eq!(packed.artifacts, 1);
    assert!(packed.left_out.is_empty(), "{:?}", packed.left_out);
    assert!(
        packed.summary().contains("1 artifact"),
        "{}",
        packed.summary()
    );
    let bundle = parse_bundle(&packed.bytes).expect("reads back");
    assert_eq!(
        bundle.artifacts.0.get(&hex(PDF)).map(Vec::as_slice),
        Some(PDF)
    );

    let to = tempfile::tempdir().expect("tempdir");
    let target = Workspace::open(to.path()).expect("opens");
    let outcome = import_bundle(&target, bundle, &|_, _| {}).expect("imported");
    assert_eq!(outcome.artifacts, 1);
    let blob = to.path().join("artifacts").join(hex(PDF));
    assert_eq!(std::fs::read(&blob).expect("written"), PDF);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&blob).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let plan: GrowthPlan = target.read(PLAN).expect("the plan came too");
    assert_eq!(plan.artifacts[0].sha256, hex(PDF));
    let again = pack(&target.load(), &ExportFilter::default()).expect("packed");
    assert_eq!(
        again.bytes, packed.bytes,
        "the same records make the same bundle"
    );
}

#[test]
fn a_bundle_with_one_changed_artifact_is_refused_whole() {
    let from = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_artifact(&from.path().join("ws"));
    let packed = pack(&workspace.load(), &ExportFilter::default()).expect("packed");
    let text = packed.bytes;
    let at = text
        .windows(PDF.len())
        .position(|w| w == PDF)
        .expect("the file is inside");
    let mut changed = text[..text.len() - 72].to_vec();
    changed[at + 10] ^= 1;
    let digest = hex(&changed);
    changed.extend_from_slice(format!("sha256 {digest}\n").as_bytes());
    let err = parse_bundle(&changed).expect_err("refused");
    assert!(
        matches!(&err, BundleError::Entry { path, .. } if path.starts_with("artifacts/")),
        "{err}"
    );
    assert!(
        err.to_string().contains("does not match the SHA-256"),
        "{err}"
    );
}

#[test]
fn artifact_entry_names_that_could_land_anywhere_else_are_refused() {
    let sha = hex(PDF);
    for path in [
        "artifacts/../../evil".to_string(),
        format!("artifacts/{sha}/../../x"),
        format!("artifacts/{}", sha.to_uppercase()),
        format!("artifacts/{sha}.pdf"),
        format!("/artifacts/{sha}"),
        format!("artifacts\\{sha}"),
        format!("artifacts/{}", &sha[..63]),
        "artifacts/".to_string(),
    ] {
        let err = parse_bundle(&bundle_of(&[(&path, PDF)])).expect_err(&path);
        assert!(matches!(err, BundleError::Entry { .. }), "{path}: {err}");
    }
    let ok = format!("artifacts/{sha}");
    assert!(parse_bundle(&bundle_of(&[(&ok, PDF)])).is_ok());
    let big = vec![b'x'; 26 * 1024 * 1024];
    let err = parse_bundle(&bundle_of(&[(&format!("artifacts/{}", hex(&big)), &big)]))
        .expect_err("too large");
    assert!(err.to_string().contains("an artifact may have"), "{err}");
}

#[test]
fn an_artifact_missing_from_the_workspace_is_left_out_and_said() {
    let from = tempfile::tempdir().expect("tempdir");
    let root = from.path().join("ws");
    let workspace = workspace_with_artifact(&root);
    std::fs::remove_file(root.join("artifacts").join(hex(PDF))).expect("removed");
    let packed = pack(&workspace.load(), &ExportFilter::default()).expect("packed");
    assert_eq!(packed.artifacts, 0);
    assert_eq!(packed.left_out.len(), 1);
    assert!(packed.left_out[0].contains(PLAN), "{:?}", packed.left_out);
    assert!(
        parse_bundle(&packed.bytes)
            .expect("reads")
            .growth_plans
            .iter()
            .any(|p| p.id == PLAN)
    );
}
