//! Joining two readings of one workspace: the window reads the educators
//! first, so the roster is usable at once, and the rest after.

use std::collections::HashSet;

use super::Contents;
use super::record_file::Record;

impl Contents {
    /// Adds the records of a second reading (`rest`) and sorts and checks
    /// the whole again, as one reading would have. A record held here
    /// already is kept over the one read: it was saved after `rest` started
    /// reading, so it is at least as new as the file was. The settings stay
    /// this reading's (they come with the educators).
    pub fn join(&mut self, rest: Contents) {
        // Every field named, so a kind of record added later cannot be left
        // out of the window's contents (a self-assessment once was).
        let Contents {
            educators,
            observations,
            summatives,
            growth_plans,
            measures,
            self_assessments,
            artifacts: _,
            set_aside,
            warnings: _,
            settings: _,
        } = rest;
        add_missing(&mut self.educators, educators);
        add_missing(&mut self.observations, observations);
        add_missing(&mut self.summatives, summatives);
        add_missing(&mut self.growth_plans, growth_plans);
        add_missing(&mut self.measures, measures);
        add_missing(&mut self.self_assessments, self_assessments);
        let known: HashSet<_> = self.set_aside.iter().map(|s| s.path.clone()).collect();
        self.set_aside
            .extend(set_aside.into_iter().filter(|s| !known.contains(&s.path)));
        super::contents::arrange(self);
    }
}

/// `read` moved into `held`, but for the ids `held` has already.
fn add_missing<R: Record>(held: &mut Vec<R>, read: Vec<R>) {
    if held.is_empty() {
        *held = read;
        return;
    }
    let ids: HashSet<String> = held.iter().map(|r| r.id().to_string()).collect();
    held.extend(read.into_iter().filter(|r| !ids.contains(r.id())));
}
