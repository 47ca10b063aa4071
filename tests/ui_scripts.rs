//! Names in every script in the window, with the window's own fonts
//! (`theme::settings`, as `ui::run` loads them): the roster lists each
//! name, each is drawn (a snapshot per script, kept beside the test's
//! temporary workspace, with ink in it), every glyph is a real one, and
//! every character is in a bundled font except for Chinese, Japanese and Korean, which come from
//! the computer's fonts (`.ci/run` installs fonts-noto-cjk). The marks the
//! screens use (✓ ⚑ ← → ↑ ↓ ○) are all in bundled fonts.

mod common;

use common::sample_educator;
use common::ui::open_app;
use iced::advanced::graphics::text::{cosmic_text, font_system};
use iced_test::Simulator;
use teacher_eval::files::folders::Folders;
use teacher_eval::ui::theme;
use teacher_eval::workspace::Workspace;

const NAMES: [&str; 9] = [
    "王芳",
    "김민준",
    "山田花子",
    "محمد العلي",
    "דוד כהן",
    "अनीता शर्मा",
    "Nguyễn Thị Hương",
    "Σοφία",
    "Ольга",
];

/// Whether the window's text stack finds a glyph for every character of
/// `text` (glyph 0 is the empty box drawn for a character no font has).
fn all_glyphs_found(text: &str) -> bool {
    let mut fonts = font_system().write().expect("the font system");
    let raw = fonts.raw();
    let mut buffer = cosmic_text::Buffer::new(raw, cosmic_text::Metrics::new(24.0, 32.0));
    buffer.set_text(
        raw,
        text,
        &cosmic_text::Attrs::new().family(cosmic_text::Family::Name("Noto Sans")),
        cosmic_text::Shaping::Advanced,
        None,
    );
    buffer.shape_until_scroll(raw, false);
    let glyphs: Vec<u16> = buffer
        .layout_runs()
        .flat_map(|run| run.glyphs.iter().map(|g| g.glyph_id))
        .collect();
    !glyphs.is_empty() && glyphs.iter().all(|&g| g != 0)
}

/// Whether one of the fonts the window loads (not the computer's) has `c`,
/// so it draws on a machine with no fonts of its own.
fn bundled_has(c: char) -> bool {
    theme::settings().fonts.iter().any(|bytes| {
        ttf_parser::Face::parse(bytes, 0)
            .is_ok_and(|face| face.glyph_index(c).is_some_and(|g| g.0 != 0))
    })
}

/// Pixels of the snapshot at `path` darker than the light theme's background.
fn inked_pixels(path: &std::path::Path) -> usize {
    let file = std::fs::File::open(path).expect("the snapshot");
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let frame = reader.next_frame(&mut pixels).expect("a frame");
    pixels.truncate(frame.buffer_size());
    pixels
        .chunks(4)
        .filter(|p| u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]) < 3 * 160)
        .count()
}

/// `text` alone, as the window's widgets draw it.
fn label(text: &str) -> iced::Element<'_, (), iced::Theme, iced::Renderer> {
    iced::widget::text(text).size(24).into()
}

#[test]
fn the_window_draws_every_name_in_its_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(&dir.path().join("ws")).expect("open");
    for (i, name) in NAMES.iter().enumerate() {
        ws.create(&sample_educator(&format!("edu-{:012x}", i + 1), name))
            .expect("save");
    }
    let app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    let mut ui = Simulator::with_settings(theme::settings(), app.view());
    for name in NAMES {
        ui.find(name)
            .unwrap_or_else(|e| panic!("the roster lists {name}: {e:?}"));
    }
    for (i, name) in NAMES.iter().enumerate() {
        let mut ui = Simulator::with_size(theme::settings(), (360.0, 48.0), label(name));
        let snapshot = ui.snapshot(&iced::Theme::Light).expect("renders");
        let path = dir.path().join(format!("name-{i}"));
        assert!(snapshot.matches_image(&path).expect("written"));
        let ink = inked_pixels(&dir.path().join(format!("name-{i}-tiny-skia.png")));
        assert!(ink > 40, "{name} is drawn ({ink} inked pixels)");
        assert!(all_glyphs_found(name), "{name}: a glyph is missing");
        // Chinese, Japanese and Korean (the first three) are the computer's to draw.
        if i >= 3 {
            for c in name.chars().filter(|c| !c.is_whitespace()) {
                assert!(bundled_has(c), "{name}: {c} is not in a bundled font");
            }
        }
    }
}

#[test]
fn every_mark_the_screens_use_has_a_bundled_glyph() {
    // Loading the window's fonts: a simulator with its settings.
    let _ui = Simulator::with_settings(theme::settings(), label("✓"));
    for mark in [
        '✓', '⚑', '←', '→', '↑', '↓', '○', '…', '·', '×', '•', '‹', '›', '—',
    ] {
        assert!(bundled_has(mark), "{mark} is not in a bundled font");
        assert!(all_glyphs_found(&mark.to_string()), "{mark} is not drawn");
    }
}
