//! `teacher-eval suggest`: the components suggested for a note, as the
//! window suggests them (the same vocabulary and the user's learned tags),
//! for TEXT or for each line of standard input.

use std::fmt::Write as _;
use std::io::{BufRead, Read};
use std::process::ExitCode;

use super::SuggestArgs;
use super::output::{catalog, fail, print_out, say};
use crate::files::folders::Folders;
use crate::rubric::{Suggester, Suggestion};

/// At most this many components per note, best first.
const LIMIT: usize = 3;
/// Standard input is read up to this much, so a stream without end cannot fill memory.
const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

pub fn run(args: &SuggestArgs, folders: &Folders) -> ExitCode {
    let catalog = catalog(folders);
    let Some(entry) = catalog.get(&args.rubric) else {
        let known: Vec<&str> = catalog
            .entries
            .iter()
            .map(|e| e.rubric.id.as_str())
            .collect();
        return fail(format!(
            "There is no rubric `{}`; the rubrics loaded are {}.",
            args.rubric,
            known.join(", ")
        ));
    };
    let mut suggester = Suggester::new(&entry.rubric, &catalog.vocabulary);
    if !args.no_learned {
        learn(&mut suggester);
    }
    let level = args.level.map(super::LevelArg::level);
    let suggest = |note: &str| suggester.suggest(level, note, &[], LIMIT);
    if let Some(text) = &args.text {
        print_out(&shown(&suggest(text), args.json));
        return ExitCode::SUCCESS;
    }
    let stdin = std::io::stdin().lock().take(MAX_INPUT_BYTES);
    for line in stdin.split(b'\n') {
        let line = match line {
            Ok(line) => line,
            Err(e) => return fail(format!("Standard input could not be read: {e}.")),
        };
        let note = String::from_utf8_lossy(&line);
        let out = shown(&suggest(note.trim_end_matches('\r')), args.json);
        print_out(&if args.json { out } else { format!("{out}\n") });
    }
    ExitCode::SUCCESS
}

/// The user's learned tags, read without changing the file: a damaged one
/// is reported and left for the window to set aside.
fn learn(suggester: &mut Suggester) {
    let Some(file) = crate::files::folders::tagging_examples_file() else {
        return;
    };
    match crate::files::tagging_examples::read(&file) {
        Ok(Ok(examples)) => suggester.learn(&examples),
        Ok(Err(why)) => say!(
            "teacher-eval: the tagging examples {} are not used ({why}); the window sets the file aside when it next opens.",
            file.display()
        ),
        Err(e) => say!("teacher-eval: {e}; suggestions use the rubric and vocabulary alone."),
    }
}

/// One note's suggestions: a JSON array on one line, or one line each
/// (`ID  SCORE  NAME`), or that none is confident.
fn shown(suggestions: &[Suggestion], json: bool) -> String {
    if json {
        return format!(
            "{}\n",
            serde_json::to_string(suggestions).unwrap_or_else(|_| "[]".into())
        );
    }
    if suggestions.is_empty() {
        return "no confident suggestion\n".to_string();
    }
    let mut out = String::new();
    for s in suggestions {
        let _ = writeln!(out, "{}\t{:.2}\t{}", s.id, s.score, s.name);
    }
    out
}
