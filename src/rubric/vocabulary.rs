//! The classroom vocabulary: shorthand principals type ("Ss", "T", "PLC")
//! and the words and phrases that point at a component ("exit ticket" at
//! 3d), kept as data beside the rubrics so a district extends it with a file
//! instead of a code change. Read with positions, as rubric files are.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::error::{Position, RubricError};
use super::suggest::LabelledNote;
use crate::files::ron_text;

/// The version of the vocabulary file format this build reads.
pub const VOCABULARY_SCHEMA: u32 = 1;
/// Larger files are refused unread: the bundled one is about 30 KB.
pub const MAX_VOCABULARY_BYTES: usize = 1024 * 1024;
/// Most words a shorthand key or a cue may have: they are typed phrases.
const MAX_PHRASE_WORDS: usize = 6;
/// Most characters of one shorthand, expansion or cue.
const MAX_PHRASE_CHARS: usize = 200;
/// Most entries one file may hold (shorthand and cues together).
const MAX_ENTRIES: usize = 20_000;

/// One vocabulary file as written.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Vocabulary")]
pub struct VocabularyFile {
    pub schema: u32,
    pub title: String,
    /// Who wrote it, or where it comes from.
    pub source: String,
    /// A word or phrase as typed (any case) and the words it stands for; an
    /// empty expansion takes back a shorthand an earlier file gave.
    #[serde(default)]
    pub shorthand: BTreeMap<String, String>,
    #[serde(default)]
    pub cues: Vec<Cues>,
}

/// Words and phrases that point at components of the rubrics named.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    /// Rubric ids these cues are for (a rubric not loaded is no error).
    pub rubrics: Vec<String>,
    /// Component id -> its cues.
    pub components: BTreeMap<String, Vec<String>>,
}

/// Every vocabulary file that loaded, merged: later files' shorthand
/// replaces earlier, cues add up.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Vocabulary {
    /// Lower-case shorthand -> its expansion.
    pub shorthand: BTreeMap<String, String>,
    /// Rubric id -> component id -> cues.
    pub cues: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Rubric id -> hand-tagged example notes, bundled first, then each folder's.
    pub examples: BTreeMap<String, Vec<LabelledNote>>,
    /// Where each (rubric, component) cue list was given first, to report a
    /// component the rubric lacks once the rubrics are known.
    origins: Vec<(String, String, String, Position)>,
}

impl Vocabulary {
    /// Adds one file's entries on top of those already merged.
    pub fn merge(&mut self, file: &str, source: &str, vocabulary: VocabularyFile) {
        for (key, expansion) in vocabulary.shorthand {
            let key = key.trim().to_lowercase();
            if expansion.trim().is_empty() {
                self.shorthand.remove(&key);
            } else {
                self.shorthand.insert(key, expansion.trim().to_lowercase());
            }
        }
        for cues in vocabulary.cues {
            for (component, phrases) in cues.components {
                let at = locate_key(source, &component);
                for rubric in &cues.rubrics {
                    self.origins
                        .push((file.to_string(), rubric.clone(), component.clone(), at));
                    self.cues
                        .entry(rubric.clone())
                        .or_default()
                        .entry(component.clone())
                        .or_default()
                        .extend(phrases.iter().map(|p| p.trim().to_lowercase()));
                }
            }
        }
    }

    /// Adds one examples file's notes for `rubric`.
    pub fn add_examples(&mut self, file: &str, rubric: &str, notes: Vec<LabelledNote>) {
        for note in &notes {
            let at = Position {
                line: note.line,
                column: 1,
            };
            for component in &note.components {
                self.origins
                    .push((file.to_string(), rubric.to_string(), component.clone(), at));
            }
        }
        self.examples
            .entry(rubric.to_string())
            .or_default()
            .extend(notes);
    }

    /// The cues for one rubric: component id -> phrases.
    #[must_use]
    pub fn cues_for(&self, rubric: &str) -> Option<&BTreeMap<String, Vec<String>>> {
        self.cues.get(rubric)
    }

    /// Cues or examples a user's file gives for a component that a loaded
    /// rubric does not have.
    pub fn unknown_components(&self, has: impl Fn(&str, &str) -> Option<bool>) -> Vec<RubricError> {
        self.origins
            .iter()
            // The bundled cues fit the bundled rubrics; a district's rubric
            // of the same id may lack some components, and that is no error.
            .filter(|(file, _, _, _)| !file.starts_with("bundled:"))
            .filter(|(_, rubric, component, _)| has(rubric, component) == Some(false))
            .map(|(file, rubric, component, at)| {
                RubricError::new(
                    file,
                    *at,
                    format!("the rubric `{rubric}` has no component `{component}`; what is given for it is not used"),
                )
            })
            .collect()
    }
}

/// Parses and checks one vocabulary file. `file` names it in every error;
/// never panics, whatever the bytes.
pub fn parse_vocabulary(file: &str, bytes: &[u8]) -> Result<VocabularyFile, RubricError> {
    const WHAT: &str = "a RON vocabulary starting with `Vocabulary(`";
    let fail = |position, message: String| Err(RubricError::new(file, position, message));
    if bytes.len() > MAX_VOCABULARY_BYTES {
        return fail(
            Position::START,
            format!(
                "the file is {} bytes, more than the {MAX_VOCABULARY_BYTES} bytes a vocabulary may have",
                bytes.len()
            ),
        );
    }
    let vocabulary: VocabularyFile = match ron_text::parse(bytes, WHAT, 16) {
        Ok(v) => v,
        Err(e) => return fail(e.position, e.message),
    };
    let source = ron_text::text(bytes, WHAT).unwrap_or_default();
    match check(&vocabulary, source) {
        Ok(()) => Ok(vocabulary),
        Err((position, message)) => fail(position, message),
    }
}

/// The first problem of a parsed file, with where it is.
fn check(vocabulary: &VocabularyFile, source: &str) -> Result<(), (Position, String)> {
    if vocabulary.schema != VOCABULARY_SCHEMA {
        return Err((
            super::validate::locate_field(source, "schema", 0),
            format!(
                "the vocabulary uses file format version {}, but this teacher-eval reads version {VOCABULARY_SCHEMA}",
                vocabulary.schema
            ),
        ));
    }
    let entries = vocabulary.shorthand.len()
        + vocabulary
            .cues
            .iter()
            .flat_map(|c| c.components.values())
            .map(Vec::len)
            .sum::<usize>();
    if entries > MAX_ENTRIES {
        return Err((
            Position::START,
            format!(
                "the file has {entries} entries, more than the {MAX_ENTRIES} a vocabulary may have"
            ),
        ));
    }
    for (key, expansion) in &vocabulary.shorthand {
        phrase(key, source, "a shorthand")?;
        if expansion.chars().count() > MAX_PHRASE_CHARS {
            return Err((
                locate_key(source, key),
                format!("the expansion of `{key}` is longer than {MAX_PHRASE_CHARS} characters"),
            ));
        }
    }
    for cues in &vocabulary.cues {
        if cues.rubrics.is_empty() || cues.rubrics.iter().any(|r| r.trim().is_empty()) {
            return Err((
                super::validate::locate_field(source, "rubrics", 0),
                "each set of cues names at least one rubric id, none of them empty".into(),
            ));
        }
        for (component, phrases) in &cues.components {
            if component.trim().is_empty() {
                return Err((
                    locate_key(source, component),
                    "a component id is empty".into(),
                ));
            }
            for cue in phrases {
                phrase(cue, source, "a cue")?;
            }
        }
    }
    Ok(())
}

/// A shorthand or a cue: some letters or figures, a few words, not too long.
fn phrase(text: &str, source: &str, what: &str) -> Result<(), (Position, String)> {
    let words = text.split_whitespace().count();
    if !text.chars().any(char::is_alphanumeric) {
        return Err((
            locate_key(source, text),
            format!("{what} needs a letter or a figure; `{text}` has none"),
        ));
    }
    if words > MAX_PHRASE_WORDS || text.chars().count() > MAX_PHRASE_CHARS {
        return Err((
            locate_key(source, text),
            format!("{what} has at most {MAX_PHRASE_WORDS} words; `{text}` is longer"),
        ));
    }
    Ok(())
}

/// Where `"text"` first stands in the source (the file's start if it is
/// written with escapes and so not found as typed).
fn locate_key(source: &str, text: &str) -> Position {
    source
        .find(&format!("\"{text}\""))
        .map_or(Position::START, |at| Position::at_offset(source, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_have_positions_and_never_panic() {
        let bad =
            "Vocabulary(schema: 1, title: \"t\", source: \"s\",\n  shorthand: {\"!!\": \"x\"})";
        let e = parse_vocabulary("v.ron", bad.as_bytes()).expect_err("no letters");
        assert_eq!((e.position.line, e.position.column), (2, 15), "{e}");
        let e = parse_vocabulary("v.ron", b"Vocabulary(schema: 2, title: \"\", source: \"\")")
            .expect_err("schema");
        assert!(e.message.contains("version 2"), "{e}");
        for bytes in [
            &b""[..],
            b"\xff\xfe",
            b"Vocabulary(",
            b"(((((((((((((((((((((",
        ] {
            assert!(parse_vocabulary("v.ron", bytes).is_err());
        }
    }

    #[test]
    fn later_files_replace_shorthand_and_add_cues() {
        let mut v = Vocabulary::default();
        let first = VocabularyFile {
            shorthand: [
                ("Ss".into(), "students".into()),
                ("T".into(), "teacher".into()),
            ]
            .into(),
            cues: vec![Cues {
                rubrics: vec!["r".into()],
                components: [("3d".into(), vec!["Exit ticket".into()])].into(),
            }],
            ..VocabularyFile::default()
        };
        let second = VocabularyFile {
            shorthand: [("t".into(), String::new())].into(),
            cues: vec![Cues {
                rubrics: vec!["r".into()],
                components: [
                    ("3d".into(), vec!["whiteboards".into()]),
                    ("9z".into(), vec![]),
                ]
                .into(),
            }],
            ..VocabularyFile::default()
        };
        v.merge("a", "", first);
        v.merge("b", "\"9z\"", second);
        assert_eq!(v.shorthand.get("ss").map(String::as_str), Some("students"));
        assert!(
            !v.shorthand.contains_key("t"),
            "an empty expansion takes it back"
        );
        assert_eq!(v.cues["r"]["3d"], ["exit ticket", "whiteboards"]);
        let unknown = v.unknown_components(|_, c| Some(c != "9z"));
        assert_eq!(unknown.len(), 1);
        assert_eq!(unknown[0].file, "b");
    }
}
