//! Phrase bank for the demo workspace, written for teacher-eval; none of it
//! quotes the official Danielson rubric.
//!
//! The phrases are data, kept as RON under `assets/demo/` so they read and
//! edit as text: `people.ron` (schools, educator and evaluator names,
//! subjects, lesson topics), `teacher-notes.ron` and `coordinator-notes.ron`
//! (evidence-note templates tagged with Danielson component ids 1a-4f, and
//! with edtech-coordinator component ids), and `texts.ron` (rating
//! rationales, conference and reflection texts). They are compiled into the
//! binary, so the demo works anywhere, and parsed once on first use.
//!
//! Placeholders in braces are filled in by the generator:
//! `{topic}` lesson topic, `{student}` and `{student2}` students' first
//! names, `{n}` a small number (2-9), `{count}` the class size (14-30),
//! `{minutes}` a duration (2-15); in [`Texts::rationales`] only, also
//! `{component}` (component name), `{level}` (level name) and `{time}`
//! (a clock time such as 10:14). Pre-conference notes use `{topic}` only.

use std::sync::OnceLock;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::files::ron_text;

/// Each file with the path its parse errors name.
const PEOPLE: (&str, &str) = (
    "assets/demo/people.ron",
    include_str!("../../assets/demo/people.ron"),
);
const TEACHER_NOTES: (&str, &str) = (
    "assets/demo/teacher-notes.ron",
    include_str!("../../assets/demo/teacher-notes.ron"),
);
const COORDINATOR_NOTES: (&str, &str) = (
    "assets/demo/coordinator-notes.ron",
    include_str!("../../assets/demo/coordinator-notes.ron"),
);
const TEXTS: (&str, &str) = (
    "assets/demo/texts.ron",
    include_str!("../../assets/demo/texts.ron"),
);

/// The deepest the files nest is four (topics: file, list, entry, names).
const DEPTH: usize = 8;

/// How a note was captured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum NoteKind {
    /// Words spoken by the educator or a learner, in quotation marks.
    Quote,
    /// Something the evaluator saw happen.
    Action,
    /// A document or record the evaluator looked at (plan, log, gradebook, report).
    Artifact,
    /// The evaluator's own remark or something said to the evaluator.
    EvaluatorNote,
}

/// Which side of the scale a note is evidence for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Support {
    /// Practice at the upper levels (Proficient, Distinguished).
    Strong,
    /// Practice at the lower levels (Unsatisfactory, Basic).
    Weak,
    /// An untagged note about the setting, evidence for no level.
    Context,
}

/// One evidence note pattern, written `(components, kind, support, text)`
/// so each note fits on one line of its file.
#[derive(Deserialize)]
#[serde(from = "(Vec<String>, NoteKind, Support, String)")]
pub struct NoteTemplate {
    /// Components this note is evidence for (ids valid in the rubric it is used with). May be empty for a few untagged notes.
    pub components: Vec<String>,
    /// How the note was captured.
    pub kind: NoteKind,
    /// The levels it is evidence for, so ratings follow from the notes.
    pub support: Support,
    /// The note text with placeholders (see above).
    pub text: String,
}

impl From<(Vec<String>, NoteKind, Support, String)> for NoteTemplate {
    fn from(
        (components, kind, support, text): (Vec<String>, NoteKind, Support, String),
    ) -> NoteTemplate {
        NoteTemplate {
            components,
            kind,
            support,
            text,
        }
    }
}

/// A school in the demo district.
#[derive(Deserialize)]
pub struct School {
    /// The school's name as it appears in the workspace.
    pub name: String,
    /// Which grades the school serves.
    pub level: Level,
}

/// School level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Level {
    /// Kindergarten through grade 5.
    Elementary,
    /// Grades 6 through 8.
    Middle,
    /// Grades 9 through 12.
    High,
}

/// `people.ron`: who and where.
#[derive(Deserialize)]
pub struct People {
    pub schools: Vec<School>,
    pub given_names: Vec<String>,
    pub family_names: Vec<String>,
    pub evaluators: Vec<String>,
    pub subjects_elementary: Vec<String>,
    pub subjects_middle: Vec<String>,
    pub subjects_high: Vec<String>,
    /// Lesson topics by subject keyword.
    pub topics: Vec<(String, Vec<String>)>,
}

/// `texts.ron`: what evaluators and educators write around the evidence.
#[derive(Deserialize)]
pub struct Texts {
    pub rationales: Vec<String>,
    pub conference_notes: Vec<String>,
    pub reflections: Vec<String>,
    pub pre_conference_notes: Vec<String>,
}

/// All demo phrases.
pub struct Bank {
    pub people: People,
    pub teacher_notes: Vec<NoteTemplate>,
    pub coordinator_notes: Vec<NoteTemplate>,
    pub texts: Texts,
}

/// The phrase bank, parsed on first use. The files are compiled in and
/// checked by this module's tests, so a parse failure is a bug in the build,
/// never something a user's input can cause.
pub fn get() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| {
        Bank::parse().unwrap_or_else(|e| panic!("the built-in demo phrase bank is broken: {e}"))
    })
}

impl Bank {
    fn parse() -> Result<Bank, String> {
        Ok(Bank {
            people: parse(PEOPLE)?,
            teacher_notes: parse(TEACHER_NOTES)?,
            coordinator_notes: parse(COORDINATOR_NOTES)?,
            texts: parse(TEXTS)?,
        })
    }
}

fn parse<T: DeserializeOwned>((file, text): (&str, &str)) -> Result<T, String> {
    ron_text::parse(text.as_bytes(), "demo phrases", DEPTH)
        .map_err(|e| format!("{file}:{}: {}", e.position, e.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A broken asset fails `cargo test` instead of `teacher-eval demo`; and
    /// the generator picks from every list, which panics on an empty one.
    #[test]
    fn every_embedded_file_parses_and_no_list_is_empty() {
        let bank = Bank::parse().unwrap_or_else(|e| panic!("{e}"));
        let people = &bank.people;
        for level in [Level::Elementary, Level::Middle, Level::High] {
            assert!(
                people.schools.iter().any(|s| s.level == level),
                "no {level:?} school"
            );
        }
        let mut lists = vec![
            ("given_names", &people.given_names),
            ("family_names", &people.family_names),
            ("evaluators", &people.evaluators),
            ("subjects_elementary", &people.subjects_elementary),
            ("subjects_middle", &people.subjects_middle),
            ("subjects_high", &people.subjects_high),
            ("rationales", &bank.texts.rationales),
            ("conference_notes", &bank.texts.conference_notes),
            ("reflections", &bank.texts.reflections),
            ("pre_conference_notes", &bank.texts.pre_conference_notes),
        ];
        lists.extend(people.topics.iter().map(|(k, t)| (k.as_str(), t)));
        for (name, list) in lists {
            assert!(!list.is_empty(), "{name} is empty");
        }
        assert!(!people.topics.is_empty());
        assert!(!bank.teacher_notes.is_empty());
        assert!(!bank.coordinator_notes.is_empty());
    }

    /// A tagged note is evidence for one side of the scale, an untagged one for neither.
    #[test]
    fn only_untagged_notes_are_context() {
        let bank = Bank::parse().unwrap_or_else(|e| panic!("{e}"));
        for t in bank.teacher_notes.iter().chain(&bank.coordinator_notes) {
            assert_eq!(
                t.components.is_empty(),
                t.support == Support::Context,
                "{}",
                t.text
            );
        }
    }
}
