//! `teacher-eval search TEXT`: the window's search, on the command line.

use std::fmt::Write as _;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use serde_json::json;

use super::SearchArgs;
use super::output::{fail, load_for_reading, print_out, say};
use crate::files::folders::Folders;
use crate::search::{Found, Hit, Options, Place, Query};
use crate::text::figure;
use crate::workspace::{Progress, Reading, Workspace};

pub fn run(args: &SearchArgs, folders: &Folders) -> ExitCode {
    let query = match Query::parse(&args.text.join(" ")) {
        Ok(query) => query,
        Err(why) => return fail(why),
    };
    let educators = match load_for_reading(folders, Reading::EDUCATORS) {
        Ok(contents) => contents.educators,
        Err(code) => return code,
    };
    if let Some(id) = &args.educator
        && !educators.iter().any(|e| e.id == *id)
    {
        return fail(format!(
            "there is no educator with the id `{id}` in the workspace (see `teacher-eval educator list`)."
        ));
    }
    let workspace = match Workspace::open_read_only(&folders.workspace, "searching only") {
        Ok(workspace) => workspace,
        Err(e) => return fail(e),
    };
    let options = Options {
        educator: args.educator.clone(),
        limit: args.limit as usize,
    };
    let never = AtomicBool::new(false);
    let progress = Progress::default();
    let Some(found) = crate::search::search(
        &workspace,
        &educators,
        &query,
        &options,
        (&progress, &never),
    ) else {
        return fail("the search stopped unexpectedly.");
    };
    for item in &found.set_aside {
        say!("teacher-eval: set aside (kept unchanged, not searched): {item}");
    }
    if args.json {
        print_out(&format!("{}\n", json_of(&query, &found)));
    } else {
        print_out(&text_of(&query, &found));
    }
    ExitCode::SUCCESS
}

/// Two lines a match (where, then the snippet), and a last line that counts them.
fn text_of(query: &Query, found: &Found) -> String {
    let records = figure(found.records);
    if found.hits.is_empty() {
        return format!(
            "Nothing typed in the workspace matches “{}” ({records} records searched).\n",
            query.typed
        );
    }
    let mut out = String::new();
    for hit in &found.hits {
        // Writing to a String cannot fail.
        let _ = writeln!(
            out,
            "{}  {}{}  {} {}  {}\n    {}",
            hit.at.format("%Y-%m-%d %H:%M"),
            name_of(hit),
            if hit.archived { " (archived)" } else { "" },
            hit.kind.label(),
            hit.record_id,
            hit.place.label(),
            hit.snippet.text
        );
    }
    let total = figure(found.total);
    let _ = if found.total > found.hits.len() {
        writeln!(
            out,
            "The best {} of {total} matches in {records} records; --limit shows more.",
            figure(found.hits.len())
        )
    } else {
        writeln!(
            out,
            "{total} {} in {records} records.",
            if found.total == 1 { "match" } else { "matches" }
        )
    };
    out
}

fn name_of(hit: &Hit) -> &str {
    if hit.educator_name.is_empty() {
        &hit.educator_id
    } else {
        &hit.educator_name
    }
}

/// The search and its matches as one JSON object.
fn json_of(query: &Query, found: &Found) -> serde_json::Value {
    let ranges = |marks: &[std::ops::Range<usize>]| -> Vec<[usize; 2]> {
        marks.iter().map(|m| [m.start, m.end]).collect()
    };
    let results: Vec<_> = found
        .hits
        .iter()
        .map(|hit| {
            let (note, component) = match &hit.place {
                Place::Evidence { note, .. } => (Some(*note), None),
                Place::Rationale { component } | Place::OverrideReason { component } => {
                    (None, Some(component.as_str()))
                }
                _ => (None, None),
            };
            json!({
                "kind": hit.kind.key(),
                "record_id": hit.record_id,
                "educator_id": hit.educator_id,
                "educator_name": hit.educator_name,
                "archived": hit.archived,
                "school_year": hit.school_year,
                "place": hit.place.key(),
                "place_label": hit.place.label(),
                "note_id": note,
                "component": component,
                "at": hit.at.to_rfc3339(),
                "exact": hit.exact,
                "snippet": hit.snippet.text,
                "snippet_marks": ranges(&hit.snippet.marks),
                "marks": ranges(&hit.marks),
            })
        })
        .collect();
    json!({
        "query": query.typed,
        "total": found.total,
        "records": found.records,
        "shown": found.hits.len(),
        "results": results,
    })
}
