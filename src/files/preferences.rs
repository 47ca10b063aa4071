//! What the user chose for the window (the theme), remembered between runs
//! in their own config folder. It holds no personal data and belongs to no
//! workspace, so a coordinator's theme follows them to every folder they open.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// Larger files are refused unread: preferences are a few lines.
pub const MAX_PREFERENCES_BYTES: usize = 64 * 1024;

/// Light or dark; `System` follows the desktop's setting; high contrast
/// is black on white with every colour at full strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Appearance {
    #[default]
    System,
    Light,
    Dark,
    HighContrast,
}

impl Appearance {
    pub const ALL: [Appearance; 4] = [
        Appearance::System,
        Appearance::Light,
        Appearance::Dark,
        Appearance::HighContrast,
    ];
}

impl std::fmt::Display for Appearance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Appearance::System => "System theme",
            Appearance::Light => "Light",
            Appearance::Dark => "Dark",
            Appearance::HighContrast => "High contrast",
        })
    }
}

/// Everything remembered. Missing fields take their defaults, so a file
/// written by an older version still reads.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub appearance: Appearance,
    /// The user's name, asked once: it signs observations and amendments.
    pub name: String,
    /// How large everything in the window is drawn, in percent (Ctrl+= and Ctrl+-).
    pub text_size: TextSize,
}

/// The window's size of text, in percent of the normal size: one of
/// [`TextSize::STEPS`]; a value typed into the file by hand is taken as
/// the nearest step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "u16", into = "u16")]
pub struct TextSize(u16);

impl TextSize {
    /// From small laptops to a projector at the back of a room.
    pub const STEPS: [u16; 8] = [80, 90, 100, 110, 125, 150, 175, 200];
    pub const NORMAL: TextSize = TextSize(100);

    /// One step larger (`true`) or smaller, stopping at the ends.
    #[must_use]
    pub fn step(self, larger: bool) -> TextSize {
        let at = Self::STEPS.iter().position(|s| *s == self.0).unwrap_or(2);
        let next = if larger {
            (at + 1).min(Self::STEPS.len() - 1)
        } else {
            at.saturating_sub(1)
        };
        TextSize(Self::STEPS[next])
    }

    /// The window's scale factor.
    #[must_use]
    pub fn factor(self) -> f32 {
        f32::from(self.0) / 100.0
    }

    #[must_use]
    pub fn percent(self) -> u16 {
        self.0
    }
}

impl Default for TextSize {
    fn default() -> TextSize {
        TextSize::NORMAL
    }
}

impl From<u16> for TextSize {
    fn from(percent: u16) -> TextSize {
        let nearest = Self::STEPS
            .iter()
            .copied()
            .min_by_key(|s| s.abs_diff(percent))
            .unwrap_or(100);
        TextSize(nearest)
    }
}

impl From<TextSize> for u16 {
    fn from(size: TextSize) -> u16 {
        size.0
    }
}

/// The user's name from the preferences file, if one is set and readable.
#[must_use]
pub fn user_name() -> Option<String> {
    let file = crate::files::folders::preferences_file()?;
    let name = load(&file).ok()??.name;
    Some(name.trim().to_string()).filter(|n| !n.is_empty())
}

/// Reads the preferences file: `Ok(None)` when there is none yet, or one
/// sentence saying why it cannot be used.
pub fn load(path: &Path) -> Result<Option<Preferences>, String> {
    let bytes = match crate::files::bounded::read_bounded(path, MAX_PREFERENCES_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(crate::workspace::plain(&e)),
    };
    crate::files::ron_text::parse::<Preferences>(&bytes, "preferences starting with `(`", 8)
        .map(Some)
        .map_err(|e| format!("line {}: {}", e.position.line, e.message))
}

/// Why the preferences were not written, in words that finish "could not be remembered: …".
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{0}")]
    Encode(#[from] ron::Error),
    /// The config folder could not be made.
    #[error("{}", crate::workspace::plain(.0))]
    Folder(std::io::Error),
    #[error("{0}")]
    Write(#[from] crate::workspace::NotWritten),
}

/// Writes the preferences atomically, creating the config folder (owner only).
///
/// # Errors
/// When the folder cannot be made or the file cannot be written.
pub fn save(path: &Path, preferences: &Preferences) -> Result<(), SaveError> {
    let text = ron::ser::to_string_pretty(preferences, ron::ser::PrettyConfig::default())?;
    if let Some(folder) = path.parent() {
        crate::workspace::create_private_dir(folder).map_err(SaveError::Folder)?;
    }
    crate::workspace::write_user_file(path, format!("{text}\n").as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_steps_stop_at_the_ends_and_take_the_nearest() {
        assert_eq!(TextSize::NORMAL.step(true).percent(), 110);
        assert_eq!(TextSize::NORMAL.step(false).percent(), 90);
        assert_eq!(TextSize::from(200).step(true).percent(), 200);
        assert_eq!(TextSize::from(80).step(false).percent(), 80);
        assert_eq!(TextSize::from(9999).percent(), 200);
        assert_eq!(TextSize::from(0).percent(), 80);
        assert_eq!(TextSize::from(120).percent(), 125);
    }

    #[test]
    fn preferences_written_before_text_sizes_read_at_normal_size() {
        let old: Preferences =
            ron::from_str("(appearance: Dark, name: \"Ana\")").expect("an older file reads");
        assert_eq!(old.text_size, TextSize::NORMAL);
        let text = ron::to_string(&Preferences {
            text_size: TextSize::from(150),
            ..old
        })
        .expect("writes");
        let back: Preferences = ron::from_str(&text).expect("reads back");
        assert_eq!(back.text_size.percent(), 150);
    }
}
