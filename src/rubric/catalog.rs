//! All rubrics the program knows: the bundled ones, then the user's folders.
//!
//! Rule when ids collide: a later source replaces an earlier one, and the
//! entry says whom it replaced. The order is bundled, the user's rubric
//! folder, then each `--rubrics DIR` in the order given. So a district's own
//! `danielson-2013.ron` replaces the bundled one, and `rubric list` says so.
//! Two files with one id inside the same folder: the first by file name wins
//! and the second is reported as an error.

use std::path::{Path, PathBuf};

use super::data_folder::DataFile;
use super::error::{Position, RubricError};
use super::fingerprint::fingerprint;
use super::model::{Role, Rubric};
use super::parse::parse_rubric;
use super::suggest::{MAX_EXAMPLES_BYTES, parse_examples, rubric_of};
use super::visits::Visits;
use super::visits_check::{MAX_VISITS_BYTES, parse_visits};
use super::vocabulary::{MAX_VOCABULARY_BYTES, Vocabulary, parse_vocabulary};

/// The rubrics compiled into the binary, so an installed copy works anywhere.
const BUNDLED: &[(&str, &str)] = &[
    (
        "danielson-2013.ron",
        include_str!("../../rubrics/danielson-2013.ron"),
    ),
    (
        "danielson-2022.ron",
        include_str!("../../rubrics/danielson-2022.ron"),
    ),
    (
        "edtech-coordinator.ron",
        include_str!("../../rubrics/edtech-coordinator.ron"),
    ),
];

/// The vocabularies compiled into the binary (shorthand and cues, see
/// `rubrics/vocabulary/`); each folder's `vocabulary/` adds to them.
const BUNDLED_VISITS: &str = include_str!("../../rubrics/visits/default.ron");

const BUNDLED_VOCABULARY: &[(&str, &str)] = &[(
    "classroom.ron",
    include_str!("../../rubrics/vocabulary/classroom.ron"),
)];

/// The hand-tagged example notes compiled into the binary, one file per
/// rubric (see `rubrics/examples/`); each folder's `examples/` adds to them.
const BUNDLED_EXAMPLES: &[(&str, &str)] = &[
    (
        "danielson-2013.tsv",
        include_str!("../../rubrics/examples/danielson-2013.tsv"),
    ),
    (
        "edtech-coordinator.tsv",
        include_str!("../../rubrics/examples/edtech-coordinator.tsv"),
    ),
];

/// Where a rubric was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricSource {
    Bundled,
    File(PathBuf),
}

impl std::fmt::Display for RubricSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RubricSource::Bundled => f.write_str("bundled"),
            RubricSource::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// One usable rubric and where it came from.
#[derive(Debug, Clone)]
pub struct CatalogEntry {
    pub rubric: Rubric,
    pub source: RubricSource,
    /// Hash of the rubric's content; records keep it to notice later edits.
    pub fingerprint: String,
    /// The source this entry replaced, when its id was already loaded.
    pub replaced: Option<RubricSource>,
}

/// The rubrics that loaded, in a stable order, and the files that did not.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub entries: Vec<CatalogEntry>,
    pub errors: Vec<RubricError>,
    /// Shorthand and cues for suggesting components, every file merged.
    pub vocabulary: Vocabulary,
    /// Look-for forms for walkthroughs, each checked against its rubric.
    pub lookfors: Vec<super::LookForEntry>,
    /// The kinds of visit of each role, every file merged.
    pub visits: Visits,
}

impl Catalog {
    /// Bundled rubrics, then every `*.ron` file in each folder in order.
    /// Folders that do not exist are skipped; nothing here panics or stops
    /// at a bad file.
    #[must_use]
    pub fn load(folders: &[PathBuf]) -> Catalog {
        let mut catalog = Catalog::default();
        for (name, text) in BUNDLED {
            catalog.add(
                &format!("bundled:{name}"),
                text.as_bytes(),
                RubricSource::Bundled,
            );
        }
        for (name, text) in BUNDLED_VOCABULARY {
            catalog.add_vocabulary(&format!("bundled:vocabulary/{name}"), text.as_bytes());
        }
        for (name, text) in BUNDLED_EXAMPLES {
            catalog.add_examples(&format!("bundled:examples/{name}"), text.as_bytes());
        }
        catalog.add_visits("bundled:visits/default.ron", BUNDLED_VISITS.as_bytes());
        for folder in folders {
            catalog.add_folder(folder);
            for (label, bytes) in
                catalog.data_files(&folder.join("vocabulary"), "ron", MAX_VOCABULARY_BYTES)
            {
                catalog.add_vocabulary(&label, &bytes);
            }
            let examples = folder.join("examples");
            for (label, bytes) in catalog.data_files(&examples, "tsv", MAX_EXAMPLES_BYTES) {
                catalog.add_examples(&label, &bytes);
            }
            for (label, bytes) in
                catalog.data_files(&folder.join("visits"), "ron", MAX_VISITS_BYTES)
            {
                catalog.add_visits(&label, &bytes);
            }
        }
        let unknown = catalog.vocabulary.unknown_components(|rubric, component| {
            catalog
                .get(rubric)
                .map(|e| e.rubric.components().any(|c| c.id == component))
        });
        catalog.errors.extend(unknown);
        catalog.add_lookfors(folders);
        catalog
    }

    /// Every `*.EXT` file of a data folder (vocabulary, examples, visits)
    /// with its label, in file-name order; what cannot be read is reported.
    fn data_files(&mut self, folder: &Path, ext: &str, max: usize) -> Vec<(String, Vec<u8>)> {
        let Ok(listing) = std::fs::read_dir(folder) else {
            return Vec::new();
        };
        crate::rubric::read_data_files(listing, ext, max, &mut self.errors)
            .into_iter()
            .map(|file| (file.label, file.bytes))
            .collect()
    }

    fn add_visits(&mut self, label: &str, bytes: &[u8]) {
        match parse_visits(label, bytes) {
            Ok(file) => self.visits.merge(file),
            Err(e) => self.errors.push(e),
        }
    }

    fn add_vocabulary(&mut self, label: &str, bytes: &[u8]) {
        match parse_vocabulary(label, bytes) {
            Ok(file) => {
                let source = crate::files::ron_text::text(bytes, "").unwrap_or_default();
                self.vocabulary.merge(label, source, file);
            }
            Err(e) => self.errors.push(e),
        }
    }

    /// One examples file, for the rubric its name gives (`danielson-2013.tsv`).
    fn add_examples(&mut self, label: &str, bytes: &[u8]) {
        let name = label.rsplit(['/', '\\']).next().unwrap_or(label);
        let Some(rubric) = rubric_of(name) else {
            return;
        };
        let (notes, errors) = parse_examples(label, bytes);
        self.errors.extend(errors);
        self.vocabulary.add_examples(label, rubric, notes);
    }

    /// The entry for `id`, if any rubric with that id loaded.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| e.rubric.id == id)
    }

    /// The rubric new educators of this role get unless another is chosen:
    /// the first in catalog order (bundled `danielson-2013` for teachers).
    #[must_use]
    pub fn default_for_role(&self, role: &str) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| e.rubric.role.id == role)
    }

    /// Every role some loaded rubric evaluates, once each, in catalog order.
    #[must_use]
    pub fn roles(&self) -> Vec<&Role> {
        let mut roles: Vec<&Role> = Vec::new();
        for entry in &self.entries {
            if !roles.iter().any(|r| r.id == entry.rubric.role.id) {
                roles.push(&entry.rubric.role);
            }
        }
        roles
    }

    fn add_folder(&mut self, folder: &Path) {
        let listing = match std::fs::read_dir(folder) {
            Ok(listing) => listing,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(e) => {
                self.errors.push(RubricError::new(
                    folder.display().to_string(),
                    Position::START,
                    format!("the rubric folder cannot be read: {e}"),
                ));
                return;
            }
        };
        let mut loaded_here: Vec<(String, PathBuf)> = Vec::new();
        for DataFile { path, label, bytes } in crate::rubric::read_data_files(
            listing,
            "ron",
            super::MAX_RUBRIC_BYTES,
            &mut self.errors,
        ) {
            let rubric = match parse_rubric(&label, &bytes) {
                Ok(rubric) => rubric,
                Err(errors) => {
                    self.errors.extend(errors);
                    continue;
                }
            };
            if let Some((_, first)) = loaded_here.iter().find(|(id, _)| *id == rubric.id) {
                self.errors.push(RubricError::new(
                    label,
                    Position::START,
                    format!(
                        "the rubric id `{}` is already used by {}; this file was not loaded",
                        rubric.id,
                        first.display()
                    ),
                ));
                continue;
            }
            loaded_here.push((rubric.id.clone(), path.clone()));
            self.insert(rubric, RubricSource::File(path));
        }
    }

    fn add(&mut self, label: &str, bytes: &[u8], source: RubricSource) {
        match parse_rubric(label, bytes) {
            Ok(rubric) => self.insert(rubric, source),
            Err(errors) => self.errors.extend(errors),
        }
    }

    fn insert(&mut self, rubric: Rubric, source: RubricSource) {
        let entry = CatalogEntry {
            fingerprint: fingerprint(&rubric),
            rubric,
            source,
            replaced: None,
        };
        match self
            .entries
            .iter_mut()
            .find(|e| e.rubric.id == entry.rubric.id)
        {
            Some(existing) => {
                let replaced = existing.source.clone();
                *existing = CatalogEntry {
                    replaced: Some(replaced),
                    ..entry
                };
            }
            None => self.entries.push(entry),
        }
    }
}
