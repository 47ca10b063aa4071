//! Reading and checking scoring profiles, and the catalog of bundled and
//! user profiles (same rules as rubrics: a later folder replaces an id).

use std::path::{Path, PathBuf};

use super::profile::{Bands, DomainWeights, PROFILE_SCHEMA, Scale, ScoringProfile};
use crate::files::ron_text::{self, Position};
use crate::rubric::{RubricError, RubricSource};

const BUNDLED: &[(&str, &str)] = &[
    (
        "pennsylvania-82-1.ron",
        include_str!("../../rubrics/scoring/pennsylvania-82-1.ron"),
    ),
    (
        "pennsylvania-13-1.ron",
        include_str!("../../rubrics/scoring/pennsylvania-13-1.ron"),
    ),
    (
        "pennsylvania-13-3.ron",
        include_str!("../../rubrics/scoring/pennsylvania-13-3.ron"),
    ),
    (
        "new-jersey-achievenj.ron",
        include_str!("../../rubrics/scoring/new-jersey-achievenj.ron"),
    ),
    (
        "equal-weights.ron",
        include_str!("../../rubrics/scoring/equal-weights.ron"),
    ),
];

/// Profiles are tiny; anything larger is not one.
const MAX_PROFILE_BYTES: usize = 256 * 1024;

/// Parses and checks one profile; every problem names the file and a position.
pub fn parse_profile(file: &str, bytes: &[u8]) -> Result<ScoringProfile, RubricError> {
    let fail = |position: Position, message: String| RubricError::new(file, position, message);
    if bytes.len() > MAX_PROFILE_BYTES {
        return Err(fail(
            Position::START,
            format!(
                "the file is {} bytes, more than a scoring profile may have",
                bytes.len()
            ),
        ));
    }
    let profile: ScoringProfile = ron_text::parse(
        bytes,
        "a scoring profile starting with `ScoringProfile(`",
        32,
    )
    .map_err(|e| fail(e.position, e.message))?;
    let source = ron_text::text(bytes, "").unwrap_or_default();
    let at = |field: &str| {
        source
            .find(&format!("{field}:"))
            .map_or(Position::START, |i| Position::at_offset(source, i))
    };
    check_names(&profile)
        .and_then(|()| check_scale(&profile.scale))
        .and_then(|()| check_bands(&profile.bands))
        .and_then(|()| check_weights(&profile.domain_weights))
        .and_then(|()| super::load_rules::check_rules(&profile))
        .and_then(|()| {
            if profile.decimals > 4 {
                Err(Problem::new(
                    "decimals",
                    "round to at most 4 decimal places",
                ))
            } else {
                Ok(())
            }
        })
        .map_err(|problem| fail(at(problem.field), problem.message))?;
    Ok(profile)
}

/// What is wrong with a profile, and the field whose position reports it.
pub(super) struct Problem {
    field: &'static str,
    message: String,
}

impl Problem {
    pub(super) fn new(field: &'static str, message: impl Into<String>) -> Problem {
        Problem {
            field,
            message: message.into(),
        }
    }
}

/// The file format version, the id and the title.
fn check_names(profile: &ScoringProfile) -> Result<(), Problem> {
    if profile.schema == 0 || profile.schema > PROFILE_SCHEMA {
        return Err(Problem::new(
            "schema",
            format!(
                "the profile uses file format version {}, but this teacher-eval reads versions 1 to {PROFILE_SCHEMA}",
                profile.schema
            ),
        ));
    }
    if profile.id.is_empty()
        || !profile
            .id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(Problem::new(
            "id",
            "the profile id must be letters, digits, `-`, `_` or `.`, and not empty",
        ));
    }
    if profile.title.trim().is_empty() {
        return Err(Problem::new("title", "the title is empty"));
    }
    Ok(())
}

/// Values by rank must increase, one per rubric level.
fn check_scale(scale: &Scale) -> Result<(), Problem> {
    if let Scale::ByRank(values) = scale {
        if values.is_empty() {
            return Err(Problem::new(
                "scale",
                "the scale has no values; expected one per rubric level",
            ));
        }
        if values.iter().any(|v| !v.is_finite()) || values.windows(2).any(|w| w[1] <= w[0]) {
            return Err(Problem::new(
                "scale",
                "scale values must be numbers that increase from the lowest level to the highest",
            ));
        }
    }
    Ok(())
}

/// Fixed bands need labels and increasing minimums.
fn check_bands(bands: &Bands) -> Result<(), Problem> {
    if let Bands::Fixed(bands) = bands {
        if bands.is_empty() {
            return Err(Problem::new(
                "bands",
                "there are no bands; expected at least one",
            ));
        }
        if bands
            .iter()
            .any(|b| !b.min.is_finite() || b.label.trim().is_empty())
            || bands.windows(2).any(|w| w[1].min <= w[0].min)
        {
            return Err(Problem::new(
                "bands",
                "each band needs a label, and band minimums must increase from the lowest band",
            ));
        }
    }
    Ok(())
}

/// Weights by domain: none negative, not all zero.
fn check_weights(weights: &DomainWeights) -> Result<(), Problem> {
    if let DomainWeights::ById {
        weights, others, ..
    } = weights
        && (weights
            .values()
            .chain([others])
            .any(|w| !w.is_finite() || *w < 0.0)
            || weights.values().all(|w| *w == 0.0))
    {
        return Err(Problem::new(
            "domain_weights",
            "domain weights must be zero or more, and at least one must be above zero",
        ));
    }
    Ok(())
}

/// One usable profile and where it came from.
#[derive(Debug, Clone)]
pub struct ProfileEntry {
    pub profile: ScoringProfile,
    pub source: RubricSource,
}

/// Every loaded profile, and the files that did not load.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    pub entries: Vec<ProfileEntry>,
    pub errors: Vec<RubricError>,
}

impl Profiles {
    /// Bundled profiles, then `*.ron` files in each folder, in order.
    #[must_use]
    pub fn load(folders: &[PathBuf]) -> Profiles {
        let mut profiles = Profiles::default();
        for (name, text) in BUNDLED {
            profiles.add(
                &format!("bundled:scoring/{name}"),
                text.as_bytes(),
                RubricSource::Bundled,
            );
        }
        for folder in folders {
            profiles.add_folder(folder);
        }
        profiles
    }

    /// The sentence refusing an id no loaded profile has, naming those that are.
    #[must_use]
    pub fn not_loaded(&self, id: &str) -> String {
        let known: Vec<&str> = self.entries.iter().map(|e| e.profile.id.as_str()).collect();
        format!(
            "there is no scoring profile `{id}`; the loaded profiles are {}",
            known.join(", ")
        )
    }

    #[must_use]
    pub fn get(&self, id: &str) -> Option<&ScoringProfile> {
        self.entries
            .iter()
            .find(|e| e.profile.id == id)
            .map(|e| &e.profile)
    }

    fn add_folder(&mut self, folder: &Path) {
        let Ok(listing) = std::fs::read_dir(folder) else {
            return;
        };
        for file in
            crate::rubric::read_data_files(listing, "ron", MAX_PROFILE_BYTES, &mut self.errors)
        {
            self.add(&file.label, &file.bytes, RubricSource::File(file.path));
        }
    }

    fn add(&mut self, label: &str, bytes: &[u8], source: RubricSource) {
        match parse_profile(label, bytes) {
            Ok(profile) => {
                let entry = ProfileEntry { profile, source };
                match self
                    .entries
                    .iter_mut()
                    .find(|e| e.profile.id == entry.profile.id)
                {
                    Some(existing) => *existing = entry,
                    None => self.entries.push(entry),
                }
            }
            Err(error) => self.errors.push(error),
        }
    }
}
