//! `teacher-eval open FILE`, what a double-click on a file runs: a bundle or
//! a response, told by its content, goes to the workspace's window, a packet
//! to the educator's (neither can open here: no display, so each says so);
//! anything else is refused in one sentence saying what it is not, and
//! nothing is written.

mod common;

use std::path::Path;
use std::process::Output;

use common::binary::{Home, stderr};

/// `open FILE` with no display to open a window on.
fn open(home: &Home, file: &Path) -> Output {
    home.command()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("open")
        .arg(file)
        .output()
        .expect("runs")
}

/// The file was taken as a bundle or a response: the program went on to
/// open the workspace's window.
fn went_to_the_window(out: &Output) -> bool {
    let said = stderr(out);
    said.contains("the window could not be opened") && !said.contains("packet open --print")
}

/// The file was taken as a packet: the program went on to open the
/// educator's window on it.
fn went_to_the_packet_window(out: &Output) -> bool {
    let said = stderr(out);
    said.contains("the window could not be opened") && said.contains("packet open --print")
}

/// The one sentence `open` refuses `file` with, checked to be one line and
/// a failure that opened no window and created no workspace.
fn refusal(home: &Home, file: &Path) -> String {
    let out = open(home, file);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!went_to_the_window(&out), "{}", stderr(&out));
    assert!(!home.workspace.exists(), "nothing was written");
    let said = stderr(&out);
    assert_eq!(said.lines().count(), 1, "{said}");
    said
}

#[test]
fn a_bundle_plain_or_sealed_goes_to_the_window_by_its_content() {
    let home = Home::new();
    let plain = home.path().join("lincoln export");
    std::fs::write(&plain, "teacher-eval bundle 1\nchecksum x\n").expect("write");
    assert!(
        went_to_the_window(&open(&home, &plain)),
        "a plain bundle needs no name"
    );
    let sealed = home.path().join("north.BUNDLE");
    std::fs::write(&sealed, b"age-encryption.org/v1\n-> scrypt abc 18\n").expect("write");
    assert!(went_to_the_window(&open(&home, &sealed)));
}

#[test]
fn a_packet_goes_to_the_educators_window_and_a_response_to_the_workspaces() {
    let home = Home::new();
    let age = b"age-encryption.org/v1\n-> X25519 abc\n";
    let packet = home.path().join("ms-ortiz.tepacket");
    std::fs::write(&packet, age).expect("write");
    let out = open(&home, &packet);
    assert!(went_to_the_packet_window(&out), "{}", stderr(&out));
    let plain = home.path().join("from the principal");
    std::fs::write(&plain, "teacher-eval packet 1\npacket.ron 3\n").expect("write");
    assert!(went_to_the_packet_window(&open(&home, &plain)));
    let response = home.path().join("Ortiz - response.TEResponse");
    std::fs::write(&response, age).expect("write");
    let out = open(&home, &response);
    assert!(went_to_the_window(&out), "{}", stderr(&out));
    assert!(!home.workspace.exists(), "nothing was written");
}

#[test]
fn a_file_that_is_not_a_bundle_is_refused_saying_what_it_is_not() {
    let home = Home::new();
    let write = |name: &str, bytes: &[u8]| {
        let path = home.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        path
    };
    let pdf = write("report.bundle", b"%PDF-1.7\n%\xe2\xe3\n");
    assert_eq!(
        refusal(&home, &pdf),
        format!(
            "teacher-eval: {} is not a teacher-eval bundle, packet or response: it is a PDF document.\n",
            pdf.display()
        )
    );
    let sealed = write("ms-ortiz.age", b"age-encryption.org/v1\n-> X25519 abc\n");
    assert!(
        refusal(&home, &sealed).ends_with(
            "it is sealed with age, but a sealed file is opened only when named *.bundle, *.tepacket or *.teresponse.\n"
        )
    );
    let empty = write("empty.bundle", b"");
    assert!(refusal(&home, &empty).ends_with("it is empty.\n"));
    let zip = write("roster.bundle", b"PK\x03\x04\x14\x00");
    assert!(refusal(&home, &zip).ends_with("it is a zip archive.\n"));
    let armored = write("x.bundle", b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n");
    assert!(refusal(&home, &armored).contains("armored (text) age file"));
    let text = write("notes.bundle", "Évaluation de Mme Ødegård\n".as_bytes());
    assert!(refusal(&home, &text).ends_with(
        "it starts neither with a bundle's or packet's header nor with an age header.\n"
    ));
}

#[test]
fn a_folder_a_missing_file_a_pipe_and_a_hostile_name_are_refused_in_a_sentence() {
    let home = Home::new();
    let folder = home.path().join("a folder.bundle");
    std::fs::create_dir(&folder).expect("mkdir");
    assert!(refusal(&home, &folder).ends_with("cannot be read: it is a folder.\n"));
    let missing = home.path().join("gone.bundle");
    assert!(refusal(&home, &missing).contains("there is no file named gone.bundle"));
    let hostile = home.path().join("x\u{1b}]0;owned\u{7}.bundle");
    std::fs::write(&hostile, "nothing").expect("write");
    let said = refusal(&home, &hostile);
    assert!(
        said.contains("x\\u{1b}]0;owned\\u{7}.bundle") && !said.contains('\u{1b}'),
        "control characters are shown, not obeyed: {said}"
    );
    #[cfg(unix)]
    {
        let pipe = home.path().join("pipe.bundle");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if made.is_ok_and(|s| s.success()) {
            // Opened without waiting for a writer: refused at once.
            assert!(refusal(&home, &pipe).contains("not a regular file"));
        }
        let bundle = home.path().join("real.bundle");
        std::fs::write(&bundle, "teacher-eval bundle 1\n").expect("write");
        let link = home.path().join("link.bundle");
        std::os::unix::fs::symlink(&bundle, &link).expect("link");
        assert!(
            went_to_the_window(&open(&home, &link)),
            "a link the user double-clicked is followed"
        );
        let device = home.path().join("zero.bundle");
        std::os::unix::fs::symlink("/dev/zero", &device).expect("link");
        assert!(refusal(&home, &device).contains("not a regular file"));
    }
}

#[test]
fn open_takes_one_workspace_and_without_a_file_opens_the_window() {
    let home = Home::new();
    let out = home
        .command()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("open")
        .output()
        .expect("runs");
    assert!(went_to_the_window(&out), "{}", stderr(&out));
    let out = common::binary::command(home.path())
        .args(["--workspace", "a", "--workspace", "b", "open", "x.bundle"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--workspace is given 2 times"),
        "{}",
        stderr(&out)
    );
}
