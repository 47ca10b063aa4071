//! The desktop's icons in `assets/icons/` are the window's icon drawing
//! (`src/ui/icon.rs`) at each size, and its SVG: made by the code, never by
//! hand. After changing the drawing, `UPDATE_ICONS=1 cargo test --test icons`
//! writes them again; without it, a file that differs fails here.

use std::path::{Path, PathBuf};

use teacher_eval::ui::icon::{rgba, svg};

/// The hicolor sizes the .deb installs (Cargo.toml, `[package.metadata.deb]`).
const SIZES: [u32; 3] = [48, 128, 256];

fn icons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_ICONS").is_some_and(|v| v == "1")
}

fn encode(size: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, size, size);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("header");
    writer.write_image_data(&rgba(size)).expect("pixels");
    writer.finish().expect("end");
    bytes
}

/// The PNG's size and RGBA pixels.
fn decode(path: &Path) -> (u32, u32, Vec<u8>) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run UPDATE_ICONS=1 cargo test --test icons",
            path.display()
        )
    });
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let frame = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!(frame.color_type, png::ColorType::Rgba, "{}", path.display());
    pixels.truncate(frame.buffer_size());
    (frame.width, frame.height, pixels)
}

#[test]
fn each_png_is_the_drawing_at_its_size() {
    for size in SIZES {
        let path = icons().join(format!("teacher-eval-{size}.png"));
        if updating() {
            std::fs::write(&path, encode(size)).expect("written");
        }
        let (width, height, pixels) = decode(&path);
        assert_eq!((width, height), (size, size), "{}", path.display());
        assert!(
            pixels == rgba(size),
            "{} is not the drawing; run UPDATE_ICONS=1 cargo test --test icons",
            path.display()
        );
    }
}

#[test]
fn the_svg_is_the_drawing() {
    let path = icons().join("teacher-eval.svg");
    if updating() {
        std::fs::write(&path, svg()).expect("written");
    }
    let committed = std::fs::read_to_string(&path).expect("the SVG");
    assert_eq!(
        committed,
        svg(),
        "run UPDATE_ICONS=1 cargo test --test icons"
    );
    assert!(committed.contains("rgb(36,89,168)"), "the theme's blue");
}

#[test]
fn the_icon_is_sharp_at_every_size_its_corners_clear_its_mark_white() {
    for size in SIZES {
        let pixels = rgba(size);
        let at = |x: u32, y: u32| {
            let i = ((y * size + x) * 4) as usize;
            [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]]
        };
        assert_eq!(at(0, 0)[3], 0, "a rounded corner is transparent at {size}");
        assert_eq!(at(size / 2, size / 8), [36, 89, 168, 255], "blue at {size}");
        // The mark's bend, (28, 44) of 64.
        assert_eq!(
            at(size * 28 / 64, size * 44 / 64 - 1),
            [255, 255, 255, 255],
            "white at {size}"
        );
    }
}
