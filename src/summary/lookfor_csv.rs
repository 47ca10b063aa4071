//! The walkthrough trends as a third CSV beside the summary's others, one
//! row per look-for item, school and month; written only when some
//! walkthrough of the year has answers.

use std::path::{Path, PathBuf};

use super::lookfor_trends::TrendKind;
use super::model::Summary;
use crate::files::spreadsheet::{Cell, CsvError, CsvOptions, write_csv};

/// The columns: form, item, school, month, answers, then yes, partly, no,
/// not seen and the percentage of yes among yes, partly and no (items
/// answered so), and the mean point (scale items, which may be not seen
/// too). A note item has only its count of answers.
pub fn lookfors_csv(summary: &Summary, options: CsvOptions) -> Result<Vec<u8>, CsvError> {
    let header = [
        "form",
        "item",
        "school",
        "month",
        "answers",
        "yes",
        "partly",
        "no",
        "not_seen",
        "yes_share",
        "scale_mean",
    ];
    let mut rows = vec![header.map(Cell::text).to_vec()];
    for trend in &summary.lookfors {
        for item in &trend.items {
            for cell in &item.cells {
                let yes_no = item.kind == TrendKind::YesPartlyNo;
                let counted = |n: usize, shown: bool| {
                    if shown { Cell::count(n) } else { Cell::empty() }
                };
                rows.push(vec![
                    Cell::text(&trend.form_id),
                    Cell::text(&item.id),
                    Cell::text(&cell.school),
                    Cell::text(&cell.month),
                    Cell::count(cell.answers),
                    counted(cell.yes, yes_no),
                    counted(cell.partly, yes_no),
                    counted(cell.no, yes_no),
                    counted(cell.not_seen, item.kind != TrendKind::Note),
                    cell.yes_share()
                        .map_or_else(Cell::empty, |p| Cell::decimal(p, 1)),
                    cell.scale_mean()
                        .map_or_else(Cell::empty, |m| Cell::decimal(m, 2)),
                ]);
            }
        }
    }
    write_csv(&rows, options)
}

/// Where the look-fors CSV goes beside the educators CSV at `path`:
/// `district.csv` -> `district-lookfors.csv`.
#[must_use]
pub fn lookfors_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "summary".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(format!("{stem}-lookfors.csv"))
}
