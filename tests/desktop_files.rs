//! The desktop files the .deb installs agree with the program: the menu
//! entry runs `teacher-eval open %f` for exactly the types the MIME file
//! defines, the bundle type's name and first bytes are the ones bundles are
//! written with, and Cargo.toml installs every icon size drawn.

use std::path::Path;

use teacher_eval::workspace::bundle::{BUNDLE_EXTENSION, HEADER};

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The value of `key=` in the desktop entry.
fn entry(desktop: &str, key: &str) -> String {
    desktop
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key}= in the desktop entry"))
        .to_string()
}

/// Every `attribute="…"` value in `xml`, in order.
fn values<'a>(xml: &'a str, attribute: &str) -> Vec<&'a str> {
    let marker = format!("{attribute}=\"");
    xml.match_indices(&marker)
        .filter_map(|(at, _)| {
            let rest = &xml[at + marker.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn the_menu_entry_opens_every_type_the_mime_file_defines_and_only_those() {
    let desktop = read("assets/teacher-eval.desktop");
    let mime = read("assets/teacher-eval-mime.xml");
    assert_eq!(entry(&desktop, "Exec"), "teacher-eval open %f");
    assert_eq!(entry(&desktop, "Icon"), "teacher-eval");
    let listed: Vec<String> = entry(&desktop, "MimeType")
        .split(';')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let defined: Vec<String> = values(&mime, "type")
        .into_iter()
        .filter(|t| t.starts_with("application/"))
        .map(str::to_string)
        .collect();
    assert_eq!(listed, defined);
    assert!(values(&mime, "pattern").contains(&format!("*.{BUNDLE_EXTENSION}").as_str()));
    let magic = values(&mime, "value");
    assert_eq!(magic, ["teacher-eval bundle "]);
    assert!(
        HEADER.starts_with(magic[0]),
        "the magic is the header of any version"
    );
}

#[test]
fn the_package_installs_every_icon_size_drawn_and_the_scalable_one() {
    let manifest = read("Cargo.toml");
    for size in [48, 128, 256] {
        let line = format!(
            "[\"assets/icons/teacher-eval-{size}.png\", \"usr/share/icons/hicolor/{size}x{size}/apps/teacher-eval.png\", \"644\"]"
        );
        assert!(manifest.contains(&line), "{line}");
    }
    assert!(manifest.contains("\"usr/share/icons/hicolor/scalable/apps/teacher-eval.svg\""));
    assert!(manifest.contains("\"assets/teacher-eval.desktop\", \"usr/share/applications/\""));
}

#[test]
fn the_desktop_entry_is_valid_where_desktop_file_validate_is_installed() {
    let Ok(out) = std::process::Command::new("desktop-file-validate")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/teacher-eval.desktop"))
        .output()
    else {
        // .ci/deb-check installs it and validates the installed entry.
        eprintln!("skipped: desktop-file-validate is not installed here");
        return;
    };
    assert!(
        out.status.success() && out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
