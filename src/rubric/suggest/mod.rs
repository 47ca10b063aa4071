//! Which components a typed note is likely evidence for. Offline and
//! instant: each component is a document made of everything the rubric says
//! about it (name, summary, elements, every level's descriptor, keywords)
//! and the vocabulary's cues; a note is read with its shorthand spelled out
//! and its words stemmed, and ranked against them with BM25, plus what the
//! evaluator's own earlier tags taught ([`learned`]). Below a confidence
//! threshold nothing is suggested, rather than a guess.

mod index;
mod learned;
mod terms;

pub use learned::Learned;

use crate::files::tagging_examples::Example;
use crate::rubric::{Rubric, SchoolLevel, Vocabulary};

/// The least score a first suggestion needs; a note scoring less gets none.
/// Tuned on `tests/data/tagging/*-tune.tsv` only.
pub const CONFIDENT: f32 = 2.0;
/// A second or third suggestion needs at least this share of the first's score.
const RUNNER_UP: f32 = 0.25;

/// One suggested component, best first.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Suggestion {
    pub id: String,
    pub name: String,
    /// How strongly the note points at it (no upper bound; `CONFIDENT` is the least shown).
    pub score: f32,
}

/// The ranking for one rubric, with the evaluator's examples for it.
#[derive(Debug, Clone)]
pub struct Suggester {
    rubric: String,
    index: index::Index,
    learned: Learned,
}

impl Suggester {
    /// Builds the documents of `rubric` with the vocabulary's shorthand and its cues.
    #[must_use]
    pub fn new(rubric: &Rubric, vocabulary: &Vocabulary) -> Suggester {
        Suggester {
            rubric: rubric.id.clone(),
            index: index::Index::build(rubric, &vocabulary.shorthand, vocabulary.cues_for(&rubric.id)),
            learned: Learned::default(),
        }
    }

    /// Counts the examples given for this rubric (others are skipped).
    pub fn learn(&mut self, examples: &[Example]) {
        for example in examples.iter().filter(|e| e.rubric == self.rubric) {
            self.learned.add(example);
        }
    }

    /// Forgets every example learned.
    pub fn forget(&mut self) {
        self.learned = Learned::default();
    }

    /// How many of the evaluator's examples this rubric's ranking uses.
    #[must_use]
    pub fn examples(&self) -> usize {
        self.learned.len()
    }

    /// The labelled example a tag on a note makes: `chosen` when accepted
    /// or added, not when removed.
    #[must_use]
    pub fn example(&self, text: &str, component: &str, chosen: bool) -> Example {
        Example {
            rubric: self.rubric.clone(),
            component: component.to_string(),
            chosen,
            terms: terms::example_stems(text, &self.index.shorthand),
        }
    }

    /// At most `limit` components for `text`, best first, leaving out those
    /// in `exclude` (tags already chosen) and domains not rated at `level`.
    /// Empty when no component scores [`CONFIDENT`].
    #[must_use]
    pub fn suggest(
        &self,
        level: Option<SchoolLevel>,
        text: &str,
        exclude: &[String],
        limit: usize,
    ) -> Vec<Suggestion> {
        let terms = self.index.terms(text);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut scores = self.index.scores(&terms);
        if !self.learned.is_empty() {
            let learned = self.learned.scores(&terms::example_stems(text, &self.index.shorthand));
            for (entry, score) in self.index.entries.iter().zip(&mut scores) {
                *score += learned.get(entry.id.as_str()).copied().unwrap_or(0.0);
            }
        }
        let mut ranked: Vec<(usize, f32)> = scores
            .into_iter()
            .enumerate()
            .filter(|&(at, score)| {
                let entry = &self.index.entries[at];
                score > 0.0
                    && (entry.applies_to.is_empty() || level.is_none_or(|l| entry.applies_to.contains(&l)))
                    && !exclude.iter().any(|e| crate::text::same_text(e, &entry.id))
            })
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let Some(&(_, best)) = ranked.first().filter(|(_, s)| *s >= CONFIDENT) else {
            return Vec::new();
        };
        ranked
            .into_iter()
            .take_while(|&(_, score)| score >= best * RUNNER_UP)
            .take(limit)
            .map(|(at, score)| Suggestion {
                id: self.index.entries[at].id.clone(),
                name: self.index.entries[at].name.clone(),
                score: (score * 100.0).round() / 100.0,
            })
            .collect()
    }
}
