//! The summary as two CSV files for spreadsheets: one row per educator,
//! one row per rubric component. Quoting is the csv crate's (RFC 4180), so
//! names with commas, quotes or line breaks stay in their cell.

use std::path::{Path, PathBuf};

use super::model::{Summary, percent};
use crate::record::roster::school_level_key;

/// One row per educator: name (or code), school, level, role, evaluator,
/// observations in the year, each component's most recent level score
/// (columns `rubric:component` for every rubric in the summary), final
/// score and rating, whether the rating is stored or a draft, and whether an
/// improvement plan is required. The record id is included unless the
/// summary is de-identified.
pub fn educators_csv(summary: &Summary) -> String {
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
    let mut header: Vec<String> = vec!["educator".into()];
    if !summary.deidentified {
        header.push("id".into());
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
        .map(String::from),
    );
    header.extend(columns.iter().map(|(rubric, c)| format!("{rubric}:{c}")));
    header.extend(
        [
            "final_score",
            "final_rating",
            "rating_from",
            "improvement_plan_required",
            "improvement_plan_stored",
        ]
        .map(String::from),
    );
    let required: std::collections::HashSet<&str> = summary
        .improvement_required
        .iter()
        .map(|l| l.educator_id.as_str())
        .collect();
    let mut rows = vec![header];
    for row in &summary.educators {
        let line = &row.line;
        let mut cells = vec![line.display.clone()];
        if !summary.deidentified {
            cells.push(line.educator_id.clone());
        }
        cells.extend([
            line.school.clone(),
            school_level_key(line.level).to_string(),
            line.role.clone(),
            line.evaluator.clone(),
            line.observations.to_string(),
            row.rubric_id.clone(),
        ]);
        for rubric in &summary.rubrics {
            // `latest` is in rubric order, so one walk matches it to the columns.
            let mut latest = row.latest.iter().peekable();
            for component in &rubric.components {
                let level = match latest.peek() {
                    Some((id, score)) if rubric.id == row.rubric_id && *id == component.id => {
                        latest.next();
                        score.to_string()
                    }
                    _ => String::new(),
                };
                cells.push(level);
            }
        }
        cells.extend([
            line.score.map(|s| format!("{s}")).unwrap_or_default(),
            line.rating.clone().unwrap_or_default(),
            match (&line.rating, line.rating_stored) {
                (None, _) => String::new(),
                (Some(_), true) => "stored".into(),
                (Some(_), false) => "draft".into(),
            },
            yes_no(required.contains(line.educator_id.as_str())),
            yes_no(line.improvement_plan),
        ]);
        rows.push(cells);
    }
    write(rows)
}

/// One row per component of each rubric: rubric, domain, component id and
/// name, ratings at each level (columns named after the levels when every
/// rubric has the same level names, else `level 1 (lowest)`, `level 2`…),
/// not observed, rated, mean level score, and the share rated at the two
/// highest levels.
pub fn components_csv(summary: &Summary) -> String {
    let widest = summary
        .rubrics
        .iter()
        .map(|r| r.levels.len())
        .max()
        .unwrap_or(0);
    let names_of = |r: &super::RubricSummary| -> Vec<String> {
        r.levels.iter().map(|l| l.name.clone()).collect()
    };
    let shared = summary
        .rubrics
        .first()
        .map(names_of)
        .filter(|first| summary.rubrics.iter().all(|r| names_of(r) == *first));
    let level_columns: Vec<String> = match shared {
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
    };
    let mut header: Vec<String> = ["rubric", "domain", "domain_name", "component", "name"]
        .map(String::from)
        .to_vec();
    header.extend(level_columns);
    header.extend(["not_observed", "rated", "mean", "percent_top_two_levels"].map(String::from));
    let mut rows = vec![header];
    for rubric in &summary.rubrics {
        for c in &rubric.components {
            let mut cells = vec![
                rubric.id.clone(),
                c.domain_id.clone(),
                c.domain_name.clone(),
                c.id.clone(),
                c.name.clone(),
            ];
            for rank in 0..widest {
                cells.push(
                    c.counts
                        .get(rank)
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                );
            }
            let top: usize = c.counts.iter().rev().take(2).sum();
            cells.extend([
                c.not_observed.to_string(),
                c.rated().to_string(),
                c.mean.map(|m| format!("{m:.3}")).unwrap_or_default(),
                percent(top, c.rated())
                    .map(|p| format!("{p:.1}"))
                    .unwrap_or_default(),
            ]);
            rows.push(cells);
        }
    }
    write(rows)
}

/// Where the components CSV goes beside the educators CSV at `path`:
/// `district.csv` -> `district-components.csv`.
pub fn components_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "summary".into());
    path.with_file_name(format!("{stem}-components.csv"))
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

/// The rows as CSV text. Writing into memory cannot fail; should the csv
/// crate report an error anyway, the rows written before it are kept.
fn write(rows: Vec<Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(false)
        .from_writer(Vec::new());
    for row in rows {
        if writer.write_record(&row).is_err() {
            break;
        }
    }
    let bytes = writer
        .into_inner()
        .unwrap_or_else(|e| e.into_inner().get_ref().clone());
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
