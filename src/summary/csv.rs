//! The summary as two CSV files for spreadsheets: one row per educator,
//! one row per rubric component, written by [`write_csv`] (RFC 4180
//! quoting, text that could run as a formula neutralised). Only counts,
//! scores and means are number cells; every name, id and label is text.

use std::path::{Path, PathBuf};

use super::model::{EducatorRow, Summary, WITHHELD, percent};
use crate::files::spreadsheet::{Cell, CsvError, CsvOptions, write_csv, write_csv_rows};
use crate::record::roster::school_level_key;

/// One row per educator: name (or code), school, level, role, evaluator,
/// observations in the year, each component's most recent level score
/// (columns `rubric:component` for every rubric in the summary), the scoring
/// profile every figure of the row is under (`profile_id`: a column, as a
/// header comment would break a spreadsheet), final score and rating (empty
/// while pending), practice score and rating, whether the rating is stored
/// or a draft, whether an improvement plan is required (`yes`, `no`, or
/// `pending` for a practice rating in a plan band with student measures not
/// in yet), whether one is stored, and what a finalised evaluation signed
/// under another profile was signed as. The record id is included unless the
/// summary is de-identified.
pub fn educators_csv(summary: &Summary, options: CsvOptions) -> Result<Vec<u8>, CsvError> {
    let columns: Vec<(&str, &str)> = summary
        .rubrics
        .iter()
        .flat_map(|rubric| {
            rubric
                .components
                .iter()
                .map(move |c| (rubric.id.as_str(), c.id.as_str()))
        })
        .collect();
    let mut header: Vec<Cell> = vec![Cell::text("educator")];
    if !summary.deidentified {
        header.push(Cell::text("id"));
    }
    header.extend(
        [
            "school",
            "level",
            "role",
            "evaluator",
            "observations",
            "rubric",
        ]
        .map(Cell::text),
    );
    header.extend(
        columns
            .iter()
            .map(|(rubric, c)| Cell::text(format!("{rubric}:{c}"))),
    );
    header.extend(
        [
            "profile_id",
            "final_score",
            "final_rating",
            "practice_score",
            "practice_rating",
            "rating_from",
            "improvement_plan_required",
            "improvement_plan_stored",
            "signed_rating",
        ]
        .map(Cell::text),
    );
    let ids = |lines: &[super::EducatorLine]| -> std::collections::HashSet<String> {
        lines.iter().map(|l| l.educator_id.clone()).collect()
    };
    let (required, pending) = (
        ids(&summary.improvement_required),
        ids(&summary.plan_pending),
    );
    let rows = summary.educators.iter().map(|row| {
        let id = &row.line.educator_id;
        let plan = if required.contains(id) {
            "yes"
        } else if pending.contains(id) {
            "pending"
        } else {
            "no"
        };
        educator_row(summary, row, plan)
    });
    write_csv_rows(header, rows, options)
}

/// One educator's cells, in the header's order.
fn educator_row(summary: &Summary, row: &EducatorRow, plan: &str) -> Vec<Cell> {
    let line = &row.line;
    let mut cells = vec![Cell::text(&line.display)];
    if !summary.deidentified {
        cells.push(Cell::text(&line.educator_id));
    }
    cells.extend([
        Cell::text(&line.school),
        Cell::text(line.level.map_or(WITHHELD, school_level_key)),
        Cell::text(&line.role),
        Cell::text(&line.evaluator),
        Cell::count(line.observations),
        Cell::text(&row.rubric_id),
    ]);
    for rubric in &summary.rubrics {
        // `latest` is in rubric order, so one walk matches it to the columns.
        let mut latest = row.latest.iter().peekable();
        for component in &rubric.components {
            let level = match latest.peek() {
                Some((id, score)) if rubric.id == row.rubric_id && *id == component.id => {
                    let cell = Cell::score(*score);
                    latest.next();
                    cell
                }
                _ => Cell::empty(),
            };
            cells.push(level);
        }
    }
    let scored = line.practice_rating.is_some();
    cells.extend([
        Cell::text(&line.profile_id),
        line.score.map_or_else(Cell::empty, Cell::value),
        Cell::text(line.rating.clone().unwrap_or_default()),
        line.practice_score.map_or_else(Cell::empty, Cell::value),
        Cell::text(line.practice_rating.clone().unwrap_or_default()),
        Cell::text(match (scored, line.rating_stored) {
            (false, _) => "",
            (true, true) => "stored",
            (true, false) => "draft",
        }),
        Cell::text(plan),
        yes_no(line.improvement_plan),
        Cell::text(line.signed_elsewhere.clone().unwrap_or_default()),
    ]);
    cells
}

/// One row per component of each rubric: rubric, domain, component id and
/// name, ratings at each level (columns named after the levels when every
/// rubric has the same level names, else `level 1 (lowest)`, `level 2`…),
/// not observed, rated, mean level score, and the share rated at the two
/// highest levels.
pub fn components_csv(summary: &Summary, options: CsvOptions) -> Result<Vec<u8>, CsvError> {
    let widest = summary
        .rubrics
        .iter()
        .map(|r| r.levels.len())
        .max()
        .unwrap_or(0);
    let level_columns = level_columns(summary, widest);
    let mut header: Vec<Cell> = ["rubric", "domain", "domain_name", "component", "name"]
        .map(Cell::text)
        .to_vec();
    header.extend(level_columns.into_iter().map(Cell::text));
    header.extend(["not_observed", "rated", "mean", "percent_top_two_levels"].map(Cell::text));
    let mut rows = vec![header];
    for rubric in &summary.rubrics {
        for c in &rubric.components {
            let mut cells = vec![
                Cell::text(&rubric.id),
                Cell::text(&c.domain_id),
                Cell::text(&c.domain_name),
                Cell::text(&c.id),
                Cell::text(&c.name),
            ];
            for rank in 0..widest {
                cells.push(
                    c.counts
                        .get(rank)
                        .map_or_else(Cell::empty, |n| Cell::count(*n)),
                );
            }
            let top: usize = c.counts.iter().rev().take(2).sum();
            cells.extend([
                Cell::count(c.not_observed),
                Cell::count(c.rated()),
                c.mean.map_or_else(Cell::empty, |m| Cell::decimal(m, 3)),
                percent(top, c.rated()).map_or_else(Cell::empty, |p| Cell::decimal(p, 1)),
            ]);
            rows.push(cells);
        }
    }
    write_csv(&rows, options)
}

/// The level columns' names: the rubrics' level names when all have the
/// same, else numbered up to the widest scale.
fn level_columns(summary: &Summary, widest: usize) -> Vec<String> {
    let names_of = |r: &super::RubricSummary| -> Vec<String> {
        r.levels.iter().map(|l| l.name.clone()).collect()
    };
    let shared = summary
        .rubrics
        .first()
        .map(names_of)
        .filter(|first| summary.rubrics.iter().all(|r| names_of(r) == *first));
    match shared {
        Some(names) => names,
        None => (1..=widest)
            .map(|n| {
                if n == 1 {
                    "level 1 (lowest)".to_string()
                } else {
                    format!("level {n}")
                }
            })
            .collect(),
    }
}

/// Where the components CSV goes beside the educators CSV at `path`:
/// `district.csv` -> `district-components.csv`.
#[must_use]
pub fn components_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "summary".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(format!("{stem}-components.csv"))
}

fn yes_no(value: bool) -> Cell {
    Cell::text(if value { "yes" } else { "no" })
}
