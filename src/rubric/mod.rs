//! Rubrics: the model, loading from RON with validation, and the catalog of
//! bundled and user rubrics. No GUI and no PDF code lives here.

mod catalog;
mod crosswalk;
mod data_folder;
mod error;
mod fingerprint;
mod lookfor;
mod model;
mod parse;
mod suggest;
mod tags;
mod validate;
mod visits;
mod visits_check;
mod vocabulary;

pub use catalog::{Catalog, CatalogEntry, RubricSource};
pub use crosswalk::nearest_text;
pub use data_folder::{DataFile, read_data_files};
pub use error::{Position, RubricError};
pub use fingerprint::{fingerprint, form_fingerprint};
pub use lookfor::{
    AnswerKind, LOOKFOR_SCHEMA, LookFor, LookForEntry, LookForForm, MAX_LOOKFOR_BYTES,
    parse_lookfor,
};
pub use model::{Component, Domain, Level, RUBRIC_SCHEMA, Role, Rubric, SchoolLevel};
pub use parse::{MAX_RUBRIC_BYTES, parse_rubric};
pub use suggest::{LabelledNote, MAX_EXAMPLES_BYTES, Suggester, Suggestion, parse_examples};
pub use tags::{Tagged, applicable, parse_tags};
pub use visits::{NotForKind, RoleVisits, VISITS_SCHEMA, VisitKind, VisitKinds, Visits};
pub use visits_check::{MAX_VISITS_BYTES, parse_visits};
pub use vocabulary::{
    Cues, MAX_VOCABULARY_BYTES, VOCABULARY_SCHEMA, Vocabulary, VocabularyFile, parse_vocabulary,
};

impl Rubric {
    /// Every component, in rubric order.
    pub fn components(&self) -> impl Iterator<Item = &Component> {
        self.domains.iter().flat_map(|d| d.components.iter())
    }

    /// The component with this id (ids compare without case: "3B" finds "3b").
    #[must_use]
    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components()
            .find(|c| crate::text::same_text(&c.id, id))
    }

    /// The level with this score.
    #[must_use]
    pub fn level(&self, score: u32) -> Option<&Level> {
        self.levels.iter().find(|l| l.score == score)
    }

    /// Total number of elements across all components.
    #[must_use]
    pub fn element_count(&self) -> usize {
        self.components().map(|c| c.elements.len()).sum()
    }
}
