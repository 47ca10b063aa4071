//! Inter-rater agreement: when two evaluators rated the same component of
//! the same educator in the year, do they agree? Every pair of such
//! ratings counts once; exact means the same level, adjacent at most one
//! level apart (exact included).

use std::collections::HashMap;

/// One rating of an educator, by whom.
pub(super) struct Rated {
    /// Index into the educator's list of folded observer names.
    pub observer: usize,
    pub rubric: usize,
    pub component: usize,
    pub rank: usize,
}

/// Pairs of ratings and how often they agree.
#[derive(Default, Clone, Copy)]
pub(super) struct PairCounts {
    pub educators: usize,
    pub pairs: usize,
    pub exact: usize,
    pub adjacent: usize,
}

impl PairCounts {
    fn add(&mut self, other: PairCounts) {
        self.educators += other.educators;
        self.pairs += other.pairs;
        self.exact += other.exact;
        self.adjacent += other.adjacent;
    }
}

#[derive(Default)]
pub(super) struct AgreementTally {
    /// Over every pair; `educators` counts those seen by two or more evaluators.
    pub total: PairCounts,
    /// By the two folded observer names, in order.
    pub by_pair: HashMap<(String, String), PairCounts>,
}

impl AgreementTally {
    /// Adds the pairs among one educator's ratings.
    pub fn add_educator(&mut self, rated: &[Rated], observers: &[String]) {
        let Some(first) = rated.first() else {
            return;
        };
        if rated.iter().all(|r| r.observer == first.observer) {
            return;
        }
        self.total.educators += 1;
        let mut mine: HashMap<(&str, &str), PairCounts> = HashMap::new();
        for (i, a) in rated.iter().enumerate() {
            for b in &rated[i + 1..] {
                if a.observer == b.observer || a.rubric != b.rubric || a.component != b.component {
                    continue;
                }
                let (x, y) = (
                    observers.get(a.observer).map_or("", String::as_str),
                    observers.get(b.observer).map_or("", String::as_str),
                );
                let key = if x < y { (x, y) } else { (y, x) };
                let counts = mine.entry(key).or_default();
                counts.pairs += 1;
                let gap = a.rank.abs_diff(b.rank);
                counts.exact += usize::from(gap == 0);
                counts.adjacent += usize::from(gap <= 1);
            }
        }
        for ((x, y), mut counts) in mine {
            counts.educators = 1;
            self.total.pairs += counts.pairs;
            self.total.exact += counts.exact;
            self.total.adjacent += counts.adjacent;
            self.by_pair
                .entry((x.to_string(), y.to_string()))
                .or_default()
                .add(counts);
        }
    }

    pub fn merge(&mut self, other: AgreementTally) {
        self.total.add(other.total);
        for (key, counts) in other.by_pair {
            self.by_pair.entry(key).or_default().add(counts);
        }
    }
}
