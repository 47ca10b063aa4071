//! The workspace's own settings: choices that belong with its records, so
//! that a copy of the folder carries them: the district's name and the
//! scoring profiles new summative evaluations start with. One small RON file,
//! `settings.ron`, saved atomically and never overwritten if it cannot be read.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::contents::SetAside;
use crate::record::DegreeLevel;
use crate::record::roster::Mapping;
use crate::rubric::Catalog;
use crate::scoring::{DEFAULT_PROFILE, Profiles};

/// The file at the workspace's top.
pub const SETTINGS_FILE: &str = "settings.ron";

/// Larger files are refused unread: settings are a few lines.
pub const MAX_SETTINGS_BYTES: usize = 64 * 1024;

/// Missing fields take their defaults, so an older file still reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The scoring profile id new evaluations start with; `None` is the
    /// built-in default ([`DEFAULT_PROFILE`]).
    pub scoring_profile: Option<String>,
    /// The district (LEA) named on the state's forms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// Profiles for roles rated on their own form (a coordinator under
    /// Pennsylvania's nonteaching professional form), by role id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub role_profiles: BTreeMap<String, String>,
    /// How rosters are read: the order of names in two columns, and the
    /// columns and values chosen at an import, kept for the next one
    /// (boxed: the settings travel in every message that carries them).
    #[serde(skip_serializing_if = "Mapping::is_empty")]
    pub roster: Box<Mapping>,
    /// The compliance rules (a state's) the year's calendar is checked
    /// against; `None` until chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compliance_rules: Option<String>,
    /// Days the school is closed on weekdays: not working days for deadlines.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub school_holidays: Vec<chrono::NaiveDate>,
    /// The district's minimum degree, by role id (coordinators at least a
    /// bachelor's, say); a role not named has none.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub minimum_degrees: BTreeMap<String, DegreeLevel>,
}

impl Settings {
    /// The profile id a new evaluation starts with.
    #[must_use]
    pub fn scoring_profile(&self) -> &str {
        self.scoring_profile.as_deref().unwrap_or(DEFAULT_PROFILE)
    }

    /// The profile id a new evaluation of someone in `role` starts with:
    /// the role's own, else the workspace's.
    #[must_use]
    pub fn profile_for(&self, role: &str) -> &str {
        self.role_profiles
            .get(role)
            .map_or_else(|| self.scoring_profile(), String::as_str)
    }
}

impl Settings {
    /// The minimum degree set for `role`, if any.
    #[must_use]
    pub fn minimum_degree(&self, role: &str) -> Option<DegreeLevel> {
        self.minimum_degrees.get(role).copied()
    }

    /// Applies `ROLE=LEVEL` (or `ROLE=none`, which clears the role's
    /// minimum): the role one a loaded rubric evaluates (its id or name).
    /// Returns the role id and the minimum set.
    pub fn set_minimum_degree(
        &mut self,
        text: &str,
        catalog: &Catalog,
    ) -> Result<(String, Option<DegreeLevel>), String> {
        let (role, level) = text.split_once('=').ok_or_else(|| {
            format!(
                "`{}` is not ROLE=LEVEL, e.g. edtech-coordinator=bachelor",
                crate::files::csv_rows::shown(text)
            )
        })?;
        let role = crate::record::roster::resolve_role(catalog, role)?;
        let level = DegreeLevel::parse(level)?;
        if level == DegreeLevel::NoDegree {
            self.minimum_degrees.remove(&role);
            return Ok((role, None));
        }
        self.minimum_degrees.insert(role.clone(), level);
        Ok((role, Some(level)))
    }
}

/// The longest district name kept: a name on a form, not a paragraph.
pub const MAX_DISTRICT_CHARS: usize = 200;

impl Settings {
    /// Sets the district's name, whitespace folded; an empty name clears it.
    pub fn set_district(&mut self, name: &str) -> Result<(), String> {
        let name = name
            .split(|c: char| c.is_whitespace() || c.is_control())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let length = name.chars().count();
        if length > MAX_DISTRICT_CHARS {
            return Err(format!(
                "the district's name is {length} characters long, more than the {MAX_DISTRICT_CHARS} allowed"
            ));
        }
        self.district = (!name.is_empty()).then_some(name);
        Ok(())
    }

    /// Applies `ROLE=PROFILE_ID` (or `ROLE=default`, which clears the role's
    /// own): the role one a loaded rubric evaluates (its id or name), the
    /// profile a loaded one. Returns the role id and the profile id set.
    pub fn set_role_profile(
        &mut self,
        text: &str,
        catalog: &Catalog,
        profiles: &Profiles,
    ) -> Result<(String, Option<String>), String> {
        let (role, profile) = text.split_once('=').ok_or_else(|| {
            format!(
                "`{}` is not ROLE=PROFILE_ID, e.g. edtech-coordinator=pennsylvania-13-3",
                crate::files::csv_rows::shown(text)
            )
        })?;
        let role = crate::record::roster::resolve_role(catalog, role)?;
        let profile = profile.trim();
        if profile == "default" {
            self.role_profiles.remove(&role);
            return Ok((role, None));
        }
        let Some(found) = profiles.get(profile) else {
            return Err(format!(
                "{} (or `default`)",
                profiles.not_loaded(&crate::files::csv_rows::shown(profile))
            ));
        };
        self.role_profiles.insert(role.clone(), found.id.clone());
        Ok((role, Some(found.id.clone())))
    }
}

/// Reads the settings at `root`: the defaults when there is no file, or the
/// file set aside (named, with its position) when it cannot be read.
pub(super) fn read(root: &Path) -> Result<Settings, SetAside> {
    let path = root.join(SETTINGS_FILE);
    let set_aside = |position, message| SetAside {
        path: path.clone(),
        position,
        message,
    };
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
        Err(e) => return Err(set_aside(None, super::plain(&e))),
        Ok(meta) if !meta.file_type().is_file() => {
            return Err(set_aside(None, "it is not a regular file".into()));
        }
        Ok(_) => {}
    }
    let bytes = crate::files::bounded::read_bounded_with(
        &path,
        MAX_SETTINGS_BYTES,
        crate::files::bounded::Links::Refuse,
    )
    .map_err(|e| set_aside(None, super::plain(&e)))?;
    crate::files::ron_text::parse::<Settings>(&bytes, "workspace settings starting with `(`", 8)
        .map_err(|e| set_aside(Some(e.position), e.message))
}

/// The settings as the text of their file.
pub(super) fn encode(settings: &Settings) -> Result<String, ron::Error> {
    ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default()).map(|t| t + "\n")
}
