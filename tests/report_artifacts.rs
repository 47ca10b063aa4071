//! Artifacts in the PDFs: the observation report lists each one under the
//! component it is evidence of (and those tied to none on their own), the
//! summative evaluation and the growth plan in an Artifacts section; each
//! with its caption, file name and SHA-256, and a file the workspace no
//! longer holds is said so. The documents are read back with lopdf.

mod common;

use std::path::Path;

use common::binary::{Home, stderr};

const OBSERVATION: &str = "obs-bc1870f35b7d";
const EDUCATOR: &str = "edu-9bf469a41d17";
const SUMMATIVE: &str = "sum-50005196d54b";
const PLAN: &str = "gp-5a1f4cdd26a6";

fn sha256(bytes: &[u8]) -> String {
    common::sha256_hex(bytes)
}

fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("the PDF exists");
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let all = doc.extract_text(&pages).expect("text");
    all.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn attach(home: &Home, id: &str, name: &str, bytes: &[u8], extra: &[&str]) -> String {
    let path = home.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    let mut args = vec![
        "artifact",
        "add",
        id,
        path.to_str().expect("utf-8"),
        "--by",
        "Dana Principal",
    ];
    args.extend_from_slice(extra);
    let out = home.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    sha256(bytes)
}

fn report(home: &Home, args: &[&str], name: &str) -> String {
    let out_file = home.path().join(name);
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out_file.to_str().expect("utf-8")]);
    let out = home.run(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    pdf_text(&out_file)
}

#[test]
fn each_report_lists_its_artifacts_with_caption_name_and_hash() {
    let home = Home::new();
    common::copy_dir(Path::new("tests/fixtures/workspace-v1"), &home.workspace);
    let plan_sha = attach(
        &home,
        OBSERVATION,
        "Fractions unit plan.pdf",
        b"%PDF-1.4\n% unit plan\n",
        &[
            "--component",
            "1e",
            "--caption",
            "Unit plan for fractions",
            "--reason",
            "brought to the conference",
        ],
    );
    let log_sha = attach(
        &home,
        OBSERVATION,
        "parent-log.csv",
        b"date,parent\n",
        &[
            "--caption",
            "Parent contact log",
            "--reason",
            "brought to the conference",
        ],
    );
    std::fs::remove_file(home.workspace.join("artifacts").join(&log_sha)).expect("removed");
    let text = report(&home, &["observation", OBSERVATION], "observation.pdf");
    assert!(text.contains("Unit plan for fractions"), "{text}");
    assert!(text.contains("Fractions unit plan.pdf"), "{text}");
    assert!(text.contains(&format!("SHA-256 {plan_sha}")), "{text}");
    let under = text.find("Unit plan for fractions").expect("listed");
    let heading = text[..under].rfind("1e").expect("under its component");
    assert!(
        text[heading..under].len() < 400,
        "not under 1e: {}",
        &text[heading..under]
    );
    let untied = text
        .find("Artifacts not tied to a component")
        .expect("its own list");
    assert!(text[untied..].contains("Parent contact log"), "{text}");
    assert!(
        text[untied..].contains("Not available: the file is missing"),
        "{text}"
    );

    let cert = attach(
        &home,
        SUMMATIVE,
        "certificate.png",
        b"\x89PNG\r\n\x1a\nrest",
        &["--component", "4e", "--caption", "PD certificate"],
    );
    let text = report(
        &home,
        &["summative", EDUCATOR, "--year", "2026-27"],
        "summative.pdf",
    );
    assert!(
        text.contains("Artifacts") && text.contains("PD certificate"),
        "{text}"
    );
    assert!(text.contains(&format!("SHA-256 {cert}")), "{text}");
    let goal = attach(
        &home,
        PLAN,
        "goal.txt",
        b"read two articles\n",
        &["--caption", "Reading log"],
    );
    let text = report(
        &home,
        &["growth-plan", EDUCATOR, "--year", "2026-27"],
        "plan.pdf",
    );
    assert!(
        text.contains("Reading log") && text.contains(&format!("SHA-256 {goal}")),
        "{text}"
    );
}
