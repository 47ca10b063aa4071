//! `teacher-eval packet open FILE` opens the educator's window (what a
//! double-click runs); with no display it says so in one sentence and
//! points to `--print`, and writes nothing.

mod common;

use common::binary::{Home, stderr};

#[test]
fn packet_open_without_a_display_says_so_and_writes_nothing() {
    let home = Home::new();
    let desk = tempfile::tempdir().expect("desk");
    std::fs::write(desk.path().join("p.tepacket"), b"not a packet").expect("write");
    let out = home
        .command()
        .current_dir(desk.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args(["packet", "open", "p.tepacket"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(
        said.starts_with("teacher-eval: the window could not be opened")
            && said.contains("packet open --print FILE"),
        "{said}"
    );
    assert_eq!(said.trim_end().lines().count(), 1, "{said}");
    let left: Vec<_> = std::fs::read_dir(desk.path()).expect("list").collect();
    assert_eq!(left.len(), 1, "nothing written beside the packet");
}

#[test]
fn a_passphrase_file_that_does_not_read_is_said_before_any_window() {
    let home = Home::new();
    let out = home
        .command()
        .env_remove("DISPLAY")
        .args([
            "packet",
            "open",
            "p.tepacket",
            "--passphrase-file",
            "/nonexistent/pass.txt",
        ])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(
        said.contains("/nonexistent/pass.txt") && said.contains("the packet was not opened"),
        "{said}"
    );
}
