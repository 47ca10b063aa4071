//! The hand-tagged example notes (see [`super::examples`]) as one average
//! per component: each example a TF-IDF vector of its stems, known phrases
//! and word pairs, each component the normalised sum of its examples'
//! vectors. A note is compared with every component's average by cosine.
//! It catches how principals write what the rubric's own words miss
//! ("Ss snicker" is 2a); cross-validated on the examples, an average per
//! component ranked better than a vote of the nearest examples, naive
//! Bayes, or a perceptron (docs/performance.md).

use std::collections::{HashMap, HashSet};

use super::examples::LabelledNote;
use super::index::Index;
use super::terms;

/// A feature held by more than this share of the examples ("teacher",
/// "student" once shorthand is spelled out) tells no component from another
/// and is left out, so a note of only such words is like nothing.
const COMMON: f32 = 0.2;
/// ...unless the examples are so few that this many would be a fifth.
const MIN_COMMON: f32 = 5.0;

/// A component's average counts `n / (n + TRUST)` of itself for `n`
/// examples: an average of two notes says little (the coordinator rubric
/// has 70 components and few examples each), of fifty a good deal.
const TRUST: f32 = 10.0;

/// The examples of one rubric, averaged per component.
#[derive(Debug, Clone, Default)]
pub struct Centroids {
    /// Feature -> (component, weight in its unit-length average).
    postings: HashMap<String, Vec<(usize, f32)>>,
    /// Feature -> its inverse document frequency among the examples.
    idf: HashMap<String, f32>,
    /// The features left out as too common.
    common: HashSet<String>,
    /// What a feature no example holds weighs in a note's vector, so words
    /// the examples never saw make a note less alike.
    unseen: f32,
}

impl Centroids {
    /// The averages of the examples whose components the index knows.
    #[must_use]
    pub fn build(index: &Index, examples: &[LabelledNote]) -> Centroids {
        let kept: Vec<Labelled> = examples
            .iter()
            .map(|e| {
                let labels = e.components.iter().filter_map(|c| index.position(c));
                (features(index, &e.text), labels.collect::<Vec<_>>())
            })
            .filter(|(features, labels)| !features.is_empty() && !labels.is_empty())
            .collect();
        let n = kept.len() as f32;
        let (idf, common) = weights(&kept);
        Centroids {
            postings: averages(&kept, &idf, index.entries.len()),
            idf,
            common,
            unseen: (n + 1.0).ln() + 1.0,
        }
    }

    /// How alike `text` is to each component's examples (one per entry of
    /// the index, 0 to 1); all 0 when there are no examples.
    #[must_use]
    pub fn likeness(&self, index: &Index, text: &str) -> Vec<f32> {
        let mut likeness = vec![0.0; index.entries.len()];
        if self.postings.is_empty() {
            return likeness;
        }
        let features = features(index, text);
        let weight = |f: &str| match self.idf.get(f) {
            Some(&w) => Some(w),
            None if self.common.contains(f) => None,
            None => Some(self.unseen),
        };
        let weighted: Vec<(&String, f32)> = features
            .iter()
            .filter_map(|f| weight(f).map(|w| (f, w)))
            .collect();
        let norm = weighted.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        for (feature, w) in weighted {
            let Some(postings) = self.postings.get(feature) else {
                continue;
            };
            for &(component, x) in postings {
                likeness[component] += x * w / norm;
            }
        }
        likeness
    }
}

/// An example's features and its components' positions.
type Labelled = (Vec<String>, Vec<usize>);

/// Each feature's inverse document frequency, and the features left out as
/// too common.
fn weights(kept: &[Labelled]) -> (HashMap<String, f32>, HashSet<String>) {
    let n = kept.len() as f32;
    let mut df: HashMap<&str, f32> = HashMap::new();
    for feature in kept.iter().flat_map(|(features, _)| features) {
        *df.entry(feature.as_str()).or_default() += 1.0;
    }
    let most = (COMMON * n).max(MIN_COMMON);
    let mut idf = HashMap::new();
    let mut common = HashSet::new();
    for (feature, d) in df {
        if d <= most {
            idf.insert(feature.to_string(), ((n + 1.0) / (d + 1.0)).ln() + 1.0);
        } else {
            common.insert(feature.to_string());
        }
    }
    (idf, common)
}

/// Feature -> (component, weight) of each component's average, its length
/// the trust its number of examples earns.
fn averages(
    kept: &[Labelled],
    idf: &HashMap<String, f32>,
    components: usize,
) -> HashMap<String, Vec<(usize, f32)>> {
    let mut sums: Vec<HashMap<&str, f32>> = vec![HashMap::new(); components];
    let mut counts = vec![0.0_f32; components];
    for (features, labels) in kept {
        let weighted: Vec<(&str, f32)> = features
            .iter()
            .filter_map(|f| idf.get(f).map(|&w| (f.as_str(), w)))
            .collect();
        let norm = weighted.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm <= 0.0 {
            continue;
        }
        for &label in labels {
            counts[label] += 1.0;
            for &(feature, weight) in &weighted {
                *sums[label].entry(feature).or_default() += weight / norm;
            }
        }
    }
    let mut postings: HashMap<String, Vec<(usize, f32)>> = HashMap::new();
    for (component, sum) in sums.into_iter().enumerate() {
        let trust = counts[component] / (counts[component] + TRUST);
        let length = sum.values().map(|w| w * w).sum::<f32>().sqrt();
        if length <= 0.0 {
            continue;
        }
        for (feature, weight) in sum {
            postings
                .entry(feature.to_string())
                .or_default()
                .push((component, weight / length * trust));
        }
    }
    postings
}

/// A text's features, each once: stems, known phrases and adjacent word pairs.
fn features(index: &Index, text: &str) -> Vec<String> {
    let stems = terms::stems(text, &index.shorthand);
    let mut features = index.phrases.found(&stems);
    features.extend(
        stems
            .windows(2)
            .map(|pair| format!("{}+{}", pair[0], pair[1])),
    );
    features.extend(stems);
    features.sort_unstable();
    features.dedup();
    features
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Catalog;

    #[test]
    fn a_note_is_most_like_the_component_of_its_words() {
        let catalog = Catalog::load(&[]);
        let Some(entry) = catalog.get("danielson-2013") else {
            panic!("bundled");
        };
        let index = Index::build(&entry.rubric, &catalog.vocabulary.shorthand, None);
        let note = |component: &str, text: &str| LabelledNote {
            components: vec![component.into()],
            text: text.into(),
            line: 1,
        };
        let examples = [
            note("2a", "Ss snicker at a classmate"),
            note("2a", "Kids snicker when she reads"),
            note("2e", "Desks in rows"),
            note("zz", "Snicker snicker"),
        ];
        let centroids = Centroids::build(&index, &examples);
        let likeness = centroids.likeness(&index, "Two Ss snicker");
        let best = (0..likeness.len()).max_by(|&a, &b| likeness[a].total_cmp(&likeness[b]));
        assert_eq!(best.map(|at| index.entries[at].id.as_str()), Some("2a"));
        assert!(
            likeness.iter().all(|l| (0.0..=1.0001).contains(l)),
            "{likeness:?}"
        );
        let empty = Centroids::build(&index, &[]).likeness(&index, "Two Ss snicker");
        assert!(empty.iter().all(|&l| l == 0.0));
        assert!(centroids.likeness(&index, "").iter().all(|&l| l == 0.0));
    }
}
