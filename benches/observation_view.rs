//! Frame cost of the observation screen with 500 notes: `view` plus layout,
//! and a whole frame drawn by the software renderer.
//!
//! ```sh
//! cargo bench --bench observation_view
//! ```
//!
//! The window redraws after every key press while a principal types, so
//! both figures must stay well under 16 ms (one frame at 60 Hz).

use std::time::{Duration, Instant};

use iced::{Font, Pixels, Size, Theme, mouse};
use iced_test::core::renderer::{Headless, Style};
use iced_test::runtime::user_interface::{Cache, UserInterface};
use teacher_eval::record::{EvidenceKind, EvidenceNote};
use teacher_eval::rubric::Catalog;
use teacher_eval::ui::observation::{Message, ObservationScreen, Tab};

const NOTES: usize = 500;
const RUNS: usize = 40;

fn main() {
    // `cargo test --benches` runs benches once with `--test`: keep that quick.
    let runs = if std::env::args().any(|a| a == "--test") {
        2
    } else {
        RUNS
    };
    let catalog = Catalog::load(&[]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
    let demo = teacher_eval::demo::generate(8, 1, today, &catalog);
    let Some(mut observation) = demo.observations.first().cloned() else {
        eprintln!("observation_view: the demo made no observation");
        return;
    };
    let Some(educator) = demo
        .educators
        .iter()
        .find(|e| e.id == observation.educator_id)
    else {
        eprintln!("observation_view: the demo's educator is missing");
        return;
    };
    let template = observation.evidence.clone();
    observation.evidence = (0..NOTES)
        .map(|i| {
            let base = &template[i % template.len()];
            EvidenceNote {
                id: u32::try_from(i + 1).expect("500 notes"),
                offset_secs: i as u64 * 6,
                kind: if i % 7 == 0 {
                    EvidenceKind::Quote
                } else {
                    base.kind
                },
                ..base.clone()
            }
        })
        .collect();
    let mut screen = ObservationScreen::open(observation, educator, &catalog, Instant::now());

    // The fonts the window loads, so text is measured as it is there.
    for font in teacher_eval::ui::theme::settings().fonts {
        if let Ok(mut fonts) = iced_test::renderer::graphics::text::font_system().write() {
            fonts.load_font(font);
        }
    }
    let Some(mut renderer) =
        iced_test::futures::futures::executor::block_on(<iced::Renderer as Headless>::new(
            Font::with_name("Noto Sans"),
            Pixels(16.0),
            Some("tiny-skia"),
        ))
    else {
        eprintln!("observation_view: no software renderer");
        return;
    };
    let size = Size::new(1366.0, 768.0);
    let theme = Theme::Light;

    for tab in [Tab::Script, Tab::Rate] {
        let _ = screen.update(Message::Tab(tab));
        let mut layout = Vec::new();
        let mut frame = Vec::new();
        let mut cache = Cache::default();
        for _ in 0..runs {
            let start = Instant::now();
            let ui = UserInterface::build(screen.view(), size, cache, &mut renderer);
            layout.push(start.elapsed());
            cache = ui.into_cache();

            let start = Instant::now();
            let mut ui = UserInterface::build(screen.view(), size, cache, &mut renderer);
            ui.draw(
                &mut renderer,
                &theme,
                &Style {
                    text_color: iced::Color::BLACK,
                },
                mouse::Cursor::Unavailable,
            );
            let pixels = renderer.screenshot(Size::new(1366, 768), 1.0, iced::Color::WHITE);
            frame.push(start.elapsed());
            assert!(!pixels.is_empty());
            cache = ui.into_cache();
        }
        println!(
            "{tab:?} tab, {NOTES} notes, 1366x768: view + layout median {:.2} ms (max {:.2}); view + layout + software draw median {:.2} ms (max {:.2}); {runs} runs",
            ms(median(&mut layout)),
            ms(layout.iter().max().copied().unwrap_or_default()),
            ms(median(&mut frame)),
            ms(frame.iter().max().copied().unwrap_or_default()),
        );
    }
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
