//! The walkthrough look-fors of a summary on the command line: the third
//! CSV beside the other two, and a line per form in the text.

use std::fmt::{self, Write};
use std::path::Path;

use crate::files::spreadsheet::{CsvError, CsvOptions};
use crate::summary::{Summary, TrendKind, lookfors_csv, lookfors_path};

/// The look-fors CSV beside `path` and the line saying so, when some
/// walkthrough of the year has answers.
pub(super) fn csv(
    summary: &Summary,
    path: &Path,
    options: CsvOptions,
) -> Result<Option<(std::path::PathBuf, Vec<u8>, String)>, CsvError> {
    if summary.lookfors.is_empty() {
        return Ok(None);
    }
    let target = lookfors_path(path);
    let rows: usize = (summary.lookfors.iter())
        .flat_map(|t| &t.items)
        .map(|i| i.cells.len())
        .sum();
    let said = format!(
        "Wrote {} ({} of look-for answers by school and month).\n",
        target.display(),
        if rows == 1 {
            "1 row".to_string()
        } else {
            format!("{rows} rows")
        }
    );
    Ok(Some((target, lookfors_csv(summary, options)?, said)))
}

/// One line per form: each item's answers over the year, as a share of
/// yes, a mean point or a count of notes.
pub(super) fn text(out: &mut String, s: &Summary) -> fmt::Result {
    for trend in &s.lookfors {
        let items: Vec<String> = (trend.items.iter())
            .map(|item| {
                let t = item.total();
                match (item.kind, t.yes_share(), t.scale_mean()) {
                    (TrendKind::YesPartlyNo, Some(p), _) => {
                        format!("{} {p:.0}% yes of {}", item.id, t.answers)
                    }
                    (TrendKind::Scale, _, Some(m)) => {
                        format!("{} mean {m:.1} of {}", item.id, t.answers)
                    }
                    _ => format!("{} {} answered", item.id, t.answers),
                }
            })
            .collect();
        writeln!(out, "Look-fors on {}: {}.", trend.name, items.join(", "))?;
    }
    Ok(())
}
