//! Reading every record in a workspace, using every core, and setting aside
//! the files that cannot be read without touching them.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::atomic::is_temp_name;
use super::folder_read::Folder;
use super::index::Index;
use super::record_file::Record;
use super::year_records::Listed;
use crate::files::folders::IndexPlace;
use crate::files::ron_text::Position;
use crate::record::{Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative};

/// Everything a workspace holds that could be read, and what could not.
#[derive(Debug, Default, Clone)]
pub struct Contents {
    /// Sorted by name.
    pub educators: Vec<Educator>,
    /// Sorted by start time, oldest first.
    pub observations: Vec<Observation>,
    /// Sorted by school year, then id.
    pub summatives: Vec<Summative>,
    /// Sorted by school year, then id.
    pub growth_plans: Vec<GrowthPlan>,
    /// Student measures, sorted by school year, educator, measure and id.
    pub measures: Vec<Measure>,
    /// Educators' self-assessments, sorted by school year, educator and id.
    pub self_assessments: Vec<SelfAssessment>,
    /// Files that are kept as they are and not loaded.
    pub set_aside: Vec<SetAside>,
    /// Records that loaded but do not fit together (e.g. an observation of an unknown educator).
    pub warnings: Vec<String>,
    /// The workspace's settings (the defaults when its file is missing or set aside).
    pub settings: super::Settings,
    /// Where the artifacts the records name are read from.
    pub artifacts: super::artifacts::Blobs,
}

impl Contents {
    /// Every record read, of any kind, and the files set aside.
    #[must_use]
    pub fn record_count(&self) -> usize {
        self.educators.len()
            + self.observations.len()
            + self.summatives.len()
            + self.growth_plans.len()
            + self.measures.len()
            + self.self_assessments.len()
            + self.set_aside.len()
    }

    #[must_use]
    pub fn educator(&self, id: &str) -> Option<&Educator> {
        self.educators.iter().find(|e| e.id == id)
    }

    #[must_use]
    pub fn observation(&self, id: &str) -> Option<&Observation> {
        self.observations.iter().find(|o| o.id == id)
    }

    /// An educator's observations, oldest first.
    pub fn observations_of<'a>(
        &'a self,
        educator_id: &'a str,
    ) -> impl Iterator<Item = &'a Observation> {
        self.observations
            .iter()
            .filter(move |o| o.educator_id == educator_id)
    }
}

/// A file that could not be read as a record. It is never overwritten or deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub path: PathBuf,
    pub position: Option<Position>,
    pub message: String,
}

impl std::fmt::Display for SetAside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position {
            Some(p) => write!(
                f,
                "{}:{}:{}: {}",
                self.path.display(),
                p.line,
                p.column,
                self.message
            ),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// A kind of record, each in its own folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Educators,
    Observations,
    Summatives,
    GrowthPlans,
    Measures,
    SelfAssessments,
}

impl Kind {
    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Which kinds of record a reading takes, and whether observations are
/// abridged: a command that needs only educators reads only them, and one
/// that counts across a district keeps no evidence text in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    kinds: u8,
    /// Observations without their text (see [`Observation::abridge`]).
    pub abridged: bool,
}

impl Reading {
    /// Every record, whole: what editing and exporting need.
    pub const EVERYTHING: Reading = Reading {
        kinds: 0b11_1111,
        abridged: false,
    };

    /// Every record, observations abridged: what counting and listing need.
    pub const FOR_COUNTING: Reading = Reading {
        abridged: true,
        ..Reading::EVERYTHING
    };

    /// Only the educators (and the settings).
    pub const EDUCATORS: Reading = Reading::only(Kind::Educators);

    /// Only records of `kind` (and the settings with the educators), abridged.
    #[must_use]
    pub const fn only(kind: Kind) -> Reading {
        Reading {
            kinds: kind.bit(),
            abridged: true,
        }
    }

    /// This reading with `kind` too.
    #[must_use]
    pub const fn and(self, kind: Kind) -> Reading {
        Reading {
            kinds: self.kinds | kind.bit(),
            ..self
        }
    }

    /// This reading without `kind`.
    #[must_use]
    pub const fn without(self, kind: Kind) -> Reading {
        Reading {
            kinds: self.kinds & !kind.bit(),
            ..self
        }
    }

    /// Whether it reads `kind`.
    #[must_use]
    pub const fn takes(self, kind: Kind) -> bool {
        self.kinds & kind.bit() != 0
    }
}

/// How far a reading has come, for a progress bar: record files read of
/// those listed. Shared with the thread that shows it.
#[derive(Debug, Default)]
pub struct Progress {
    read: AtomicUsize,
    listed: AtomicUsize,
}

impl Progress {
    /// One more file read.
    pub(super) fn count_read(&self) {
        self.read.fetch_add(1, Ordering::Relaxed);
    }

    /// Files read so far, and files listed to read (0 while listing).
    #[must_use]
    pub fn get(&self) -> (usize, usize) {
        (
            self.read.load(Ordering::Relaxed),
            self.listed.load(Ordering::Relaxed),
        )
    }
}

/// Loads every record folder under `root`.
pub fn load(root: &Path) -> Contents {
    load_with(root, Reading::EVERYTHING, &Progress::default(), None)
}

/// Loads what `reading` asks for, counting files read into `progress`.
/// An abridged reading uses (and, if the place allows, refreshes) the
/// index, if given (see `index`); a whole one always reads the files.
pub fn load_with(
    root: &Path,
    reading: Reading,
    progress: &Progress,
    index: Option<&IndexPlace>,
) -> Contents {
    let started = std::time::Instant::now();
    let mut observations = Vec::new();
    let mut contents = read_folders(root, reading, progress, index, |slice, listed| {
        gather(&mut observations, slice, listed);
    });
    contents.observations = observations;
    finish_reading(contents, reading, started)
}

/// As [`load_with`], but the observations are handed to `fold` a slice at
/// a time as they are read, in file-name order, and not kept: a district's
/// summary keeps only what it counts. `contents.observations` is empty.
pub fn load_folding(
    root: &Path,
    reading: Reading,
    progress: &Progress,
    index: Option<&IndexPlace>,
    mut fold: impl FnMut(Vec<Observation>),
) -> Contents {
    let started = std::time::Instant::now();
    let contents = read_folders(root, reading, progress, index, |slice, _| fold(slice));
    finish_reading(contents, reading, started)
}

/// Reads the folders `reading` takes and the settings, the observations
/// handed to `observations` with how many files their folder lists.
fn read_folders(
    root: &Path,
    reading: Reading,
    progress: &Progress,
    index: Option<&IndexPlace>,
    observations: impl FnMut(Vec<Observation>, usize),
) -> Contents {
    let index = index.filter(|_| reading.abridged);
    let folder = |name: &str| Folder {
        progress,
        index: index.map(|place| Index::open(place, root, name)),
    };
    let lists = Listings::of(root, reading);
    progress.listed.fetch_add(
        lists.len() + usize::from(reading.takes(Kind::Educators)),
        Ordering::Relaxed,
    );
    let abridge = |o: &mut Observation| {
        if reading.abridged {
            o.abridge();
        }
    };
    let mut aside = Vec::new();
    let mut contents = Contents {
        educators: all(&mut aside, folder(Educator::FOLDER), lists.educators),
        summatives: all(&mut aside, folder(Summative::FOLDER), lists.summatives),
        growth_plans: all(&mut aside, folder(GrowthPlan::FOLDER), lists.growth_plans),
        measures: all(&mut aside, folder(Measure::FOLDER), lists.measures),
        self_assessments: all(
            &mut aside,
            folder(SelfAssessment::FOLDER),
            lists.self_assessments,
        ),
        artifacts: super::artifacts::Blobs::folder(root),
        ..Contents::default()
    };
    aside.extend(folder(Observation::FOLDER).read(lists.observations, abridge, observations));
    contents.set_aside = aside;
    // The settings come with the educators: they say how educators are scored.
    if reading.takes(Kind::Educators) {
        match super::settings::read(root) {
            Ok(settings) => contents.settings = settings,
            Err(file) => contents.set_aside.push(file),
        }
        progress.count_read();
    }
    contents
}

/// Sorts what was read and notes what does not fit together.
fn finish_reading(
    mut contents: Contents,
    reading: Reading,
    started: std::time::Instant,
) -> Contents {
    // Without the educators every record would look like an orphan.
    arrange_with(&mut contents, reading.takes(Kind::Educators));
    log_reading(&contents, started);
    contents
}

/// Reads every record of `R`'s folder on all cores, handing each to
/// `visit` and keeping only what it returns (see `folder_read::scan`);
/// returns the files set aside. A search reads the workspace so.
pub fn scan<R: Record, T: Send>(
    root: &Path,
    progress: &Progress,
    stop: &std::sync::atomic::AtomicBool,
    visit: impl Fn(R) -> Vec<T> + Sync,
    take: impl FnMut(Vec<T>),
) -> Vec<SetAside> {
    let listing = list_if::<R>(root, true);
    if let Listing::Files(paths) = &listing {
        progress.listed.fetch_add(paths.len(), Ordering::Relaxed);
    }
    super::folder_read::scan(listing, progress, stop, visit, take)
}

/// Adds a slice of a folder's records to `records`, made the folder's size
/// at the first: grown by doubling, a district's observations would be held
/// twice while moved.
fn gather<R>(records: &mut Vec<R>, mut slice: Vec<R>, listed: usize) {
    if records.capacity() == 0 {
        records.reserve_exact(listed);
    }
    records.append(&mut slice);
}

/// Every record of a folder, its files set aside added to `aside`.
fn all<R: Record + super::index::Indexed>(
    aside: &mut Vec<SetAside>,
    mut folder: Folder,
    listing: Listing,
) -> Vec<R> {
    let mut records = Vec::new();
    aside.extend(folder.read(
        listing,
        |_| {},
        |slice, listed| {
            gather(&mut records, slice, listed);
        },
    ));
    records
}

/// How many records of each kind, never what they say.
fn log_reading(contents: &Contents, started: std::time::Instant) {
    log::info!(
        "workspace read: {} educators, {} observations, {} evaluations, {} plans, {} measures, {} self-assessments, {} set aside, {} warnings, {} ms",
        contents.educators.len(),
        contents.observations.len(),
        contents.summatives.len(),
        contents.growth_plans.len(),
        contents.measures.len(),
        contents.self_assessments.len(),
        contents.set_aside.len(),
        contents.warnings.len(),
        started.elapsed().as_millis()
    );
}

/// The files each folder holds, or why a folder is not read.
struct Listings {
    educators: Listing,
    observations: Listing,
    summatives: Listing,
    growth_plans: Listing,
    measures: Listing,
    self_assessments: Listing,
}

impl Listings {
    /// The files of each folder `reading` takes.
    fn of(root: &Path, reading: Reading) -> Listings {
        Listings {
            educators: list_if::<Educator>(root, reading.takes(Kind::Educators)),
            observations: list_if::<Observation>(root, reading.takes(Kind::Observations)),
            summatives: list_if::<Summative>(root, reading.takes(Kind::Summatives)),
            growth_plans: list_if::<GrowthPlan>(root, reading.takes(Kind::GrowthPlans)),
            measures: list_if::<Measure>(root, reading.takes(Kind::Measures)),
            self_assessments: list_if::<SelfAssessment>(root, reading.takes(Kind::SelfAssessments)),
        }
    }

    fn len(&self) -> usize {
        [
            &self.educators,
            &self.observations,
            &self.summatives,
            &self.growth_plans,
            &self.measures,
            &self.self_assessments,
        ]
        .iter()
        .map(|l| match l {
            Listing::Files(paths) => paths.len(),
            Listing::Unread(_) => 0,
        })
        .sum()
    }
}

pub(super) enum Listing {
    /// Record files, in file-name order.
    Files(Vec<PathBuf>),
    /// Nothing to read (not asked for, or no folder), or the folder is
    /// set aside (a link).
    Unread(Vec<SetAside>),
}

/// Sorts the records the way loading does and notes the ones that do not fit together.
pub(super) fn arrange(contents: &mut Contents) {
    arrange_with(contents, true);
}

/// As [`arrange`]; records naming an unknown educator are noted only if
/// `orphans` (a reading without the educators cannot tell).
fn arrange_with(contents: &mut Contents, orphans: bool) {
    // Each order ends with the id, so no two records tie and an unstable
    // sort gives the same list, without a stable sort's copy of half of it.
    contents.summatives.par_sort_unstable_by(Summative::order);
    contents
        .growth_plans
        .par_sort_unstable_by(GrowthPlan::order);
    contents.measures.par_sort_unstable_by(Measure::order);
    contents
        .self_assessments
        .par_sort_unstable_by(SelfAssessment::order);
    // `Educator::order`, its lower-cased names made once rather than per comparison.
    contents
        .educators
        .sort_by_cached_key(|e| (e.name.to_lowercase(), e.id.clone()));
    contents
        .observations
        .par_sort_unstable_by(Observation::order);
    contents.set_aside.sort_by(|a, b| a.path.cmp(&b.path));

    contents.warnings = if orphans {
        orphan_warnings(contents)
    } else {
        Vec::new()
    };
    let repeated: Vec<String> = contents
        .observations
        .iter()
        .flat_map(Observation::repeated)
        .collect();
    contents.warnings.extend(repeated);
}

/// A sentence for each record that names an educator the workspace does not hold.
fn orphan_warnings(contents: &Contents) -> Vec<String> {
    let known: std::collections::HashSet<&str> =
        contents.educators.iter().map(|e| e.id.as_str()).collect();
    let orphan = |kind: &str, id: &str, educator: &str| {
        (!known.contains(educator)).then(|| {
            format!(
                "The {kind} `{id}` names the educator `{educator}`, who is not in this workspace."
            )
        })
    };
    contents
        .observations
        .iter()
        .filter_map(|o| orphan("observation", &o.id, &o.educator_id))
        .chain(
            contents
                .summatives
                .iter()
                .filter_map(|s| orphan("summative evaluation", &s.id, &s.educator_id)),
        )
        .chain(
            contents
                .growth_plans
                .iter()
                .filter_map(|g| orphan("growth plan", &g.id, &g.educator_id)),
        )
        .chain(
            contents
                .measures
                .iter()
                .filter_map(|m| orphan("student measure", &m.id, &m.educator_id)),
        )
        .chain(
            contents
                .self_assessments
                .iter()
                .filter_map(|s| orphan("self-assessment", &s.id, &s.educator_id)),
        )
        .collect()
}

/// The record files of `R`'s folder, in file-name order, if asked for.
fn list_if<R: Record>(root: &Path, wanted: bool) -> Listing {
    if !wanted {
        return Listing::Unread(Vec::new());
    }
    let dir = root.join(R::FOLDER);
    if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
        let message = "it is a link to another folder; records are not read through links".into();
        let link = SetAside {
            path: dir,
            position: None,
            message,
        };
        return Listing::Unread(vec![link]);
    }
    let Ok(listing) = fs::read_dir(&dir) else {
        return Listing::Unread(Vec::new());
    };
    let mut paths: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            !is_temp_name(&name) && name.ends_with(".ron")
        })
        .collect();
    // One folder: the names' bytes give the order, with no path parsing.
    paths.par_sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Listing::Files(paths)
}
