//! Colours, fonts and the few shared styles of the window.

use std::borrow::Cow;

use iced::widget::{button, container};
use iced::{Border, Color, Font, Theme, color, font};

use crate::files::preferences::Appearance;
use crate::summary::palette;

/// The window's settings for text: every bundled font loaded
/// ([`crate::fonts`]) and Noto Sans the default, so the window looks the
/// same on every machine, names in Arabic, Hebrew, Devanagari and Thai
/// draw without the system's fonts, and every mark the screens use
/// (✓ ⚑ ← → ↑ ↓ ○) has a glyph. Set before any other setting: it replaces them.
#[must_use]
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: crate::fonts::TEXT
            .iter()
            .chain(&crate::fonts::SYMBOLS)
            .map(|font| Cow::Borrowed(font.bytes))
            .collect(),
        default_font: SANS,
        ..iced::Settings::default()
    }
}

pub const SANS: Font = Font::with_name("Noto Sans");
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..SANS
};
pub const ITALIC: Font = Font {
    style: font::Style::Italic,
    ..SANS
};

/// The theme for the user's choice; `None` lets iced follow the system.
#[must_use]
pub fn of(appearance: Appearance) -> Option<Theme> {
    match appearance {
        Appearance::System => None,
        Appearance::Light => Some(light()),
        Appearance::Dark => Some(dark()),
        Appearance::HighContrast => Some(high_contrast()),
    }
}

/// The name the high-contrast theme goes by, so styles can tell it.
const HIGH_CONTRAST: &str = "teacher-eval high contrast";

#[allow(
    clippy::unreadable_literal,
    reason = "a colour reads as the six hex digits of #rrggbb"
)]
fn high_contrast() -> Theme {
    // Every colour at least 7:1 against white (WCAG AAA for text).
    Theme::custom(
        HIGH_CONTRAST,
        iced::theme::Palette {
            background: color!(0xffffff),
            text: color!(0x000000),
            primary: color!(0x0033a0),
            success: color!(0x00602b),
            warning: color!(0x7a4100),
            danger: color!(0x9e0000),
        },
    )
}

/// Whether `theme` is the high-contrast one: there, nothing is dimmed.
fn is_high_contrast(theme: &Theme) -> bool {
    theme.to_string() == HIGH_CONTRAST
}

#[allow(
    clippy::unreadable_literal,
    reason = "a colour reads as the six hex digits of #rrggbb"
)]
fn light() -> Theme {
    Theme::custom(
        "teacher-eval light",
        iced::theme::Palette {
            background: color!(0xf7f8fa),
            text: color!(0x1d2430),
            primary: color!(0x2459a8),
            success: color!(0x1e7a4c),
            warning: color!(0xb26a00),
            danger: color!(0xb3261e),
        },
    )
}

#[allow(
    clippy::unreadable_literal,
    reason = "a colour reads as the six hex digits of #rrggbb"
)]
fn dark() -> Theme {
    Theme::custom(
        "teacher-eval dark",
        iced::theme::Palette {
            background: color!(0x1c1f24),
            text: color!(0xe4e7ec),
            primary: color!(0x6b9be6),
            success: color!(0x4fb17e),
            warning: color!(0xe0a33a),
            danger: color!(0xf07167),
        },
    )
}

/// A raised panel: sidebars and cards.
#[must_use]
pub fn panel(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.background.weakest.color.into()),
        text_color: Some(palette.background.weakest.text),
        border: Border {
            width: 1.0,
            radius: 6.0.into(),
            color: palette.background.weak.color,
        },
        ..container::Style::default()
    }
}

/// A notice that something needs attention (load errors, warnings).
#[must_use]
pub fn warning_panel(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.warning.weak.color.scale_alpha(0.25).into()),
        text_color: Some(palette.background.base.text),
        border: Border {
            width: 1.0,
            radius: 6.0.into(),
            color: palette.warning.base.color,
        },
        ..container::Style::default()
    }
}

/// The header strip of a level card, in the level's colour from the shared
/// palette (the summary's charts and PDF use the same).
pub fn level_header(rank: usize, count: usize) -> impl Fn(&Theme) -> container::Style {
    let fill = level_fill(palette::level(rank, count));
    move |theme| container::Style {
        border: Border {
            radius: 6.0.into(),
            ..Border::default()
        },
        ..fill(theme)
    }
}

/// A colour of the shared level palette as iced draws it.
#[must_use]
pub fn level_color(rgb: palette::Rgb) -> Color {
    Color::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// A box filled with `rgb`, its text in the ink that reads on it whatever the theme.
pub fn level_fill(rgb: palette::Rgb) -> impl Fn(&Theme) -> container::Style {
    let ink = match palette::ink_on(rgb) {
        palette::Ink::Light => Color::WHITE,
        palette::Ink::Dark => DARK_INK,
    };
    move |_| container::Style {
        background: Some(level_color(rgb).into()),
        text_color: Some(ink),
        ..container::Style::default()
    }
}

/// Text on the palette's light colours, in the dark theme too.
const DARK_INK: Color = Color::from_rgb(0.114, 0.141, 0.188);

/// A list row that can be selected: plain when not, filled when it is.
pub fn list_item(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let (background, text) = if selected {
            (palette.primary.weak.color, palette.primary.weak.text)
        } else if matches!(status, button::Status::Hovered) {
            (palette.background.weak.color, palette.background.weak.text)
        } else {
            (Color::TRANSPARENT, palette.background.base.text)
        };
        button::Style {
            background: Some(background.into()),
            text_color: text,
            border: Border {
                radius: 4.0.into(),
                ..Border::default()
            },
            ..button::Style::default()
        }
    }
}

/// Text that says less than the text around it (sources, counts, hints).
#[must_use]
pub fn muted(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(if is_high_contrast(theme) {
            theme.palette().text
        } else {
            theme.palette().text.scale_alpha(0.65)
        }),
    }
}

/// A message that something failed (a save, an import).
#[must_use]
pub fn error_panel(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.danger.weak.color.scale_alpha(0.25).into()),
        text_color: Some(palette.background.base.text),
        border: Border {
            width: 1.0,
            radius: 6.0.into(),
            color: palette.danger.base.color,
        },
        ..container::Style::default()
    }
}

/// A small rounded tag for a component id, filled when chosen.
pub fn chip(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let (background, text) = if selected {
            (palette.primary.base.color, palette.primary.base.text)
        } else if matches!(status, button::Status::Hovered) {
            (palette.primary.weak.color, palette.primary.weak.text)
        } else {
            (palette.background.weak.color, palette.background.weak.text)
        };
        button::Style {
            background: Some(background.into()),
            text_color: text,
            border: Border {
                radius: 10.0.into(),
                ..Border::default()
            },
            ..button::Style::default()
        }
    }
}

/// A level card that can be chosen; the chosen one is outlined in the accent colour.
pub fn level_card(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let background = if selected {
            palette.primary.weak.color.scale_alpha(0.35)
        } else if matches!(status, button::Status::Hovered) {
            palette.background.weak.color
        } else {
            palette.background.weakest.color
        };
        button::Style {
            background: Some(background.into()),
            text_color: palette.background.base.text,
            border: Border {
                width: if selected { 2.0 } else { 1.0 },
                radius: 6.0.into(),
                color: if selected {
                    palette.primary.base.color
                } else {
                    palette.background.weak.color
                },
            },
            ..button::Style::default()
        }
    }
}

/// The dimmed backdrop behind a dialog.
#[must_use]
pub fn backdrop(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Color::from_rgba(0.0, 0.0, 0.0, 0.45).into()),
        ..container::Style::default()
    }
}

/// Text that reports a failure.
#[must_use]
pub fn danger_text(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(theme.palette().danger),
    }
}
