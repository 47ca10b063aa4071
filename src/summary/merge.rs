//! Putting several sources together: a record id found in more than one
//! source is counted once, the copy with the newest `changed` time winning
//! (the first source on a tie), and each such id is listed.

use std::collections::HashMap;

use super::model::Duplicate;
use super::source::Source;
use crate::record::{Educator, GrowthPlan, Measure, Observation, Summative, Timestamp};
use crate::workspace::Record;

/// References into the sources: one copy of every record id.
pub(super) struct Merged<'s> {
    pub educators: Vec<&'s Educator>,
    pub observations: Vec<&'s Observation>,
    pub summatives: Vec<&'s Summative>,
    pub growth_plans: Vec<&'s GrowthPlan>,
    pub measures: Vec<&'s Measure>,
    pub duplicates: Vec<Duplicate>,
}

/// What merging needs from a record.
trait Versioned: Record {
    fn changed(&self) -> Timestamp;
}

impl Versioned for Educator {
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

impl Versioned for Observation {
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

impl Versioned for Summative {
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

impl Versioned for Measure {
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

impl Versioned for GrowthPlan {
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

pub(super) fn merge(sources: &[Source]) -> Merged<'_> {
    let mut duplicates = Vec::new();
    let educators = unique(sources, |s| &s.contents.educators, &mut duplicates);
    let observations = unique(sources, |s| &s.contents.observations, &mut duplicates);
    let summatives = unique(sources, |s| &s.contents.summatives, &mut duplicates);
    let growth_plans = unique(sources, |s| &s.contents.growth_plans, &mut duplicates);
    let measures = unique(sources, |s| &s.contents.measures, &mut duplicates);
    Merged {
        educators,
        observations,
        summatives,
        growth_plans,
        measures,
        duplicates,
    }
}

/// A record id and the copy of it that counts.
struct Slot<'s, R> {
    record: &'s R,
    /// The source of `record`.
    winner: usize,
    /// Every source holding the id, in source order.
    holders: Vec<usize>,
}

/// One copy per id, in the order first seen; duplicates noted, by id.
fn unique<'s, R: Versioned>(
    sources: &'s [Source],
    records: impl Fn(&'s Source) -> &'s Vec<R>,
    duplicates: &mut Vec<Duplicate>,
) -> Vec<&'s R> {
    let mut slots: Vec<Slot<'s, R>> = Vec::new();
    let mut index: HashMap<&'s str, usize> = HashMap::new();
    for (s, source) in sources.iter().enumerate() {
        for record in records(source) {
            match index.get(record.id()) {
                None => {
                    index.insert(record.id(), slots.len());
                    slots.push(Slot {
                        record,
                        winner: s,
                        holders: vec![s],
                    });
                }
                Some(&at) => {
                    let slot = &mut slots[at];
                    slot.holders.push(s);
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
        .filter(|slot| slot.holders.len() > 1)
        .map(|slot| {
            let mut others: Vec<usize> = slot
                .holders
                .iter()
                .copied()
                .filter(|&s| s != slot.winner)
                .collect();
            others.dedup();
            Duplicate {
                kind: R::NAME,
                id: slot.record.id().to_string(),
                kept: sources[slot.winner].label.clone(),
                also_in: others.iter().map(|&s| sources[s].label.clone()).collect(),
            }
        })
        .collect();
    found.sort_by(|a, b| a.id.cmp(&b.id));
    duplicates.extend(found);
    slots.into_iter().map(|slot| slot.record).collect()
}
