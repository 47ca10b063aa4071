//! One search over everything typed in a workspace: evidence notes,
//! rationales, conference notes, reflections, comments, growth plans,
//! student measures' plans, amendment reasons (the full list, and what is
//! left out, is in `texts.rs`). The window and the command line both call
//! [`search`].
//!
//! Matching is what a principal expects: case, accents and punctuation do
//! not matter, every word must appear (each at the start of a word, so
//! "ticket" finds "tickets"), a quoted phrase keeps its order, and a word
//! of a script written without spaces (Chinese, Japanese, Thai…) matches
//! anywhere. Records are read whole from their files on every core and
//! searched as they are read, so only the matches are held, never a
//! district's text. Records in the trash are not searched; archived
//! educators' records are, and say so.

mod fold;
mod matching;
mod query;
mod snippet;
mod texts;

#[cfg(test)]
mod coverage_tests;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

pub use query::{MAX_QUERY_CHARS, MAX_TERMS, Query, QueryError};
pub use snippet::Snippet;
pub use texts::{Place, RecordKind, Searchable, Text};

use crate::record::{
    Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative, Timestamp,
};
use crate::workspace::{Progress, SetAside, Workspace};

/// What to search besides the words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Only this educator's records.
    pub educator: Option<String>,
    /// How many matches to keep, best first (all are counted).
    pub limit: usize,
}

/// One text that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: RecordKind,
    pub record_id: String,
    pub educator_id: String,
    /// Empty for an educator not in the workspace.
    pub educator_name: String,
    /// The educator has left (see `Educator::archive`).
    pub archived: bool,
    /// For evaluations, plans and measures, which are opened by year.
    pub school_year: Option<String>,
    pub place: Place,
    /// When the text was written, as far as its record says.
    pub at: Timestamp,
    /// The whole search is there as one phrase (or, for one word, as a whole word).
    pub exact: bool,
    /// Byte ranges of the field's text that matched.
    pub marks: Vec<Range<usize>>,
    pub snippet: Snippet,
    /// Its place among its record's texts, so ties keep reading order.
    position: usize,
}

/// What a search found: the best matches and how many there were.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Best first: phrase matches, then the newest.
    pub hits: Vec<Hit>,
    /// Every match, including those past the limit.
    pub total: usize,
    /// Records read.
    pub records: usize,
    /// Files other than educators' that could not be read (kept as they are).
    pub set_aside: Vec<SetAside>,
}

/// Searches every record of the workspace for `query`: `educators` as
/// read (the caller reads them, through the index if it keeps one), every
/// other record read whole from its file here, counted into `progress`.
/// `None` when `stop` was set before it finished (a newer search replaced it).
#[must_use]
pub fn search(
    workspace: &Workspace,
    educators: &[Educator],
    query: &Query,
    options: &Options,
    (progress, stop): (&Progress, &AtomicBool),
) -> Option<Found> {
    let names: HashMap<&str, &Educator> = educators.iter().map(|e| (e.id.as_str(), e)).collect();
    let search = Searching {
        query,
        options,
        names: &names,
    };
    let mut found = Kept::new(options.limit, educators.len());
    for educator in educators {
        found.take(search.hits_in(educator));
    }
    // Every other kind of record, one line each.
    found.scan::<Observation>(workspace, &search, progress, stop);
    found.scan::<Summative>(workspace, &search, progress, stop);
    found.scan::<GrowthPlan>(workspace, &search, progress, stop);
    found.scan::<Measure>(workspace, &search, progress, stop);
    found.scan::<SelfAssessment>(workspace, &search, progress, stop);
    if stop.load(Ordering::Relaxed) {
        return None;
    }
    Some(found.finish())
}

/// A search under way: what it looks for and whose records are whose.
struct Searching<'a> {
    query: &'a Query,
    options: &'a Options,
    names: &'a HashMap<&'a str, &'a Educator>,
}

impl Searching<'_> {
    /// The matches in one record.
    fn hits_in<R: Searchable>(&self, record: &R) -> Vec<Hit> {
        let educator_id = record.educator_id();
        if self
            .options
            .educator
            .as_deref()
            .is_some_and(|only| only != educator_id)
        {
            return Vec::new();
        }
        let mut folded = String::new();
        let mut hits = Vec::new();
        for (position, text) in record.texts().into_iter().enumerate() {
            fold::fold_into(text.text, &mut folded);
            if !matching::matches(self.query, &folded) {
                continue;
            }
            let mapped = fold::fold_mapped(text.text);
            let (ranges, exact) = matching::marks(self.query, &mapped);
            let marks: Vec<Range<usize>> = ranges
                .into_iter()
                .map(|r| mapped.original(text.text, r))
                .collect();
            let educator = self.names.get(educator_id);
            hits.push(Hit {
                kind: R::RECORD_KIND,
                record_id: record.id().to_string(),
                educator_id: educator_id.to_string(),
                educator_name: educator.map(|e| e.name.clone()).unwrap_or_default(),
                archived: educator.is_some_and(|e| e.is_archived()),
                school_year: record.school_year().map(str::to_string),
                snippet: Snippet::of(text.text, &marks),
                marks,
                place: text.place,
                at: text.at,
                exact,
                position,
            });
        }
        hits
    }
}

/// The best matches so far, at most `limit` of them kept, and a count of all.
struct Kept {
    limit: usize,
    found: Found,
}

impl Kept {
    fn new(limit: usize, records: usize) -> Kept {
        Kept {
            limit,
            found: Found {
                records,
                ..Found::default()
            },
        }
    }

    /// Reads every record of type `R`, keeping its matches.
    fn scan<R: Searchable>(
        &mut self,
        workspace: &Workspace,
        search: &Searching<'_>,
        progress: &Progress,
        stop: &AtomicBool,
    ) {
        let read = std::sync::atomic::AtomicUsize::new(0);
        let aside = workspace.scan::<R, Hit>(
            progress,
            stop,
            |record| {
                read.fetch_add(1, Ordering::Relaxed);
                search.hits_in(&record)
            },
            |hits| self.take(hits),
        );
        self.found.records += read.into_inner();
        self.found.set_aside.extend(aside);
    }

    fn take(&mut self, hits: Vec<Hit>) {
        self.found.total += hits.len();
        self.found.hits.extend(hits);
        // Sorting now and then keeps the list short whatever the district.
        if self.found.hits.len() > self.limit.saturating_mul(2).max(1024) {
            self.cut();
        }
    }

    fn cut(&mut self) {
        self.found.hits.sort_unstable_by(rank);
        self.found.hits.truncate(self.limit);
    }

    fn finish(mut self) -> Found {
        self.cut();
        self.found.set_aside.sort_by(|a, b| a.path.cmp(&b.path));
        self.found
    }
}

/// Phrase matches first, then the newest; ties in a fixed order.
fn rank(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    b.exact
        .cmp(&a.exact)
        .then(b.at.cmp(&a.at))
        .then(a.kind.cmp(&b.kind))
        .then(a.record_id.cmp(&b.record_id))
        .then(a.position.cmp(&b.position))
}
