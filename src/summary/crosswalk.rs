//! A rubric whose components name their nearest framework component (the
//! coordinator rubric's `nearest`) counted a second time under those
//! components, so a district sees coordinators beside teachers per
//! framework component. Worked from the compiled summary, so de-identified
//! figures stay as withheld as they are there.

use std::path::{Path, PathBuf};

use super::model::Summary;
use crate::files::spreadsheet::{Cell, CsvError, CsvOptions, write_csv};
use crate::rubric::Catalog;

/// One framework component: its own ratings and the ratings crosswalked to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrosswalkRow {
    pub id: String,
    pub name: String,
    /// The framework rubric's own ratings per level, lowest first.
    pub own: Vec<usize>,
    /// Ratings of components whose nearest this is, per level by rank.
    pub crosswalked: Vec<usize>,
    /// Those components, as `rubric:component`.
    pub from: Vec<String>,
}

/// The framework's components in rubric order, and its level names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crosswalk {
    pub framework: String,
    pub title: String,
    pub levels: Vec<String>,
    pub rows: Vec<CrosswalkRow>,
    /// Rubrics crosswalked, by id.
    pub rubrics: Vec<String>,
}

/// The crosswalk to `framework`, or why there is none, in a sentence.
pub fn crosswalk(
    summary: &Summary,
    catalog: &Catalog,
    framework: &str,
) -> Result<Crosswalk, String> {
    let entry = catalog.get(framework).ok_or_else(|| {
        format!(
            "the rubric `{}` is not loaded, so nothing is crosswalked to it",
            crate::files::csv_rows::shown(framework)
        )
    })?;
    let own = summary.rubrics.iter().find(|r| r.id == framework);
    let levels: Vec<String> = entry.rubric.levels.iter().map(|l| l.name.clone()).collect();
    let mut rows: Vec<CrosswalkRow> = entry
        .rubric
        .components()
        .map(|c| CrosswalkRow {
            id: c.id.clone(),
            name: c.name.clone(),
            own: own
                .and_then(|r| r.components.iter().find(|s| s.id == c.id))
                .map_or_else(|| vec![0; levels.len()], |s| s.counts.clone()),
            crosswalked: vec![0; levels.len()],
            from: Vec::new(),
        })
        .collect();
    let mut rubrics = Vec::new();
    for rubric in &summary.rubrics {
        let Some(loaded) = catalog.get(&rubric.id).map(|e| &e.rubric) else {
            continue;
        };
        if loaded.crosswalk.as_deref() != Some(framework) {
            continue;
        }
        rubrics.push(rubric.id.clone());
        for counted in &rubric.components {
            let nearest = loaded
                .component(&counted.id)
                .and_then(|c| c.nearest.as_deref());
            let Some(row) = nearest.and_then(|n| rows.iter_mut().find(|r| r.id == n)) else {
                continue;
            };
            add_by_rank(&mut row.crosswalked, &counted.counts);
            row.from.push(format!("{}:{}", rubric.id, counted.id));
        }
    }
    Ok(Crosswalk {
        framework: framework.to_string(),
        title: entry.rubric.title.clone(),
        levels,
        rows,
        rubrics,
    })
}

/// Adds `counts` level by level, the lowest to the lowest; a scale longer
/// than the framework's puts its top levels on the framework's top one.
fn add_by_rank(into: &mut [usize], counts: &[usize]) {
    let Some(top) = into.len().checked_sub(1) else {
        return;
    };
    for (rank, n) in counts.iter().enumerate() {
        into[rank.min(top)] += n;
    }
}

/// One row per framework component: its id and name, the framework's own
/// level counts (`own:LEVEL`), the crosswalked counts (`crosswalked:LEVEL`)
/// and the components they come from.
pub fn crosswalk_csv(walk: &Crosswalk, options: CsvOptions) -> Result<Vec<u8>, CsvError> {
    let mut header = vec![
        Cell::text("framework"),
        Cell::text("component"),
        Cell::text("name"),
    ];
    for side in ["own", "crosswalked"] {
        header.extend(
            walk.levels
                .iter()
                .map(|l| Cell::text(format!("{side}:{l}"))),
        );
    }
    header.push(Cell::text("crosswalked_from"));
    let mut rows = vec![header];
    for row in &walk.rows {
        let mut cells = vec![
            Cell::text(&walk.framework),
            Cell::text(&row.id),
            Cell::text(&row.name),
        ];
        cells.extend(
            row.own
                .iter()
                .chain(&row.crosswalked)
                .map(|n| Cell::count(*n)),
        );
        cells.push(Cell::text(row.from.join(" ")));
        rows.push(cells);
    }
    write_csv(&rows, options)
}

/// Where the crosswalk CSV goes beside the educators CSV at `path`:
/// `district.csv` -> `district-crosswalk.csv`.
#[must_use]
pub fn crosswalk_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "summary".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(format!("{stem}-crosswalk.csv"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_scale_tops_out_and_an_empty_one_takes_nothing() {
        let mut four = vec![0; 4];
        add_by_rank(&mut four, &[1, 2, 3, 4, 5]);
        assert_eq!(four, [1, 2, 3, 9]);
        add_by_rank(&mut [], &[1]);
    }
}
