//! Putting several sources together: a record id found in more than one
//! source is counted once, the copy with the newest `changed` time winning
//! (the first source on a tie), and each such id is listed.

use std::collections::HashMap;

use super::model::Duplicate;
use super::source::Source;
use super::visit::{Visit, Visits};
use crate::record::{Educator, GrowthPlan, Measure, Observation, Summative, Timestamp};
use crate::workspace::Record;

/// References into the sources: one copy of every record id.
pub(super) struct Merged<'s> {
    pub educators: Vec<&'s Educator>,
    pub observations: Vec<Seen<'s>>,
    pub summatives: Vec<&'s Summative>,
    pub growth_plans: Vec<&'s GrowthPlan>,
    pub measures: Vec<&'s Measure>,
    pub duplicates: Vec<Duplicate>,
}

/// An observation kept, with the source's texts it refers to.
#[derive(Clone, Copy)]
pub(super) struct Seen<'s> {
    pub visit: &'s Visit,
    pub visits: &'s Visits,
}

impl Seen<'_> {
    /// Who visited, as typed.
    pub fn observer(&self) -> &str {
        self.visits.observer(self.visit)
    }

    /// The observation, abridged, for counting.
    pub fn observation(&self) -> Observation {
        self.visits.observation(self.visit)
    }
}

/// What merging needs from a record.
trait Versioned {
    /// The kind of record, as a duplicate's line names it.
    const KIND: &'static str;
    fn key(&self) -> &str;
    fn changed(&self) -> Timestamp;
}

/// A record's kind and id are its file's.
macro_rules! versioned {
    ($($record:ty),*) => {$(
        impl Versioned for $record {
            const KIND: &'static str = <$record as Record>::NAME;
            fn key(&self) -> &str {
                self.id()
            }
            fn changed(&self) -> Timestamp {
                self.changed
            }
        }
    )*};
}

versioned!(Educator, Summative, Measure, GrowthPlan);

impl Versioned for Visit {
    const KIND: &'static str = <Observation as Record>::NAME;
    fn key(&self) -> &str {
        &self.id
    }
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

pub(super) fn merge(sources: &[Source]) -> Merged<'_> {
    let mut duplicates = Vec::new();
    let educators = records(unique(sources, |s| &s.contents.educators, &mut duplicates));
    let observations = unique(sources, |s| &s.visits().list, &mut duplicates)
        .into_iter()
        .map(|(visit, s)| Seen {
            visit,
            visits: sources[s].visits(),
        })
        .collect();
    let summatives = records(unique(sources, |s| &s.contents.summatives, &mut duplicates));
    let growth_plans = records(unique(
        sources,
        |s| &s.contents.growth_plans,
        &mut duplicates,
    ));
    let measures = records(unique(sources, |s| &s.contents.measures, &mut duplicates));
    Merged {
        educators,
        observations,
        summatives,
        growth_plans,
        measures,
        duplicates,
    }
}

fn records<R>(kept: Vec<(&R, usize)>) -> Vec<&R> {
    kept.into_iter().map(|(record, _)| record).collect()
}

/// A record id and the copy of it that counts.
struct Slot<'s, R> {
    record: &'s R,
    /// The source of `record`.
    winner: usize,
    /// The first source holding the id...
    first: usize,
    /// ...and every other, in source order (empty for most ids).
    also: Vec<usize>,
}

/// One copy per id, in the order first seen, each with its source;
/// duplicates noted, by id.
fn unique<'s, R: Versioned>(
    sources: &'s [Source],
    records: impl Fn(&'s Source) -> &'s Vec<R>,
    duplicates: &mut Vec<Duplicate>,
) -> Vec<(&'s R, usize)> {
    let mut slots: Vec<Slot<'s, R>> = Vec::new();
    let mut index: HashMap<&'s str, usize> = HashMap::new();
    for (s, source) in sources.iter().enumerate() {
        for record in records(source) {
            match index.get(record.key()) {
                None => {
                    index.insert(record.key(), slots.len());
                    slots.push(Slot {
                        record,
                        winner: s,
                        first: s,
                        also: Vec::new(),
                    });
                }
                Some(&at) => {
                    let slot = &mut slots[at];
                    slot.also.push(s);
                    if record.changed() > slot.record.changed() {
                        slot.record = record;
                        slot.winner = s;
                    }
                }
            }
        }
    }
    let mut found: Vec<Duplicate> = slots
        .iter()
        .filter(|slot| !slot.also.is_empty())
        .map(|slot| {
            let mut others: Vec<usize> = std::iter::once(slot.first)
                .chain(slot.also.iter().copied())
                .filter(|&s| s != slot.winner)
                .collect();
            others.dedup();
            Duplicate {
                kind: R::KIND,
                id: slot.record.key().to_string(),
                kept: sources[slot.winner].label.clone(),
                also_in: others.iter().map(|&s| sources[s].label.clone()).collect(),
            }
        })
        .collect();
    found.sort_by(|a, b| a.id.cmp(&b.id));
    duplicates.extend(found);
    slots
        .into_iter()
        .map(|slot| (slot.record, slot.winner))
        .collect()
}
