//! Frame cost of the Summary screen showing a district of 5,000 educators at
//! 1366x768: `view` plus layout (after every message), and frames drawn by
//! the software renderer while the results are scrolled with the mouse wheel
//! (no message, so no new layout: only an update and a draw).
//!
//! ```sh
//! cargo bench --bench summary_view
//! BENCH_EDUCATORS=20000 cargo bench --bench summary_view
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

    let Some(mut renderer) = software_renderer() else {
        eprintln!("summary_view: no software renderer");
        return;
    };
    let size = Size::new(1366.0, 768.0);
    let theme = Theme::Light;
    let style = Style {
        text_color: iced::Color::BLACK,
    };

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
    let over_results = mouse::Cursor::Available(Point::new(900.0, 450.0));
    let wheel = Event::Mouse(mouse::Event::WheelScrolled {
        delta: mouse::ScrollDelta::Lines {
            x: 0.0,
            y: -STEP_LINES,
        },
    });
    let (mut frames, mut updates, mut draws) = (Vec::new(), Vec::new(), Vec::new());
    let mut messages: Vec<teacher_eval::ui::summary::Message> = Vec::new();
    for _ in 0..scroll_frames {
        let start = Instant::now();
        let _ = ui.update(
            std::slice::from_ref(&wheel),
            over_results,
            &mut renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        updates.push(start.elapsed());
        let drawing = Instant::now();
        ui.draw(&mut renderer, &theme, &style, over_results);
        draws.push(drawing.elapsed());
        let pixels = renderer.screenshot(Size::new(1366, 768), 1.0, iced::Color::WHITE);
        frames.push(start.elapsed());
        assert!(!pixels.is_empty());
    }
    println!(
        "scrolling the results ({STEP_LINES} lines a step), a 1366x768 frame: update median {:.2} ms, draw (widgets to primitives) median {:.2} ms; update + draw + software rasterising median {:.2} ms (max {:.2}); {scroll_frames} frames, {} messages",
        ms(median(&mut updates)),
        ms(median(&mut draws)),
        ms(median(&mut frames)),
        ms(max(&frames)),
        messages.len(),
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
