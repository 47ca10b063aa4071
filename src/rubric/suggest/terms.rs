//! A text as the suggester compares it: words folded and stemmed, shorthand
//! spelled out, common words left out, and known phrases ("exit ticket")
//! kept as one term beside their words.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Snowball's English stemmer, built once.
static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Most words a phrase term may have.
pub const MAX_PHRASE: usize = 4;

/// Words too common to tell one component from another.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does",
    "doing", "each", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers",
    "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most",
    "my", "of", "on", "one", "or", "other", "our", "out", "over", "own", "same", "she", "so",
    "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "to", "too", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "s", "w",
    "get", "got", "goes", "go", "went", "min", "mins", "sec", "secs", "x",
];

static STOPS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// A word as typed: lower-cased, and whether it looks like a name (a
/// capital inside a sentence, not all capitals).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub lower: String,
    pub name_like: bool,
}

/// The words of `text`: letters and figures, apostrophes dropped inside a
/// word ("didn't" is "didnt").
#[must_use]
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<Word>, start: &mut bool| {
        if current.is_empty() {
            return;
        }
        let mut chars = current.chars();
        let first_upper = chars.next().is_some_and(char::is_uppercase);
        let all_upper = current
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        out.push(Word {
            lower: current.to_lowercase(),
            name_like: first_upper && !all_upper && !*start,
        });
        *start = false;
        current.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            current.push(c);
        } else if matches!(c, '\'' | '’') && !current.is_empty() {
        } else {
            flush(&mut current, &mut out, &mut sentence_start);
            if matches!(
                c,
                '.' | '!' | '?' | ':' | ';' | '\n' | '"' | '“' | '-' | '('
            ) {
                sentence_start = true;
            }
        }
    }
    flush(&mut current, &mut out, &mut sentence_start);
    out
}

/// The stem of one lower-case word.
#[must_use]
pub fn stem(word: &str) -> String {
    STEMMER.stem(word).into_owned()
}

/// Shorthand keys as word sequences, longest first, and what each expands to.
#[derive(Debug, Clone, Default)]
pub struct Shorthand {
    entries: HashMap<Vec<String>, Vec<String>>,
    longest: usize,
}

impl Shorthand {
    #[must_use]
    pub fn new(map: &BTreeMap<String, String>) -> Shorthand {
        let mut shorthand = Shorthand::default();
        for (key, expansion) in map {
            let key: Vec<String> = words(key).into_iter().map(|w| w.lower).collect();
            if key.is_empty() {
                continue;
            }
            let expansion = words(expansion).into_iter().map(|w| w.lower).collect();
            shorthand.longest = shorthand.longest.max(key.len());
            shorthand.entries.insert(key, expansion);
        }
        shorthand
    }

    /// The words with each shorthand spelled out in its place (cues are
    /// read so too, so a cue may be written either way).
    fn expand(&self, words: &[String]) -> Vec<String> {
        let mut out = Vec::with_capacity(words.len() + 4);
        let mut i = 0;
        'words: while i < words.len() {
            for len in (1..=self.longest.min(words.len() - i)).rev() {
                if let Some(expansion) = self.entries.get(&words[i..i + len]) {
                    out.extend(expansion.iter().cloned());
                    i += len;
                    continue 'words;
                }
            }
            out.push(words[i].clone());
            i += 1;
        }
        out
    }

    /// Whether `word` is a shorthand by itself (so "T" is never a name).
    fn has(&self, word: &str) -> bool {
        self.entries
            .contains_key(std::slice::from_ref(&word.to_string()))
    }
}

/// Phrases known to the index, as stem sequences.
#[derive(Debug, Clone, Default)]
pub struct Phrases(HashSet<Vec<String>>);

impl Phrases {
    /// Remembers `phrase` (already stemmed) when it has two words or more.
    pub fn add(&mut self, stems: Vec<String>) {
        if (2..=MAX_PHRASE).contains(&stems.len()) {
            self.0.insert(stems);
        }
    }

    /// Each known phrase found in `stems`, as one term ("exit ticket").
    pub fn found(&self, stems: &[String]) -> Vec<String> {
        let mut found = Vec::new();
        for len in 2..=MAX_PHRASE.min(stems.len()) {
            for run in stems.windows(len) {
                if self.0.contains(run) {
                    found.push(run.join(" "));
                }
            }
        }
        found
    }
}

/// Stems of the words worth comparing: shorthand spelled out, common words
/// left out.
#[must_use]
pub fn stems(text: &str, shorthand: &Shorthand) -> Vec<String> {
    let lower: Vec<String> = words(text).into_iter().map(|w| w.lower).collect();
    shorthand
        .expand(&lower)
        .iter()
        .filter(|w| !STOPS.contains(w.as_str()))
        .map(|w| stem(w))
        .collect()
}

/// The terms of `text`: its stems and the known phrases among them.
#[must_use]
pub fn terms(text: &str, shorthand: &Shorthand, phrases: &Phrases) -> Vec<String> {
    let mut terms = stems(text, shorthand);
    let found = phrases.found(&terms);
    terms.extend(found);
    terms
}

/// The stems a learned example keeps of a note: words that look like names
/// (a capital inside a sentence) are left out, so the file holds no
/// student's name, and no shorthand is spelled out (the note's terms are
/// compared with the same rule).
#[must_use]
pub fn example_stems(text: &str, shorthand: &Shorthand) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for word in words(text) {
        if (word.name_like && !shorthand.has(&word.lower)) || STOPS.contains(word.lower.as_str()) {
            continue;
        }
        let stem = stem(&word.lower);
        if !kept.contains(&stem) {
            kept.push(stem);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shorthand() -> Shorthand {
        Shorthand::new(
            &[
                ("ss".into(), "students".into()),
                ("t".into(), "teacher".into()),
            ]
            .into(),
        )
    }

    #[test]
    fn shorthand_is_spelled_out_and_words_stemmed() {
        let s = stems("Ss didn't persist; T praised them", &shorthand());
        assert_eq!(s, ["student", "didnt", "persist", "teacher", "prais"]);
    }

    #[test]
    fn phrases_become_terms() {
        let mut phrases = Phrases::default();
        phrases.add(vec!["exit".into(), "ticket".into()]);
        let t = terms("Exit tickets sorted", &shorthand(), &phrases);
        assert!(t.contains(&"exit ticket".to_string()), "{t:?}");
    }

    #[test]
    fn examples_keep_no_names() {
        let kept = example_stems(
            "Ss roll eyes when T calls on Devon. Maya laughs",
            &shorthand(),
        );
        assert!(!kept.iter().any(|s| s.starts_with("devon")), "{kept:?}");
        assert!(
            kept.contains(&"maya".to_string()),
            "a sentence's first word is kept"
        );
        assert!(kept.contains(&"t".to_string()), "shorthand is never a name");
    }
}
