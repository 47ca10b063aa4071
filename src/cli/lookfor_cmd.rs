//! `teacher-eval lookfor list` and `lookfor show`: the look-for forms
//! loaded, bundled and from the rubric folders' `lookfors/`.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::output::{catalog, fail, print_out};
use crate::files::folders::Folders;
use crate::rubric::{AnswerKind, LookFor};

pub fn list(folders: &Folders) -> ExitCode {
    let catalog = catalog(folders);
    let mut out = String::new();
    for entry in &catalog.lookfors {
        let form = &entry.form;
        // Writing to a String cannot fail.
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}",
            form.id,
            form.name,
            form.rubric,
            crate::text::count(form.items.len(), "item", "items"),
            entry.source
        );
    }
    print_out(&out);
    ExitCode::SUCCESS
}

pub fn show(id: &str, folders: &Folders) -> ExitCode {
    let catalog = catalog(folders);
    let Some(entry) = catalog.lookfor(id) else {
        return fail(format!("{}.", catalog.lookfor_not_loaded(id)));
    };
    let form = &entry.form;
    let mut out = format!(
        "{} ({})\nRubric: {}\nSource: {}\n\n",
        form.name, form.id, form.rubric, form.source
    );
    for item in &form.items {
        let _ = writeln!(
            out,
            "{}  {}\n    {}; components {}",
            item.id,
            item.text,
            answers(item),
            item.components.join(", ")
        );
    }
    print_out(&out);
    ExitCode::SUCCESS
}

/// How an item is answered, as `observation answer` takes it.
fn answers(item: &LookFor) -> String {
    match &item.answer {
        AnswerKind::YesPartlyNo => "yes, partly, no or not-seen".into(),
        AnswerKind::Scale(labels) => {
            let points: Vec<String> = labels
                .iter()
                .enumerate()
                .map(|(n, l)| format!("{} {l}", n + 1))
                .collect();
            format!("a point: {}, or not-seen", points.join(", "))
        }
        AnswerKind::Note => "a short note".into(),
    }
}
