//! Which components a typed note is likely evidence for. Offline and
//! instant: each component is a document made of everything the rubric says
//! about it (name, summary, elements, every level's descriptor, keywords)
//! and the vocabulary's cues; a note is read with its shorthand spelled out
//! and its words stemmed, and ranked against them with BM25, plus how alike
//! likely it is by hand-tagged example notes bundled beside the rubric
//! ([`model`]) and what the evaluator's own earlier tags taught
//! ([`learned`]). Below a confidence
//! threshold nothing is suggested, rather than a guess.

mod examples;
mod index;
mod learned;
mod model;
mod terms;

pub use examples::{LabelledNote, MAX_EXAMPLES_BYTES, parse_examples, rubric_of};
pub use learned::Learned;

use crate::files::tagging_examples::Example;
use crate::rubric::{Rubric, SchoolLevel, Vocabulary};

/// The least score a first suggestion needs; a note scoring less gets none.
/// The least that keeps "Period 3" from a suggestion once examples add
/// their part (it was 3.0 on the rubric's score alone).
pub const CONFIDENT: f32 = 5.0;
/// A second or third suggestion needs at least this share of the first's score.
const RUNNER_UP: f32 = 0.25;
/// What the examples' model's probability for a component (0 to 1) adds, as
/// a share of the note's best rubric score (at least [`SCALE_FLOOR`]). Chosen
/// by 10-fold cross-validation on the examples written after the vocabulary
/// (4 to 40 tried; 8 to 12 ranked best).
const EXAMPLES: f32 = 10.0;
/// The rubric score likeness is scaled from when a note's own is lower, so
/// a note in words only the examples use can still be suggested for.
const SCALE_FLOOR: f32 = 3.0;
/// What the evaluator's examples can add, as a share of the note's best
/// rubric score: a component chosen every time for such words ends first.
const LEARNED: f32 = 2.0;

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
    model: std::sync::Arc<model::Model>,
    learned: Learned,
}

impl Suggester {
    /// Builds the documents of `rubric` with the vocabulary's shorthand and its cues.
    #[must_use]
    pub fn new(rubric: &Rubric, vocabulary: &Vocabulary) -> Suggester {
        let examples = vocabulary
            .examples
            .get(&rubric.id)
            .map_or(&[][..], Vec::as_slice);
        let index = index::Index::build(
            rubric,
            &vocabulary.shorthand,
            vocabulary.cues_for(&rubric.id),
        );
        Suggester {
            rubric: rubric.id.clone(),
            model: model::Model::build(&index, examples),
            index,
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

    /// Adds what the bundled and the district's examples say to the rubric's
    /// scores, in proportion to the best so that neither drowns the other.
    fn add_examples(&self, text: &str, scores: &mut [f32]) {
        let likeness = self.model.likeness(&self.index, text);
        let scale = scores.iter().copied().fold(SCALE_FLOOR, f32::max);
        for (score, like) in scores.iter_mut().zip(likeness) {
            *score += EXAMPLES * scale * like;
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
        self.add_examples(text, &mut scores);
        if !self.learned.is_empty() {
            let learned = self
                .learned
                .scores(&terms::example_stems(text, &self.index.shorthand));
            let scale = LEARNED * scores.iter().copied().fold(CONFIDENT, f32::max);
            for (entry, score) in self.index.entries.iter().zip(&mut scores) {
                *score += scale * learned.get(entry.id.as_str()).copied().unwrap_or(0.0);
            }
        }
        let mut ranked: Vec<(usize, f32)> = scores
            .into_iter()
            .enumerate()
            .filter(|&(at, score)| {
                let entry = &self.index.entries[at];
                score > 0.0
                    && (entry.applies_to.is_empty()
                        || level.is_none_or(|l| entry.applies_to.contains(&l)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Catalog;

    fn suggester(id: &str) -> Suggester {
        let catalog = Catalog::load(&[]);
        let entry = catalog
            .get(id)
            .map_or_else(|| panic!("bundled"), |e| e.rubric.clone());
        Suggester::new(&entry, &catalog.vocabulary)
    }

    fn first(s: &Suggester, text: &str) -> Option<String> {
        s.suggest(None, text, &[], 3).first().map(|s| s.id.clone())
    }

    #[test]
    fn shorthand_and_cues_find_components() {
        let s = suggester("danielson-2013");
        assert_eq!(
            first(
                &s,
                "Exit ticket: 3 questions, sorted into piles after class"
            )
            .as_deref(),
            Some("3d")
        );
        assert_eq!(
            first(&s, "Ss roll eyes when T calls on Devon; T ignores it").as_deref(),
            Some("2a")
        );
        assert_eq!(
            first(&s, "T asks an open question, wait time 5 s").as_deref(),
            Some("3b")
        );
        let all = s.suggest(
            None,
            "T asks an open question, wait time 5 s",
            &["3b".into()],
            3,
        );
        assert!(
            all.iter().all(|c| c.id != "3b"),
            "a tag already chosen is never suggested"
        );
    }

    #[test]
    fn no_confident_suggestion_for_notes_that_say_nothing() {
        let s = suggester("danielson-2013");
        for note in ["", "10:15", "ok", "T", "Ss", "Period 3", "!!!", "ab cd ef"] {
            assert!(s.suggest(None, note, &[], 3).is_empty(), "{note:?}");
        }
    }

    #[test]
    fn a_component_the_evaluator_keeps_choosing_rises_to_first() {
        let mut s = suggester("danielson-2013");
        let note = "Chromebooks handed out, Ss on the reading app";
        let before = first(&s, note);
        assert_ne!(
            before.as_deref(),
            Some("2e"),
            "not first before any example"
        );
        for text in [
            "Chromebooks charged and put away",
            "Chromebooks out on every desk",
            "Ss fetch chromebooks from the cart",
            "Chromebooks stored by the window",
            "Two chromebooks not charged",
        ] {
            let example = s.example(text, "2e", true);
            assert!(
                example.terms.contains(&"chromebook".to_string()),
                "{:?}",
                example.terms
            );
            s.learn(&[example]);
        }
        assert_eq!(first(&s, note).as_deref(), Some("2e"), "learned");
        let removed: Vec<_> = (0..8)
            .map(|_| s.example("Chromebooks handed out, Ss on the app", "2e", false))
            .collect();
        s.learn(&removed);
        assert_ne!(
            first(&s, note).as_deref(),
            Some("2e"),
            "removals count against"
        );
        s.forget();
        assert_eq!(first(&s, note), before);
    }

    #[test]
    fn level_leaves_out_other_schools_duties() {
        let s = suggester("edtech-coordinator");
        let note = "Reset the group policy on the file server";
        let middle = s.suggest(Some(SchoolLevel::Middle), note, &[], 3);
        assert_eq!(middle.first().map(|c| c.id.as_str()), Some("M4"));
        let high = s.suggest(Some(SchoolLevel::High), note, &[], 3);
        assert!(
            high.iter()
                .all(|c| !c.id.starts_with('M') && !c.id.starts_with('E')),
            "{high:?}"
        );
    }
}
