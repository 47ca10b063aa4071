//! The hand-tagged example notes (see [`super::examples`]) as a linear
//! model: multinomial logistic regression over each note's TF-IDF features
//! (stems, known phrases, word pairs), trained when a rubric's suggester is
//! first built and kept for the process. A note gets a probability per
//! component. Cross-validated on the examples it ranked a right component
//! first for 72% of the 2013 notes where an average per component did for
//! 66% (docs/performance.md): it learns which words tell two close
//! components apart, where an average only says which words are common.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use super::examples::LabelledNote;
use super::index::Index;
use super::terms;

/// A feature held by more than this share of the examples ("teacher",
/// "student" once shorthand is spelled out) tells no component from another
/// and is left out, so a note of only such words is like nothing.
const COMMON: f32 = 0.2;
/// ...unless the examples are so few that this many would be a fifth.
const MIN_COMMON: f32 = 5.0;

/// Passes over the examples; with [`RATE`] and [`DECAY`], chosen by 10-fold
/// cross-validation (more passes changed no figure by more than a note).
const EPOCHS: usize = 20;
/// The first step's size; steps shrink as `RATE / (1 + RATE * DECAY * t)`.
const RATE: f32 = 1.0;
/// L2 regularisation: each step shrinks the weights it touches by this share.
const DECAY: f32 = 1e-5;

/// The models trained in this process, by [`fingerprint`]: a window opens
/// one suggester per observation, and training is the slow part.
static TRAINED: OnceLock<Mutex<HashMap<u64, Arc<Model>>>> = OnceLock::new();

/// Features and how many examples hold each.
type Counts<'a> = Vec<(&'a str, f32)>;

/// A trained model of one rubric's examples.
#[derive(Debug, Default)]
pub struct Model {
    /// Feature -> its row in `weights`, and its inverse document frequency.
    features: HashMap<String, (usize, f32)>,
    /// The features left out as too common.
    common: HashSet<String>,
    /// One row of `classes` weights per feature.
    weights: Vec<f32>,
    bias: Vec<f32>,
    classes: usize,
    /// What a feature no example holds weighs in a note's length, so a note
    /// mostly of words the examples never saw leans on them less.
    unseen: f32,
}

/// One example as trained on: weighted feature rows and its components.
struct Sample {
    x: Vec<(usize, f32)>,
    labels: Vec<usize>,
}

impl Model {
    /// The model of `examples` for the components of `index`, trained once
    /// per process for the same features and labels.
    #[must_use]
    pub fn build(index: &Index, examples: &[LabelledNote]) -> Arc<Model> {
        let kept = labelled(index, examples);
        let key = fingerprint(index.entries.len(), &kept);
        let cache = TRAINED.get_or_init(Mutex::default);
        let found = cache.lock().ok().and_then(|c| c.get(&key).cloned());
        if let Some(model) = found {
            return model;
        }
        let model = Arc::new(Model::train(&kept, index.entries.len()));
        if let Ok(mut cache) = cache.lock() {
            cache.insert(key, Arc::clone(&model));
        }
        model
    }

    /// Fits the weights by stochastic gradient descent, the examples in a
    /// fixed shuffled order each pass, so the same examples give the same model.
    fn train(kept: &[(Vec<String>, Vec<usize>)], classes: usize) -> Model {
        let mut model = Model::with_features(kept, classes);
        if kept.is_empty() {
            return model;
        }
        let samples: Vec<Sample> = kept
            .iter()
            .map(|(features, labels)| Sample {
                x: model.vector(features).0,
                labels: labels.clone(),
            })
            .collect();
        let mut order: Vec<usize> = (0..samples.len()).collect();
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        let mut step = 0.0_f32;
        let mut grad = vec![0.0; classes];
        for _ in 0..EPOCHS {
            shuffle(&mut order, &mut seed);
            for &at in &order {
                step += 1.0;
                let rate = RATE / (1.0 + RATE * DECAY * step);
                model.descend(&samples[at], rate, &mut grad);
            }
        }
        model
    }

    /// The features of `kept` with their IDF, weights all zero.
    fn with_features(kept: &[(Vec<String>, Vec<usize>)], classes: usize) -> Model {
        let n = kept.len() as f32;
        let mut df: HashMap<&str, f32> = HashMap::new();
        for feature in kept.iter().flat_map(|(features, _)| features) {
            *df.entry(feature.as_str()).or_default() += 1.0;
        }
        let most = (COMMON * n).max(MIN_COMMON);
        let (mut names, common): (Counts, Counts) = df.into_iter().partition(|&(_, d)| d <= most);
        names.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let features: HashMap<String, (usize, f32)> = names
            .into_iter()
            .enumerate()
            .map(|(row, (f, d))| (f.to_string(), (row, ((n + 1.0) / (d + 1.0)).ln() + 1.0)))
            .collect();
        Model {
            weights: vec![0.0; features.len() * classes],
            features,
            common: common.into_iter().map(|(f, _)| f.to_string()).collect(),
            bias: vec![0.0; classes],
            classes,
            unseen: (n + 1.0).ln() + 1.0,
        }
    }

    /// One step of gradient descent on the cross-entropy of `sample`.
    fn descend(&mut self, sample: &Sample, rate: f32, grad: &mut [f32]) {
        let probabilities = self.probabilities(&sample.x);
        grad.copy_from_slice(&probabilities);
        let share = 1.0 / sample.labels.len() as f32;
        for &label in &sample.labels {
            grad[label] -= share;
        }
        let k = self.classes;
        for &(row, x) in &sample.x {
            let weights = &mut self.weights[row * k..(row + 1) * k];
            for (w, g) in weights.iter_mut().zip(grad.iter()) {
                *w = *w * (1.0 - rate * DECAY) - rate * x * g;
            }
        }
        for (b, g) in self.bias.iter_mut().zip(grad.iter()) {
            *b -= rate * g;
        }
    }

    /// The softmax of the model's scores for a weighted feature vector.
    fn probabilities(&self, x: &[(usize, f32)]) -> Vec<f32> {
        let k = self.classes;
        let mut logits = self.bias.clone();
        for &(row, value) in x {
            let weights = &self.weights[row * k..(row + 1) * k];
            for (logit, w) in logits.iter_mut().zip(weights) {
                *logit += value * w;
            }
        }
        let most = logits.iter().copied().fold(f32::MIN, f32::max);
        let mut total = 0.0;
        for logit in &mut logits {
            *logit = (*logit - most).exp();
            total += *logit;
        }
        for logit in &mut logits {
            *logit /= total;
        }
        logits
    }

    /// A text's known features as rows and unit-length TF-IDF weights, and
    /// the share of its length that known features make.
    fn vector(&self, features: &[String]) -> (Vec<(usize, f32)>, f32) {
        let mut unseen = 0.0;
        let mut x: Vec<(usize, f32)> = Vec::new();
        for feature in features {
            match self.features.get(feature) {
                Some(&(row, idf)) => x.push((row, idf)),
                None if self.common.contains(feature) => {}
                None => unseen += self.unseen * self.unseen,
            }
        }
        let known = x.iter().map(|(_, w)| w * w).sum::<f32>();
        let norm = (known + unseen).sqrt();
        if norm > 0.0 {
            for (_, w) in &mut x {
                *w /= norm;
            }
        }
        (x, (known / (known + unseen).max(f32::MIN_POSITIVE)).sqrt())
    }

    /// How likely `text` is evidence for each component by its examples
    /// (one per entry of the index, 0 to 1), less for a note of few or
    /// unseen features; all 0 when it shares no feature with them.
    #[must_use]
    pub fn likeness(&self, index: &Index, text: &str) -> Vec<f32> {
        let mut likeness = vec![0.0; index.entries.len()];
        if self.classes != likeness.len() {
            return likeness;
        }
        let (x, known) = self.vector(&features(index, text));
        if x.is_empty() {
            return likeness;
        }
        // One known word is little evidence, however sure the model is of it.
        let n = x.len() as f32;
        let evidence = known * n / (n + 1.0);
        for (like, p) in likeness.iter_mut().zip(self.probabilities(&x)) {
            *like = p * evidence;
        }
        likeness
    }
}

/// Each example's features and its components' positions, leaving out
/// those with neither.
fn labelled(index: &Index, examples: &[LabelledNote]) -> Vec<(Vec<String>, Vec<usize>)> {
    examples
        .iter()
        .map(|e| {
            let labels = e.components.iter().filter_map(|c| index.position(c));
            (features(index, &e.text), labels.collect::<Vec<_>>())
        })
        .filter(|(features, labels)| !features.is_empty() && !labels.is_empty())
        .collect()
}

/// A hash of what a model is trained from, to find one already trained.
fn fingerprint(classes: usize, kept: &[(Vec<String>, Vec<usize>)]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (EPOCHS, classes, kept).hash(&mut hasher);
    hasher.finish()
}

/// Fisher-Yates with a xorshift generator: the same order every run.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        let j = usize::try_from(*seed % (i as u64 + 1)).unwrap_or(i);
        order.swap(i, j);
    }
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

    fn index_2013() -> (Catalog, Index) {
        let catalog = Catalog::load(&[]);
        let Some(entry) = catalog.get("danielson-2013") else {
            panic!("bundled");
        };
        let index = Index::build(&entry.rubric, &catalog.vocabulary.shorthand, None);
        (catalog, index)
    }

    #[test]
    fn a_note_is_most_like_the_component_of_its_words() {
        let (_, index) = index_2013();
        let note = |component: &str, text: &str| LabelledNote {
            components: vec![component.into()],
            text: text.into(),
            line: 1,
        };
        let examples = [
            note("2a", "Ss snicker at a classmate"),
            note("2a", "Kids snicker when she reads"),
            note("2e", "Desks in rows"),
            note("2e", "Desks pushed into groups of four"),
            note("zz", "Snicker snicker"),
        ];
        let model = Model::build(&index, &examples);
        let likeness = model.likeness(&index, "Two Ss snicker");
        let best = (0..likeness.len()).max_by(|&a, &b| likeness[a].total_cmp(&likeness[b]));
        assert_eq!(best.map(|at| index.entries[at].id.as_str()), Some("2a"));
        let desks = model.likeness(&index, "desks in rows");
        let best = (0..desks.len()).max_by(|&a, &b| desks[a].total_cmp(&desks[b]));
        assert_eq!(best.map(|at| index.entries[at].id.as_str()), Some("2e"));
        assert!(
            likeness.iter().all(|l| (0.0..=1.0001).contains(l)),
            "{likeness:?}"
        );
        let empty = Model::build(&index, &[]).likeness(&index, "Two Ss snicker");
        assert!(empty.iter().all(|&l| l == 0.0));
        assert!(model.likeness(&index, "").iter().all(|&l| l == 0.0));
        assert!(
            model
                .likeness(&index, "xylophone")
                .iter()
                .all(|&l| l == 0.0),
            "a note sharing no feature is like nothing"
        );
    }

    #[test]
    fn the_same_examples_give_the_same_model() {
        let (catalog, index) = index_2013();
        let examples = &catalog.vocabulary.examples["danielson-2013"];
        let kept = labelled(&index, examples);
        let note = "Exit ticket sorted into piles";
        let a = Model::train(&kept, index.entries.len()).likeness(&index, note);
        let b = Model::train(&kept, index.entries.len()).likeness(&index, note);
        assert_eq!(a, b);
    }
}
