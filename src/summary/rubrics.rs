//! Fast lookups into the loaded rubrics: a component's position by id and
//! a level's rank by score, built once and shared by every counting thread.

use std::collections::HashMap;

use crate::rubric::{Catalog, Rubric};

/// One loaded rubric, indexed.
pub(super) struct RubricIndex<'c> {
    pub rubric: &'c Rubric,
    /// Component id as written -> position in rubric order.
    exact: HashMap<&'c str, usize>,
    /// Lower-case component id -> position, for ids typed in another case.
    components: HashMap<String, usize>,
    /// Per component (rubric order): the position of its domain.
    pub domain_of: Vec<usize>,
}

impl RubricIndex<'_> {
    /// Position of the component in rubric order (ids compare without case).
    pub fn component(&self, id: &str) -> Option<usize> {
        self.exact
            .get(id)
            .or_else(|| self.components.get(&id.to_lowercase()))
            .copied()
    }

    /// Rank of the level with this score, 0 = lowest.
    pub fn rank(&self, score: u32) -> Option<usize> {
        self.rubric.levels.iter().position(|l| l.score == score)
    }

    pub fn component_count(&self) -> usize {
        self.domain_of.len()
    }
}

/// Every loaded rubric, indexed, by id.
pub(super) struct Rubrics<'c> {
    pub list: Vec<RubricIndex<'c>>,
    by_id: HashMap<&'c str, usize>,
}

impl<'c> Rubrics<'c> {
    pub fn new(catalog: &'c Catalog) -> Rubrics<'c> {
        let list: Vec<RubricIndex> = catalog
            .entries
            .iter()
            .map(|entry| {
                let rubric = &entry.rubric;
                let mut components = HashMap::new();
                let mut exact = HashMap::new();
                let mut domain_of = Vec::new();
                for (d, domain) in rubric.domains.iter().enumerate() {
                    for component in &domain.components {
                        exact.insert(component.id.as_str(), domain_of.len());
                        components.insert(component.id.to_lowercase(), domain_of.len());
                        domain_of.push(d);
                    }
                }
                RubricIndex {
                    rubric,
                    exact,
                    components,
                    domain_of,
                }
            })
            .collect();
        let by_id = list
            .iter()
            .enumerate()
            .map(|(i, r)| (r.rubric.id.as_str(), i))
            .collect();
        Rubrics { list, by_id }
    }

    /// Position of the rubric with this id in `list`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}
