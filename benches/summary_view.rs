//! Frame cost of the Summary screen showing a district of 5,000 educators at
//! 1366x768: `view` plus layout (after every message), and frames drawn by
//! the software renderer while the results are scrolled with the mouse wheel
//! (no message, so no new layout: only an update and a draw), the first
//! time over the content and again, and an empty frame: the floor the
//! benchmark's own screenshot copy puts under every frame.
//!
//! ```sh
//! cargo bench --bench summary_view
//! BENCH_EDUCATORS=20000 cargo bench --bench summary_view
//! BENCH_PASSES=12 perf record target/release/deps/summary_view-* --bench
//! ```
//!
//! A coordinator scrolls through charts and tables: each figure must stay
//! under 16 ms (one frame at 60 Hz).

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Event, Font, Pixels, Point, Size, Theme, mouse};
use iced_test::core::clipboard;
use iced_test::core::renderer::{Headless, Style};
use iced_test::runtime::user_interface::{Cache, UserInterface};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::Profiles;
use teacher_eval::summary::{Options, Source, compile};
use teacher_eval::ui::summary::SummaryScreen;
use teacher_eval::workspace::Contents;

const DEFAULT_EDUCATORS: usize = 5000;
const RUNS: usize = 30;
/// Wheel steps between measured scrolled frames, and how many frames.
const STEP_LINES: f32 = 4.0;
const SCROLL_FRAMES: usize = 60;

fn main() {
    // `cargo test --benches` runs benches once with `--test`: keep that quick.
    let quick = std::env::args().any(|a| a == "--test");
    let educators = std::env::var("BENCH_EDUCATORS")
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(if quick { 60 } else { DEFAULT_EDUCATORS });
    let (runs, scroll_frames) = if quick { (2, 4) } else { (RUNS, SCROLL_FRAMES) };
    let screen = district_screen(educators);
    let Some(mut renderer) = software_renderer() else {
        eprintln!("summary_view: no software renderer");
        return;
    };
    let size = Size::new(1366.0, 768.0);
    let mut layout = Vec::new();
    let mut cache = Cache::default();
    for _ in 0..runs {
        let start = Instant::now();
        let ui = UserInterface::build(screen.view(), size, cache, &mut renderer);
        layout.push(start.elapsed());
        cache = ui.into_cache();
    }
    println!(
        "view + layout, 1366x768: median {:.2} ms (max {:.2}); {runs} runs",
        ms(median(&mut layout)),
        ms(max(&layout)),
    );

    let mut ui = UserInterface::build(screen.view(), size, cache, &mut renderer);
    let first = scroll_pass(&mut ui, &mut renderer, scroll_frames);
    first.print("the first time over the content");
    let to_top = Event::Mouse(mouse::Event::WheelScrolled {
        delta: mouse::ScrollDelta::Pixels { x: 0.0, y: 1e9 },
    });
    // `BENCH_PASSES=N` repeats the second pass, to profile the frames alone.
    let passes = std::env::var("BENCH_PASSES")
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(1);
    for _ in 0..passes {
        let _ = ui.update(
            std::slice::from_ref(&to_top),
            OVER_RESULTS,
            &mut renderer,
            &mut clipboard::Null,
            &mut Vec::new(),
        );
        let again = scroll_pass(&mut ui, &mut renderer, scroll_frames);
        again.print("again, the glyphs drawn before");
    }
    empty_frame(&mut renderer, runs);
}

/// The Summary screen showing the demo district of `educators`, compiled.
fn district_screen(educators: usize) -> SummaryScreen {
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
    let demo = teacher_eval::demo::generate(educators, 1, today, &catalog);
    let source = Source::new(
        "bench".into(),
        Contents {
            educators: demo.educators,
            observations: demo.observations,
            measures: demo.measures,
            ..Contents::default()
        },
    );
    let summary = compile(&[source], &catalog, &profiles, &Options::default());
    println!(
        "summary: {} educators, {} rubrics ({} components), {} schools, {} under the minimum, {} plans",
        summary.counts.educators,
        summary.rubrics.len(),
        summary
            .rubrics
            .iter()
            .map(|r| r.components.len().to_string())
            .collect::<Vec<_>>()
            .join(" + "),
        summary.counts.schools,
        summary.coverage.len(),
        summary.improvement_required.len(),
    );
    let mut screen = SummaryScreen::new("bench".into(), &profiles);
    screen.compiled(Ok(Arc::new(summary)), Vec::new());
    screen
}

/// Where the pointer is while the results scroll: over the charts.
const OVER_RESULTS: mouse::Cursor = mouse::Cursor::Available(Point::new(900.0, 450.0));

/// Time per frame while the results are scrolled: the update, the draw
/// (widgets to primitives), and the whole frame with the rasteriser's repaint.
#[derive(Default)]
struct Frames {
    updates: Vec<Duration>,
    draws: Vec<Duration>,
    whole: Vec<Duration>,
}

impl Frames {
    fn print(mut self, pass: &str) {
        println!(
            "scrolling the results ({STEP_LINES} lines a step), {pass}: update median {:.2} ms, draw (widgets to primitives) median {:.2} ms; update + draw + software rasterising a 1366x768 frame median {:.2} ms (max {:.2}); {} frames",
            ms(median(&mut self.updates)),
            ms(median(&mut self.draws)),
            ms(median(&mut self.whole)),
            ms(max(&self.whole)),
            self.whole.len(),
        );
    }
}

/// `frames` wheel steps down the results, each drawn whole.
fn scroll_pass(
    ui: &mut UserInterface<'_, teacher_eval::ui::summary::Message, Theme, iced::Renderer>,
    renderer: &mut iced::Renderer,
    frames: usize,
) -> Frames {
    let wheel = Event::Mouse(mouse::Event::WheelScrolled {
        delta: mouse::ScrollDelta::Lines {
            x: 0.0,
            y: -STEP_LINES,
        },
    });
    let mut out = Frames::default();
    let mut messages = Vec::new();
    for _ in 0..frames {
        let start = Instant::now();
        let _ = ui.update(
            std::slice::from_ref(&wheel),
            OVER_RESULTS,
            renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        out.updates.push(start.elapsed());
        let drawing = Instant::now();
        ui.draw(renderer, &Theme::Light, &STYLE, OVER_RESULTS);
        out.draws.push(drawing.elapsed());
        let pixels = renderer.screenshot(Size::new(1366, 768), 1.0, iced::Color::WHITE);
        out.whole.push(start.elapsed());
        assert!(!pixels.is_empty());
    }
    assert!(messages.is_empty(), "scrolling sends no message");
    out
}

const STYLE: Style = Style {
    text_color: iced::Color::BLACK,
};

/// The floor under any frame here: the benchmark's screenshot of an empty
/// window (a fresh buffer cleared, then copied out byte by byte), which a
/// window presenting to the screen does not do.
fn empty_frame(renderer: &mut iced::Renderer, runs: usize) {
    let size = Size::new(1366.0, 768.0);
    let mut ui: UserInterface<'_, (), Theme, iced::Renderer> =
        UserInterface::build(iced::widget::space(), size, Cache::default(), renderer);
    let mut frames = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        ui.draw(renderer, &Theme::Light, &STYLE, mouse::Cursor::Unavailable);
        let pixels = renderer.screenshot(Size::new(1366, 768), 1.0, iced::Color::WHITE);
        frames.push(start.elapsed());
        assert!(!pixels.is_empty());
    }
    println!(
        "an empty 1366x768 frame (the screenshot's own buffer and copy): median {:.2} ms",
        ms(median(&mut frames)),
    );
}

/// The software renderer with the fonts the window loads, so text is measured as it is there.
fn software_renderer() -> Option<iced::Renderer> {
    for font in teacher_eval::ui::theme::settings().fonts {
        if let Ok(mut fonts) = iced_test::renderer::graphics::text::font_system().write() {
            fonts.load_font(font);
        }
    }
    iced_test::futures::futures::executor::block_on(<iced::Renderer as Headless>::new(
        Font::with_name("Noto Sans"),
        Pixels(16.0),
        Some("tiny-skia"),
    ))
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn max(samples: &[Duration]) -> Duration {
    samples.iter().max().copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
