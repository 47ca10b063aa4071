//! Walkthrough trends: how each look-for item of a form was answered, by
//! school and by month (the visit's local month). Only counts and means:
//! a note's text is never kept, and a de-identified summary merges schools
//! as its school table does and leaves out every cell of fewer than its
//! smallest group of educators.

use std::collections::{BTreeMap, HashSet};

use super::merge::Seen;
use super::model::{Summary, percent};
use super::names::fold;
use super::suppress::OTHER_SCHOOLS;
use super::tally::Context;
use super::visit::Strings;
use crate::record::{AnswerValue, Educator, LookForAnswers};
use crate::rubric::{AnswerKind, LookForForm};

/// A walkthrough's answers as a summary keeps them: the form and each item
/// (numbers in the source's strings) with its answer, without a note's text.
#[derive(Debug, Clone)]
pub(super) struct Walk {
    form: u32,
    answers: Box<[(u32, Mark)]>,
}

/// An answer, without its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Yes,
    Partly,
    No,
    NotSeen,
    Scale(u32),
    Note,
}

impl Walk {
    /// The answers of a walkthrough that has some; `None` keeps a visit
    /// without answers as small as before.
    pub(super) fn of(answers: Option<&LookForAnswers>, strings: &mut Strings) -> Option<Box<Walk>> {
        let answers = answers.filter(|a| !a.answers.is_empty())?;
        let mark = |value: &AnswerValue| match value {
            AnswerValue::Yes => Mark::Yes,
            AnswerValue::Partly => Mark::Partly,
            AnswerValue::No => Mark::No,
            AnswerValue::NotSeen => Mark::NotSeen,
            AnswerValue::Scale(point) => Mark::Scale(*point),
            AnswerValue::Note(_) => Mark::Note,
        };
        Some(Box::new(Walk {
            form: strings.number(&answers.form_id),
            answers: answers
                .answers
                .iter()
                .map(|a| (strings.number(&a.item), mark(&a.value)))
                .collect(),
        }))
    }
}

/// One look-for form's answers across the walkthroughs counted.
#[derive(Debug, Clone, PartialEq)]
pub struct LookForTrend {
    pub form_id: String,
    /// The form's name, or its id with "(not loaded)".
    pub name: String,
    /// The form's items in its order, then any answered that it no longer has.
    pub items: Vec<TrendItem>,
}

/// One item's answers, by school and month.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendItem {
    /// The item's id, as the form spells it.
    pub id: String,
    /// The look-for as the form words it (empty when the form is not loaded).
    pub text: String,
    pub kind: TrendKind,
    /// By school, then month ("2026-10").
    pub cells: Vec<TrendCell>,
}

/// How an item is answered, which says what its cells mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendKind {
    YesPartlyNo,
    Scale,
    Note,
}

/// The answers to one item at one school in one month.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrendCell {
    pub school: String,
    pub month: String,
    /// Walkthroughs that answered the item.
    pub answers: usize,
    pub yes: usize,
    pub partly: usize,
    pub no: usize,
    pub not_seen: usize,
    /// Answers on the item's scale, and the sum of their points.
    pub scaled: usize,
    pub scale_sum: u64,
    /// Different educators those walkthroughs were of (0 in a total,
    /// where the same educator may be in several cells).
    pub educators: usize,
}

impl TrendItem {
    /// Every cell of the item added up, over schools and months.
    #[must_use]
    pub fn total(&self) -> TrendCell {
        let mut total = TrendCell::default();
        for c in &self.cells {
            total.answers += c.answers;
            total.yes += c.yes;
            total.partly += c.partly;
            total.no += c.no;
            total.not_seen += c.not_seen;
            total.scaled += c.scaled;
            total.scale_sum += c.scale_sum;
        }
        total
    }
}

impl TrendCell {
    /// The percentage of "yes" among the answers that saw the look-for
    /// (yes, partly, no); `None` when none did.
    #[must_use]
    pub fn yes_share(&self) -> Option<f64> {
        percent(self.yes, self.yes + self.partly + self.no)
    }

    /// The mean point of the scale answers.
    #[must_use]
    pub fn scale_mean(&self) -> Option<f64> {
        (self.scaled > 0).then(|| self.scale_sum as f64 / self.scaled as f64)
    }

    fn add(&mut self, mark: Mark) {
        self.answers += 1;
        match mark {
            Mark::Yes => self.yes += 1,
            Mark::Partly => self.partly += 1,
            Mark::No => self.no += 1,
            Mark::NotSeen => self.not_seen += 1,
            Mark::Scale(point) => {
                self.scaled += 1;
                self.scale_sum += u64::from(point);
            }
            Mark::Note => {}
        }
    }
}

/// A cell being counted, with who it counts.
#[derive(Default)]
struct Counting<'s> {
    /// The item's id as first typed.
    item: &'s str,
    cell: TrendCell,
    educators: HashSet<&'s str>,
}

/// (form, folded item, folded school, month) -> the cell.
type Cells<'s> = BTreeMap<(String, String, String, String), Counting<'s>>;

/// Adds the trends of the year's walkthroughs among `visits` (each with its
/// educator) to a summary already counted and de-identified, saying how
/// many cells de-identification left out.
pub(super) fn add_trends<'s>(
    summary: &mut Summary,
    visits: impl Iterator<Item = (&'s Educator, Seen<'s>)>,
    cx: &Context,
) {
    if summary.withheld {
        return;
    }
    let mut cells = Cells::new();
    for (educator, seen) in visits {
        let started = seen.visit.started_at;
        let Some(walk) = seen.visit.lookfors.as_deref() else {
            continue;
        };
        if !crate::scoring::in_school_year(started.date_naive(), cx.year) {
            continue;
        }
        let school = school_label(summary, &cx.names.school(&educator.school));
        let month = started.format("%Y-%m").to_string();
        let form = seen.visits.text(walk.form);
        for &(item, mark) in &walk.answers {
            let key = (
                form.to_string(),
                fold(seen.visits.text(item)),
                fold(&school),
                month.clone(),
            );
            let counting = cells.entry(key).or_default();
            if counting.cell.answers == 0 {
                counting.item = seen.visits.text(item);
                counting.cell.school.clone_from(&school);
                counting.cell.month.clone_from(&month);
            }
            counting.cell.add(mark);
            counting.educators.insert(&educator.id);
        }
    }
    let min = if summary.deidentified {
        summary.min_cell
    } else {
        0
    };
    let (trends, left_out) = shape(cells, cx, min);
    summary.lookfors = trends;
    if left_out > 0 {
        summary.suppressed.push(format!(
            "{} of walkthrough look-for answers (an item at a school in a month) rest on fewer than {min} educators and are left out.",
            if left_out == 1 { "1 cell".to_string() } else { format!("{left_out} cells") }
        ));
    }
}

/// The school as the summary's school table shows it: de-identified, a
/// school merged into "Other schools" there is merged here too.
fn school_label(summary: &Summary, school: &str) -> String {
    let shown = |label: &str| fold(label) == fold(school);
    if !summary.deidentified || summary.by_school.iter().any(|row| shown(&row.label)) {
        school.to_string()
    } else {
        OTHER_SCHOOLS.to_string()
    }
}

/// The forms, their items in form order and the cells of at least `min`
/// educators; returns how many cells were left out.
fn shape(cells: Cells, cx: &Context, min: usize) -> (Vec<LookForTrend>, usize) {
    let mut trends: Vec<LookForTrend> = Vec::new();
    let mut left_out = 0;
    for ((form_id, item, _, _), counting) in cells {
        if counting.educators.len() < min {
            left_out += 1;
            continue;
        }
        let mut cell = counting.cell;
        cell.educators = counting.educators.len();
        if trends.last().is_none_or(|t| t.form_id != form_id) {
            trends.push(new_trend(&form_id, cx));
        }
        let Some(trend) = trends.last_mut() else {
            continue;
        };
        let at = if let Some(at) = trend.items.iter().position(|i| fold(&i.id) == item) {
            at
        } else {
            trend.items.push(lone_item(counting.item, &cell));
            trend.items.len() - 1
        };
        trend.items[at].cells.push(cell);
    }
    for trend in &mut trends {
        trend.items.retain(|i| !i.cells.is_empty());
    }
    trends.retain(|t| !t.items.is_empty());
    (trends, left_out)
}

/// A form's trend with every item of the loaded form, none counted yet.
fn new_trend(form_id: &str, cx: &Context) -> LookForTrend {
    let form: Option<&LookForForm> = cx.catalog.lookfor(form_id).map(|e| &e.form);
    LookForTrend {
        form_id: form_id.to_string(),
        name: form.map_or_else(|| format!("{form_id} (not loaded)"), |f| f.name.clone()),
        items: form
            .into_iter()
            .flat_map(|f| &f.items)
            .map(|item| TrendItem {
                id: item.id.clone(),
                text: item.text.clone(),
                kind: match item.answer {
                    AnswerKind::YesPartlyNo => TrendKind::YesPartlyNo,
                    AnswerKind::Scale(_) => TrendKind::Scale,
                    AnswerKind::Note => TrendKind::Note,
                },
                cells: Vec::new(),
            })
            .collect(),
    }
}

/// An item the loaded form lacks, its kind told by its answers.
fn lone_item(item: &str, cell: &TrendCell) -> TrendItem {
    let kind = if cell.scaled > 0 {
        TrendKind::Scale
    } else if cell.answers > cell.yes + cell.partly + cell.no + cell.not_seen {
        TrendKind::Note
    } else {
        TrendKind::YesPartlyNo
    };
    TrendItem {
        id: item.to_string(),
        text: String::new(),
        kind,
        cells: Vec::new(),
    }
}
