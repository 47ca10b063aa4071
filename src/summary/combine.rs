//! Merging the tallies of the counting threads into one. Every count is a
//! sum, so the result does not depend on how the educators were split.

use super::tally::{FinalTally, Group, HeatCell, RubricTally, Tally, bump};

impl Group {
    pub(super) fn merge(&mut self, other: Group) {
        if self.label.is_empty() {
            self.label = other.label;
        }
        self.educators += other.educators;
        self.observations += other.observations;
        self.ratings += other.ratings;
        self.sum += other.sum;
        for (rank, n) in other.distribution.into_iter().enumerate() {
            bump(&mut self.distribution, rank, n);
        }
    }
}

impl Tally {
    /// Adds another thread's tally to this one.
    pub(super) fn merge(&mut self, other: Tally) {
        for (r, theirs) in other.rubrics {
            self.rubrics.entry(r).or_default().merge(theirs);
        }
        for (key, group) in other.schools {
            self.schools.entry(key).or_default().merge(group);
        }
        for (key, group) in other.levels {
            self.levels.entry(key).or_default().merge(group);
        }
        for (key, group) in other.evaluators {
            self.evaluators.entry(key).or_default().merge(group);
        }
        self.district.merge(other.district);
        for (a, b) in self.kinds.iter_mut().zip(other.kinds) {
            *a += b;
        }
        self.not_observed += other.not_observed;
        self.summatives += other.summatives;
        self.growth_plans += other.growth_plans;
        for (key, theirs) in other.finals {
            self.finals.entry(key).or_default().merge(theirs);
        }
        self.not_rated += other.not_rated;
        self.failed += other.failed;
        self.agreement.merge(other.agreement);
        self.rows.extend(other.rows);
        for (gap, n) in other.gaps {
            *self.gaps.entry(gap).or_default() += n;
        }
    }
}

impl RubricTally {
    /// Adds another thread's counts of the same rubric.
    fn merge(&mut self, theirs: RubricTally) {
        if self.counts.is_empty() {
            *self = theirs;
            return;
        }
        self.educators += theirs.educators;
        self.observations += theirs.observations;
        for (a, b) in self.counts.iter_mut().zip(theirs.counts) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
        for (a, b) in self.not_observed.iter_mut().zip(theirs.not_observed) {
            *a += b;
        }
        for (school, (label, cells)) in theirs.heat {
            let (_, row) = self
                .heat
                .entry(school)
                .or_insert_with(|| (label, vec![HeatCell::default(); cells.len()]));
            for (a, b) in row.iter_mut().zip(cells) {
                a.sum += b.sum;
                a.ratings += b.ratings;
                a.educators += b.educators;
            }
        }
    }
}

impl FinalTally {
    /// Adds another thread's final ratings under the same profile and bands.
    fn merge(&mut self, theirs: FinalTally) {
        self.title = theirs.title;
        for (rank, n) in theirs.counts.into_iter().enumerate() {
            bump(&mut self.counts, rank, n);
        }
        self.stored += theirs.stored;
        self.computed += theirs.computed;
        self.pending += theirs.pending;
    }
}
