//! The evaluator's examples as a small table: for each stem, how often a
//! note holding it was given (or had taken away) each component. A note's
//! stems then vote for the components the evaluator chose before.

use std::collections::HashMap;

use crate::files::tagging_examples::Example;

/// Chosen and removed counts of one stem for one component.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    chosen: f32,
    removed: f32,
}

/// The examples of one rubric, counted.
#[derive(Debug, Clone, Default)]
pub struct Learned {
    /// Stem -> component id -> counts.
    table: HashMap<String, HashMap<String, Counts>>,
    /// Stem -> how many examples hold it.
    seen: HashMap<String, f32>,
    examples: usize,
}

impl Learned {
    /// Counts one example.
    pub fn add(&mut self, example: &Example) {
        self.examples += 1;
        for term in &example.terms {
            *self.seen.entry(term.clone()).or_default() += 1.0;
            let counts = self
                .table
                .entry(term.clone())
                .or_default()
                .entry(example.component.clone())
                .or_default();
            if example.chosen {
                counts.chosen += 1.0;
            } else {
                counts.removed += 1.0;
            }
        }
    }

    /// How many examples were counted.
    #[must_use]
    pub fn len(&self) -> usize {
        self.examples
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.examples == 0
    }

    /// How strongly the examples point each component at a note with these
    /// stems (about 0 to 1). A stem counts more the more often it was tagged
    /// alike and the fewer examples hold it; a removal counts against; a
    /// note's words never seen before dilute it.
    #[must_use]
    pub fn scores(&self, stems: &[String]) -> HashMap<&str, f32> {
        let mut scores: HashMap<&str, f32> = HashMap::new();
        let total = self.examples as f32;
        for stem in stems {
            let Some(components) = self.table.get(stem) else {
                continue;
            };
            let seen = self.seen.get(stem).copied().unwrap_or(1.0);
            let rarity = 1.0 + (total / seen).ln();
            let all: f32 = components.values().map(|c| c.chosen + c.removed).sum();
            for (component, counts) in components {
                let net = counts.chosen - counts.removed;
                let share = net / (all + 2.0);
                *scores.entry(component.as_str()).or_default() += share * rarity;
            }
        }
        let dilution = (stems.len().max(1) as f32).sqrt();
        for score in scores.values_mut() {
            *score /= dilution;
        }
        scores
    }
}
