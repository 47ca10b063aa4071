//! Rubrics: the model, loading from RON with validation, and the catalog of
//! bundled and user rubrics. No GUI and no PDF code lives here.

mod catalog;
mod error;
mod fingerprint;
mod model;
mod parse;
mod suggest;
mod validate;

pub use catalog::{Catalog, CatalogEntry, RubricSource};
pub use error::{Position, RubricError};
pub use fingerprint::fingerprint;
pub use model::{Component, Domain, Level, RUBRIC_SCHEMA, Role, Rubric, SchoolLevel};
pub use parse::{MAX_RUBRIC_BYTES, parse_rubric};
pub use suggest::{Tagged, applicable, parse_tags, suggest};

impl Rubric {
    /// Every component, in rubric order.
    pub fn components(&self) -> impl Iterator<Item = &Component> {
        self.domains.iter().flat_map(|d| d.components.iter())
    }

    /// The component with this id (ids compare without case: "3B" finds "3b").
    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components()
            .find(|c| crate::words::same_text(&c.id, id))
    }

    /// The level with this score.
    pub fn level(&self, score: u32) -> Option<&Level> {
        self.levels.iter().find(|l| l.score == score)
    }

    /// Total number of elements across all components.
    pub fn element_count(&self) -> usize {
        self.components().map(|c| c.elements.len()).sum()
    }
}
