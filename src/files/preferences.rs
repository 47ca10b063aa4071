//! What the user chose for the window (the theme), remembered between runs
//! in their own config folder. It holds no personal data and belongs to no
//! workspace, so a coordinator's theme follows them to every folder they open.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// Larger files are refused unread: preferences are a few lines.
pub const MAX_PREFERENCES_BYTES: usize = 64 * 1024;

/// Light or dark; `System` follows the desktop's setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Appearance {
    #[default]
    System,
    Light,
    Dark,
}

impl Appearance {
    pub const ALL: [Appearance; 3] = [Appearance::System, Appearance::Light, Appearance::Dark];
}

impl std::fmt::Display for Appearance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Appearance::System => "System theme",
            Appearance::Light => "Light",
            Appearance::Dark => "Dark",
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
