//! Packets and responses on the command line, the round trip of issue 17:
//! the principal exports a packet, the educator answers it in a second
//! process with a home of their own and no workspace, and the principal
//! imports the response. Then what must not happen: a response to an
//! amended version taken silently, one imported twice, a tampered one or
//! one for another workspace, a wrong passphrase, and hostile files.

mod common;

use std::path::{Path, PathBuf};

use common::binary::{Home, stderr, stdout};
use serde_json::Value;

/// Shared, not yet acknowledged, in the fixture.
const SHARED: &str = "obs-b5dae830b3f8";
const EDUCATOR: &str = "edu-9bf469a41d17";
const PDF: &[u8] = b"%PDF-1.4\n% a unit plan\n";
const CSV: &[u8] = b"date,parent,called\n2026-10-01,Ms. Diaz,yes\n";

fn fixture() -> Home {
    let home = Home::new();
    common::copy_dir(Path::new("tests/fixtures/workspace-v1"), &home.workspace);
    home
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn ok(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out)
}

fn refused(out: &std::process::Output) -> String {
    assert!(!out.status.success(), "not refused: {}", stdout(out));
    stderr(out)
}

/// The educator: a home of their own, no workspace, and a desk of files.
struct Educator {
    home: tempfile::TempDir,
    desk: tempfile::TempDir,
}

impl Educator {
    fn new() -> Educator {
        Educator {
            home: tempfile::tempdir().expect("home"),
            desk: tempfile::tempdir().expect("desk"),
        }
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        common::binary::command(self.home.path())
            .current_dir(self.desk.path())
            .args(args)
            .output()
            .expect("runs")
    }

    fn at(&self, name: &str) -> String {
        self.desk.path().join(name).display().to_string()
    }
}

fn export(principal: &Home, id: &str, out: &Path, extra: &[&str]) -> String {
    let out = out.display().to_string();
    let mut args = vec![
        "packet",
        "export",
        id,
        "--out",
        &out,
        "--by",
        "Dana Principal",
    ];
    args.extend_from_slice(extra);
    ok(&principal.run(&args))
}

/// A packet of the shared observation answered with a reflection and two files.
fn answered(principal: &Home, educator: &Educator) -> PathBuf {
    let packet = educator.desk.path().join("observation.tepacket");
    export(principal, SHARED, &packet, &["--plain"]);
    write(
        educator.desk.path(),
        "reflection.txt",
        "I will wait longer after questions.\nExit tickets helped.\n".as_bytes(),
    );
    write(educator.desk.path(), "Unit plan.pdf", PDF);
    write(educator.desk.path(), "calls.csv", CSV);
    let said = ok(&educator.run(&[
        "packet",
        "respond",
        &educator.at("observation.tepacket"),
        "--name",
        "Ana Ruiz",
        "--reflection-file",
        "reflection.txt",
        "--attach",
        "Unit plan.pdf",
        "--caption",
        "Unit plan",
        "--component",
        "1e",
        "--attach",
        "calls.csv",
        "--component",
        "4c",
        "--out",
        "answer.teresponse",
    ]));
    assert!(said.contains("Ana Ruiz acknowledges receipt"), "{said}");
    educator.desk.path().join("answer.teresponse")
}

fn observation_json(principal: &Home, id: &str) -> Value {
    let out = ok(&principal.run(&["observation", "list", "--json"]));
    let all: Value = serde_json::from_str(&out).expect("json");
    all.as_array()
        .expect("array")
        .iter()
        .find(|o| o["id"] == id)
        .cloned()
        .expect("listed")
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages)
        .expect("text")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every file under `dir`, by path relative to it.
fn files_in(dir: &Path) -> Vec<String> {
    common::snapshot(dir)
        .into_iter()
        .map(|(p, _)| p.strip_prefix(dir).expect("inside").display().to_string())
        .collect()
}

#[test]
fn a_packet_goes_out_is_answered_with_no_workspace_and_lands_on_the_record() {
    let principal = fixture();
    let educator = Educator::new();
    let packet = educator.desk.path().join("observation.tepacket");
    write(principal.path(), "pass.txt", b"blue heron at dawn\n");
    let pass = principal.path().join("pass.txt").display().to_string();
    export(&principal, SHARED, &packet, &["--passphrase-file", &pass]);
    let version = observation_json(&principal, SHARED)["fingerprint"]
        .as_str()
        .expect("fp")
        .to_string();
    std::fs::copy(
        principal.path().join("pass.txt"),
        educator.desk.path().join("pass.txt"),
    )
    .expect("told");

    educator_reads_and_answers(&educator, &version);

    let response = educator
        .desk
        .path()
        .join("answer.teresponse")
        .display()
        .to_string();
    let said = ok(&principal.run(&["packet", "import", &response, "--by", "Dana Principal"]));
    assert!(said.contains("2 artifacts"), "{said}");
    let listed = observation_json(&principal, SHARED);
    assert_eq!(listed["status"], "acknowledged");
    assert_eq!(
        listed["fingerprint"],
        version.as_str(),
        "the import is not an amendment"
    );
    let file = std::fs::read_to_string(
        principal
            .workspace
            .join(format!("observations/{SHARED}.ron")),
    )
    .expect("record");
    assert!(
        file.contains("I will wait longer after questions.") && file.contains("name: \"Ana Ruiz\""),
        "{file}"
    );
    assert!(
        file.contains(&format!(
            "acknowledged: Some(Version(\n            fingerprint: \"{version}\""
        )),
        "{file}"
    );
    for bytes in [PDF, CSV] {
        let sha = common::sha256_hex(bytes);
        let stored =
            std::fs::read(principal.workspace.join("artifacts").join(&sha)).expect("stored");
        assert_eq!(common::sha256_hex(&stored), sha);
        assert!(file.contains(&sha));
    }
    let pdf = principal.path().join("obs.pdf").display().to_string();
    ok(&principal.run(&["report", "observation", SHARED, "--out", &pdf]));
    let text = pdf_text(Path::new(&pdf));
    for expected in [
        "Educator's response",
        "Receipt acknowledged by Ana Ruiz",
        "the version printed here",
        "I will wait longer after questions.",
        "Unit plan",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let list = ok(&principal.run(&["packet", "list"]));
    assert!(
        list.contains("answered, imported") && list.contains(SHARED),
        "{list}"
    );
}

#[test]
fn a_response_to_an_amended_version_is_refused_then_taken_as_earlier() {
    let principal = fixture();
    let educator = Educator::new();
    let response = answered(&principal, &educator).display().to_string();
    let before = observation_json(&principal, SHARED)["fingerprint"]
        .as_str()
        .expect("fp")
        .to_string();
    ok(&principal.run(&[
        "observation",
        "rate",
        SHARED,
        "3b",
        "2",
        "--rationale",
        "Questions were recall only.",
        "--reason",
        "Recounted the notes",
        "--by",
        "Dana Principal",
    ]));
    let now = observation_json(&principal, SHARED)["fingerprint"]
        .as_str()
        .expect("fp")
        .to_string();
    let snapshot = records(&principal.workspace);
    let err = refused(&principal.run(&["packet", "import", &response, "--by", "Dana Principal"]));
    assert!(
        err.contains(&before[..12]) && err.contains(&now[..12]) && err.contains("Rating of 3b"),
        "{err}"
    );
    assert!(err.contains("--accept-earlier-version"), "{err}");
    assert_eq!(
        records(&principal.workspace),
        snapshot,
        "nothing was written"
    );
    let said = ok(&principal.run(&[
        "packet",
        "import",
        &response,
        "--by",
        "Dana Principal",
        "--accept-earlier-version",
    ]));
    assert!(said.contains("earlier version"), "{said}");
    let listed = observation_json(&principal, SHARED);
    assert_eq!(listed["amended_after_acknowledgement"], true);
    let pdf = principal.path().join("obs.pdf").display().to_string();
    ok(&principal.run(&["report", "observation", SHARED, "--out", &pdf]));
    let text = pdf_text(Path::new(&pdf));
    assert!(
        text.contains("an earlier version, not the one printed here"),
        "{text}"
    );
    assert!(
        text.contains("amended after the educator acknowledged an earlier one"),
        "{text}"
    );
}

#[test]
fn the_same_response_twice_a_tampered_one_and_one_for_another_workspace_change_nothing() {
    let principal = fixture();
    let educator = Educator::new();
    let response = answered(&principal, &educator);
    let shown = response.display().to_string();
    ok(&principal.run(&["packet", "import", &shown, "--by", "Dana Principal"]));
    let snapshot = records(&principal.workspace);
    let err = refused(&principal.run(&["packet", "import", &shown, "--by", "Dana Principal"]));
    assert!(
        err.contains("already imported on") && err.contains("by Dana Principal"),
        "{err}"
    );
    let mut bytes = std::fs::read(&response).expect("read");
    let at = bytes.len() - 40;
    bytes[at] ^= 1;
    let tampered = write(educator.desk.path(), "tampered.teresponse", &bytes);
    let err = refused(&principal.run(&[
        "packet",
        "import",
        &tampered.display().to_string(),
        "--by",
        "D",
    ]));
    assert!(
        err.contains("is refused") && err.contains("damaged"),
        "{err}"
    );
    assert_eq!(records(&principal.workspace), snapshot);

    let other = fixture();
    export(
        &other,
        SHARED,
        &other.path().join("own.tepacket"),
        &["--plain"],
    );
    let snapshot = records(&other.workspace);
    let err = refused(&other.run(&["packet", "import", &shown, "--by", "D"]));
    assert!(err.contains("did not export"), "{err}");
    assert_eq!(records(&other.workspace), snapshot);
}

#[test]
fn a_self_assessment_request_comes_back_as_the_educators_self_assessment() {
    let principal = fixture();
    let educator = Educator::new();
    let packet = educator.desk.path().join("request.tepacket");
    let said = export(
        &principal,
        EDUCATOR,
        &packet,
        &["--self-assessment", "--year", "2026-27", "--plain"],
    );
    assert!(said.contains("self-assessment request"), "{said}");
    let shown = ok(&educator.run(&["packet", "open", "--print", "request.tepacket"]));
    assert!(shown.contains("complete your self-assessment"), "{shown}");
    write(educator.desk.path(), "self.txt", b"# mine\nlevel 1a=proficient\nevidence 1a=Unit plans cite the standards\nlevel 3b=basic\ngoal 3b: Ask two open questions every lesson\n");
    write(educator.desk.path(), "reflection.txt", b"not asked for\n");
    let err = refused(&educator.run(&[
        "packet",
        "respond",
        "request.tepacket",
        "--name",
        "Ana",
        "--reflection-file",
        "reflection.txt",
        "--out",
        "r.teresponse",
    ]));
    assert!(err.contains("did not ask for"), "{err}");
    ok(&educator.run(&[
        "packet",
        "respond",
        "request.tepacket",
        "--name",
        "Ana Ruiz",
        "--self-assessment-file",
        "self.txt",
        "--out",
        "r.teresponse",
    ]));
    let response = educator.at("r.teresponse");
    ok(&principal.run(&["packet", "import", &response, "--by", "Dana Principal"]));
    let out = ok(&principal.run(&[
        "self-assessment",
        "show",
        EDUCATOR,
        "--year",
        "2026-27",
        "--json",
    ]));
    assert!(
        out.contains("\"educator\"") && out.contains("Unit plans cite the standards"),
        "{out}"
    );
    let err = refused(&principal.run(&["packet", "import", &response, "--by", "Dana Principal"]));
    assert!(err.contains("already imported"), "{err}");
}

#[test]
fn a_wrong_passphrase_and_hostile_files_are_refused_in_a_sentence() {
    let principal = fixture();
    let educator = Educator::new();
    write(principal.path(), "pass.txt", b"right one\n");
    let pass = principal.path().join("pass.txt").display().to_string();
    export(
        &principal,
        SHARED,
        &educator.desk.path().join("p.tepacket"),
        &["--passphrase-file", &pass],
    );
    write(educator.desk.path(), "wrong.txt", b"wrong one\n");
    let err = refused(&educator.run(&[
        "packet",
        "open",
        "--print",
        "p.tepacket",
        "--passphrase-file",
        "wrong.txt",
    ]));
    assert!(err.contains("does not open it"), "{err}");
    let err = refused(&educator.run(&["packet", "open", "--print", "p.tepacket"]));
    assert!(err.contains("--passphrase-file"), "{err}");
    let err = refused(&principal.run(&["packet", "export", SHARED, "--out", "x.tepacket"]));
    assert!(err.contains("--plain"), "{err}");

    export(
        &principal,
        SHARED,
        &educator.desk.path().join("plain.tepacket"),
        &["--plain"],
    );
    let plain = std::fs::read(educator.desk.path().join("plain.tepacket")).expect("read");
    let hostile: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", plain[..plain.len() / 2].to_vec()),
        (
            "wrong header",
            [b"teacher-eval bundle 1\n".as_slice(), &plain[21..]].concat(),
        ),
        (
            "traversal",
            framed("teacher-eval packet 1", &[("../../.bashrc", b"echo")]),
        ),
        ("empty", Vec::new()),
    ];
    for (what, bytes) in hostile {
        write(educator.desk.path(), "hostile.tepacket", &bytes);
        let err = refused(&educator.run(&["packet", "open", "--print", "hostile.tepacket"]));
        assert!(
            err.starts_with("teacher-eval: the packet") && err.trim_end().ends_with('.'),
            "{what}: {err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{what}: {err}");
    }
    let big = std::fs::File::create(educator.desk.path().join("big.tepacket")).expect("create");
    big.set_len(200 * 1024 * 1024).expect("sparse");
    let err = refused(&educator.run(&["packet", "open", "--print", "big.tepacket"]));
    assert!(err.contains("bytes"), "{err}");
    let err = refused(&educator.run(&[
        "packet",
        "respond",
        "plain.tepacket",
        "--name",
        "Ana\u{1b}[2J",
        "--out",
        "r.teresponse",
    ]));
    assert!(err.contains("control character"), "{err}");
    let err = refused(&educator.run(&[
        "packet",
        "respond",
        "plain.tepacket",
        "--name",
        "Ana",
        "--caption",
        "x",
        "--out",
        "r.teresponse",
    ]));
    assert!(err.contains("--attach"), "{err}");
    assert!(!educator.desk.path().join("r.teresponse").exists());
}

#[test]
fn a_response_whose_file_does_not_match_its_hash_is_refused() {
    let principal = fixture();
    let educator = Educator::new();
    export(
        &principal,
        SHARED,
        &educator.desk.path().join("p.tepacket"),
        &["--plain"],
    );
    let bytes = std::fs::read(educator.desk.path().join("p.tepacket")).expect("read");
    let packet = String::from_utf8_lossy(&bytes);
    let key = packet
        .split("respond_to: \"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("key");
    let id = packet
        .split("packet_id: \"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("id");
    let version = packet
        .split("version: Some(\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("v");
    let sha = common::sha256_hex(PDF);
    let manifest = format!(
        "ResponseManifest(format: 1, response_id: \"rsp-000000000001\", packet_id: \"{id}\", version: Some(\"{version}\"), name: \"Ana\", acknowledged_at: \"2026-12-01T10:00:00-05:00\", reflection: \"\", artifacts: [Artifact(sha256: \"{sha}\", file_name: \"a.pdf\", size: {}, kind: Pdf, supplied_by: Educator, added_at: \"2026-12-01T10:00:00-05:00\")], self_assessment: None)",
        PDF.len()
    );
    let mut changed = PDF.to_vec();
    changed[10] = b'X';
    let path = format!("artifacts/{sha}");
    let plain = framed(
        "teacher-eval response 1",
        &[("response.ron", manifest.as_bytes()), (&path, &changed)],
    );
    let recipient: age::x25519::Recipient = key.parse().expect("a key");
    let sealed = age::encrypt(&recipient, &plain).expect("sealed");
    let file = write(educator.desk.path(), "forged.teresponse", &sealed);
    let snapshot = records(&principal.workspace);
    let err =
        refused(&principal.run(&["packet", "import", &file.display().to_string(), "--by", "D"]));
    assert!(err.contains("does not match the SHA-256"), "{err}");
    assert_eq!(records(&principal.workspace), snapshot);
}

/// Every file of a workspace but its lock (which names the last program to hold it).
fn records(workspace: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = common::snapshot(workspace);
    files.retain(|(path, _)| !path.ends_with(".lock"));
    files
}

/// A framed file as the format describes it.
fn framed(header: &str, entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = format!("{header}\n").into_bytes();
    for (path, bytes) in entries {
        body.extend_from_slice(format!("{path}\n{}\n", bytes.len()).as_bytes());
        body.extend_from_slice(bytes);
        body.push(b'\n');
    }
    body.extend_from_slice(format!("end {}\n", entries.len()).as_bytes());
    let digest = common::sha256_hex(&body);
    body.extend_from_slice(format!("sha256 {digest}\n").as_bytes());
    body
}

/// The educator's side: open, report and respond, and nothing else kept.
fn educator_reads_and_answers(educator: &Educator, version: &str) {
    let shown = ok(&educator.run(&[
        "packet",
        "open",
        "--print",
        "observation.tepacket",
        "--passphrase-file",
        "pass.txt",
    ]));
    assert!(
        shown.contains(version) && shown.contains("receipt, not agreement"),
        "{shown}"
    );
    let json: Value = serde_json::from_str(&ok(&educator.run(&[
        "packet",
        "open",
        "--print",
        "observation.tepacket",
        "--passphrase-file",
        "pass.txt",
        "--json",
    ])))
    .expect("json");
    assert_eq!(json["version"], version);
    assert_eq!(json["may_answer"]["reflection"], true);
    ok(&educator.run(&[
        "packet",
        "report",
        "observation.tepacket",
        "--passphrase-file",
        "pass.txt",
        "--out",
        "report.pdf",
    ]));
    assert!(
        pdf_text(&educator.desk.path().join("report.pdf")).contains("Classroom Observation Report")
    );

    write(
        educator.desk.path(),
        "reflection.txt",
        b"I will wait longer after questions.\n",
    );
    write(educator.desk.path(), "Unit plan.pdf", PDF);
    write(educator.desk.path(), "calls.csv", CSV);
    ok(&educator.run(&[
        "packet",
        "respond",
        "observation.tepacket",
        "--passphrase-file",
        "pass.txt",
        "--name",
        " Ana Ruiz ",
        "--reflection-file",
        "reflection.txt",
        "--attach",
        "Unit plan.pdf",
        "--caption",
        "Unit plan",
        "--component",
        "1e",
        "--attach",
        "calls.csv",
        "--out",
        "answer.teresponse",
    ]));
    // The educator's computer keeps nothing but the files named.
    assert!(
        files_in(educator.home.path()).is_empty(),
        "{:?}",
        files_in(educator.home.path())
    );
    let mut desk = files_in(educator.desk.path());
    desk.sort();
    assert_eq!(
        desk,
        [
            "Unit plan.pdf",
            "answer.teresponse",
            "calls.csv",
            "observation.tepacket",
            "pass.txt",
            "reflection.txt",
            "report.pdf"
        ]
    );
    let sealed = std::fs::read(educator.desk.path().join("answer.teresponse")).expect("read");
    assert!(
        sealed.starts_with(b"age-encryption.org/") && !sealed.windows(6).any(|w| w == b"longer")
    );
}
