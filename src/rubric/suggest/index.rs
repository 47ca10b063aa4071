//! One document per component, built from everything the rubric says about
//! it and the vocabulary's cues, ranked against a note with BM25 (the
//! ranking search engines use: rare shared terms count most, a term
//! repeated counts less each time, long documents are not favoured).

use std::collections::{BTreeMap, HashMap};

use super::terms::{self, Phrases, Shorthand};
use crate::rubric::{Component, Rubric, SchoolLevel};

/// How much each part of a component counts, per occurrence of a term.
/// Tuned on `tests/data/tagging/*-tune.tsv` only.
const NAME: f32 = 2.0;
const SUMMARY: f32 = 1.0;
const ELEMENT: f32 = 1.0;
const DESCRIPTOR: f32 = 0.3;
const KEYWORD: f32 = 3.0;
const CUE: f32 = 3.0;
/// Share of a keyword's or cue's weight that each word of a phrase gets.
const PHRASE_PART: f32 = 0.34;
/// BM25's saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.4;

/// A component as the index knows it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub name: String,
    /// School levels its domain is rated for; empty is every level.
    pub applies_to: Vec<SchoolLevel>,
}

/// The components of one rubric, ready to rank.
#[derive(Debug, Clone, Default)]
pub struct Index {
    pub entries: Vec<Entry>,
    /// Term -> (component, weighted count), components in rubric order.
    postings: HashMap<String, Vec<(usize, f32)>>,
    lengths: Vec<f32>,
    average: f32,
    pub shorthand: Shorthand,
    pub phrases: Phrases,
}

impl Index {
    /// Builds the documents of `rubric` with the vocabulary's shorthand and
    /// the cues given for it.
    #[must_use]
    pub fn build(
        rubric: &Rubric,
        shorthand: &BTreeMap<String, String>,
        cues: Option<&BTreeMap<String, Vec<String>>>,
    ) -> Index {
        let mut index = Index {
            shorthand: Shorthand::new(shorthand),
            ..Index::default()
        };
        let cue_of = |c: &Component| {
            cues.and_then(|m| m.get(&c.id))
                .map_or(&[][..], Vec::as_slice)
        };
        for component in rubric.components() {
            for phrase in component.keywords.iter().chain(cue_of(component)) {
                index.phrases.add(terms::stems(phrase, &index.shorthand));
            }
        }
        for domain in &rubric.domains {
            for component in &domain.components {
                let counts = index.document(component, cue_of(component));
                index.add(component, &domain.applies_to, counts);
            }
        }
        let n = index.lengths.len().max(1) as f32;
        index.average = (index.lengths.iter().sum::<f32>() / n).max(1.0);
        index
    }

    /// A component's weighted term counts.
    fn document(&self, component: &Component, cues: &[String]) -> HashMap<String, f32> {
        let mut counts: HashMap<String, f32> = HashMap::new();
        // A phrase is evidence as a whole: its words alone count for less.
        let mut add = |text: &str, weight: f32| {
            let terms = terms::terms(text, &self.shorthand, &self.phrases);
            let whole = terms.iter().any(|t| t.contains(' '));
            for term in terms {
                let part = whole && !term.contains(' ');
                *counts.entry(term).or_default() +=
                    if part { weight * PHRASE_PART } else { weight };
            }
        };
        add(&component.name, NAME);
        add(&component.summary, SUMMARY);
        for element in &component.elements {
            add(element, ELEMENT);
        }
        for descriptor in component.descriptors.values() {
            add(descriptor, DESCRIPTOR);
        }
        for keyword in &component.keywords {
            add(keyword, KEYWORD);
        }
        for cue in cues {
            add(cue, CUE);
        }
        counts
    }

    fn add(
        &mut self,
        component: &Component,
        applies_to: &[SchoolLevel],
        counts: HashMap<String, f32>,
    ) {
        let at = self.entries.len();
        self.entries.push(Entry {
            id: component.id.clone(),
            name: component.name.clone(),
            applies_to: applies_to.to_vec(),
        });
        self.lengths.push(counts.values().sum());
        for (term, count) in counts {
            self.postings.entry(term).or_default().push((at, count));
        }
    }

    /// Where the component `id` is among the entries (ids compare without case).
    #[must_use]
    pub fn position(&self, id: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| crate::text::same_text(&e.id, id))
    }

    /// The note's terms, as the documents were built.
    #[must_use]
    pub fn terms(&self, text: &str) -> Vec<String> {
        terms::terms(text, &self.shorthand, &self.phrases)
    }

    /// BM25 score of every component for these terms (each counted once).
    #[must_use]
    pub fn scores(&self, note: &[String]) -> Vec<f32> {
        let mut scores = vec![0.0; self.entries.len()];
        let n = self.entries.len() as f32;
        let mut seen: Vec<&str> = Vec::with_capacity(note.len());
        for term in note {
            if seen.contains(&term.as_str()) {
                continue;
            }
            seen.push(term);
            let Some(postings) = self.postings.get(term) else {
                continue;
            };
            let df = postings.len() as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            for &(at, tf) in postings {
                let norm = 1.0 - B + B * self.lengths[at] / self.average;
                scores[at] += idf * tf * (K1 + 1.0) / (tf + K1 * norm);
            }
        }
        scores
    }
}
