//! The keyboard help of every screen but the observation (which has its
//! own, longer one): F1 shows it over the screen, Esc or F1 closes it.

use crate::ui::button;
use iced::Element;
use iced::widget::{Column, container, row, text};

use super::theme;

/// Which screen's keys to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpFor {
    Educators,
    RosterImport,
    Summary,
    Rubrics,
    Summative,
    Plan,
    SelfAssessment,
}

/// Keys that work on every screen.
const EVERYWHERE: &[(&str, &str)] = &[
    ("Tab / Shift+Tab", "Next / previous field or button"),
    (
        "Enter / Space",
        "Press the button with the focus (outlined)",
    ),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        "Take back / redo typing in the field with the focus",
    ),
    ("Ctrl+F", "Search every note, rationale and reflection"),
    (
        "Ctrl+= / Ctrl+- / Ctrl+0",
        "Larger / smaller / normal text (remembered)",
    ),
    ("F1", "Show or hide this help"),
    ("Esc", "Close this help or the search"),
];

/// The keys of one screen, before those of every screen.
#[must_use]
pub fn shortcuts(screen: HelpFor) -> Vec<(&'static str, &'static str)> {
    let own: &[(&str, &str)] = match screen {
        HelpFor::Educators | HelpFor::Rubrics => &[],
        HelpFor::RosterImport => &[
            ("Enter", "Import the rows shown (when the preview is up)"),
            ("Esc", "Cancel the preview, or close the import"),
        ],
        HelpFor::Summary => &[("Alt+← / Alt+→", "Previous / next columns of the heat maps")],
        HelpFor::Summative | HelpFor::Plan | HelpFor::SelfAssessment => &[
            ("Ctrl+S", "Save now (it also saves by itself)"),
            (
                "Enter / Esc",
                "Confirm / cancel a step the window asks about",
            ),
        ],
    };
    own.iter().chain(EVERYWHERE).copied().collect()
}

/// The help panel; `close` is the message its button sends.
pub fn view<'a, M: Clone + 'a>(screen: HelpFor, close: M) -> Element<'a, M> {
    let mut lines = Column::new()
        .spacing(6)
        .push(text("Keyboard shortcuts").font(theme::BOLD).size(20));
    for (keys, what) in shortcuts(screen) {
        lines = lines.push(
            row![
                text(keys).font(theme::BOLD).size(14).width(170),
                text(what).size(14),
            ]
            .spacing(12),
        );
    }
    lines = lines.push(button(text("Close (Esc)")).on_press(close));
    container(lines)
        .padding(24)
        .max_width(640)
        .style(theme::panel)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_lists_the_keys_of_every_screen() {
        for screen in [
            HelpFor::Educators,
            HelpFor::RosterImport,
            HelpFor::Summary,
            HelpFor::Rubrics,
            HelpFor::Summative,
            HelpFor::Plan,
            HelpFor::SelfAssessment,
        ] {
            let keys: Vec<&str> = shortcuts(screen).iter().map(|(k, _)| *k).collect();
            assert!(
                keys.contains(&"Ctrl+F") && keys.contains(&"F1"),
                "{screen:?}"
            );
        }
        assert!(
            shortcuts(HelpFor::Summative)
                .iter()
                .any(|(k, _)| *k == "Ctrl+S")
        );
    }
}
