//! De-identification that holds: codes instead of names are not enough, as
//! a small group names its members to whoever knows the district (the one
//! technology coordinator of a school, a school of three, an evaluator's
//! two educators). So a de-identified summary reports no group of fewer
//! than `min` educators: small schools, levels and evaluators are merged into
//! "Other …", itself never small (else it would be the total less the
//! rest); small rubrics, scoring profiles, pairs of evaluators and heat map
//! cells are left out; and each educator's
//! row shows its school, level, role and evaluator only where at least
//! `min` rows share all four. Every merge and omission is said in
//! `Summary::suppressed`.

use std::collections::{HashMap, HashSet};

use super::model::{
    Agreement, Calibration, Comparison, EducatorRow, EvaluatorCalibration, HeatMap, RubricSummary,
    Summary, WITHHELD,
};
use super::names::fold;

pub(super) const OTHER_SCHOOLS: &str = "Other schools";
pub(super) const OTHER_EVALUATORS: &str = "Other evaluators";
pub(super) const OTHER_LEVELS: &str = "Other levels";

/// Applies the rule to a compiled de-identified summary. `observed` gives,
/// for each evaluator as named in the calibration, the ids of the educators
/// they observed (a merged group's educators are counted once).
pub(super) fn suppress(
    summary: &mut Summary,
    min: usize,
    observed: &HashMap<String, HashSet<String>>,
) {
    summary.min_cell = min;
    if summary.counts.educators < min {
        withhold_all(summary, min);
        return;
    }
    let schools = merge_schools(summary, min);
    levels(summary, min);
    evaluators(summary, min, observed);
    profiles(summary, min);
    rubrics(summary, min, &schools);
    rows(summary, min, &schools);
}

/// Too few educators for any figure: only the counts of what was read stay.
fn withhold_all(summary: &mut Summary, min: usize) {
    summary.withheld = true;
    summary.suppressed.push(format!(
        "The summary covers {} educators, fewer than {min}: any figure about them would describe a small group, so only the counts are shown.",
        summary.counts.educators
    ));
    summary.counts.summatives = 0;
    summary.counts.growth_plans = 0;
    summary.not_rated = 0;
    summary.rubrics.clear();
    summary.final_ratings.clear();
    summary.improvement_required.clear();
    summary.plan_pending.clear();
    summary.coverage.clear();
    summary.by_school.clear();
    summary.by_level.clear();
    summary.calibration = Calibration::default();
    summary.agreement = Agreement {
        withheld: true,
        ..Agreement::default()
    };
    summary.educators.clear();
}

/// Which of these groups go into "Other": every one smaller than `min`,
/// then, while "Other" is not empty but still smaller than `min`, the
/// smallest of the rest, so that "Other" is never a small group either
/// (nor can one be worked out from the total).
pub(super) fn merged(sizes: &[usize], min: usize) -> Vec<bool> {
    let mut into_other: Vec<bool> = sizes.iter().map(|n| *n < min).collect();
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by_key(|&i| (sizes[i], i));
    let other = |into: &[bool]| -> usize {
        sizes
            .iter()
            .zip(into)
            .filter(|(_, m)| **m)
            .map(|(n, _)| n)
            .sum()
    };
    for i in order {
        let total = other(&into_other);
        if total == 0 || total >= min {
            break;
        }
        into_other[i] = true;
    }
    into_other
}

/// Merges the comparison rows marked, into one row labelled `label` at the end.
fn merge_rows(rows: &mut Vec<Comparison>, into_other: &[bool], label: &str) {
    let mut kept = Vec::new();
    let mut other: Option<Comparison> = None;
    for (row, merge) in rows.drain(..).zip(into_other) {
        if !*merge {
            kept.push(row);
            continue;
        }
        match &mut other {
            None => {
                other = Some(Comparison {
                    label: label.to_string(),
                    ..row
                });
            }
            Some(o) => add_comparison(o, &row),
        }
    }
    kept.extend(other);
    *rows = kept;
}

fn add_comparison(to: &mut Comparison, row: &Comparison) {
    let sum = |c: &Comparison| c.mean.map_or(0.0, |m| m * c.ratings as f64);
    let total = sum(to) + sum(row);
    to.educators += row.educators;
    to.observations += row.observations;
    to.ratings += row.ratings;
    to.mean = (to.ratings > 0).then(|| total / to.ratings as f64);
    add_counts(&mut to.distribution, &row.distribution);
    to.improvement_required += row.improvement_required;
    to.plans_on_file += row.plans_on_file;
    to.under_observed += row.under_observed;
}

fn add_counts(to: &mut Vec<usize>, from: &[usize]) {
    if to.len() < from.len() {
        to.resize(from.len(), 0);
    }
    for (a, b) in to.iter_mut().zip(from) {
        *a += b;
    }
}

/// Small schools into "Other schools"; returns each school (folded) as now shown.
fn merge_schools(summary: &mut Summary, min: usize) -> HashMap<String, String> {
    let sizes: Vec<usize> = summary.by_school.iter().map(|c| c.educators).collect();
    let into_other = merged(&sizes, min);
    let shown: HashMap<String, String> = summary
        .by_school
        .iter()
        .zip(&into_other)
        .map(|(c, m)| {
            let label = if *m { OTHER_SCHOOLS } else { c.label.as_str() };
            (fold(&c.label), label.to_string())
        })
        .collect();
    let n = into_other.iter().filter(|m| **m).count();
    if n > 0 {
        let educators: usize = sizes
            .iter()
            .zip(&into_other)
            .filter(|(_, m)| **m)
            .map(|(s, _)| s)
            .sum();
        summary.suppressed.push(format!(
            "{n} {} with fewer than {min} educators {} merged into \"{OTHER_SCHOOLS}\" ({educators} educators, with any school needed to make it {min} or more).",
            if n == 1 { "school" } else { "schools" },
            if n == 1 { "is" } else { "are" },
        ));
    }
    merge_rows(&mut summary.by_school, &into_other, OTHER_SCHOOLS);
    shown
}

/// Small school levels are merged into "Other levels", as schools are.
fn levels(summary: &mut Summary, min: usize) {
    let sizes: Vec<usize> = summary.by_level.iter().map(|c| c.educators).collect();
    let into_other = merged(&sizes, min);
    let n = into_other.iter().filter(|m| **m).count();
    if n > 0 {
        summary.suppressed.push(format!(
            "{n} school {} with fewer than {min} educators {} merged into \"{OTHER_LEVELS}\" (with any level needed to make it {min} or more).",
            if n == 1 { "level" } else { "levels" },
            if n == 1 { "is" } else { "are" },
        ));
    }
    merge_rows(&mut summary.by_level, &into_other, OTHER_LEVELS);
}

/// Evaluators who observed fewer than `min` educators are merged into
/// "Other evaluators"; pairs that are merged or small leave the agreement
/// table, and agreement itself goes when too few educators had two evaluators.
fn evaluators(summary: &mut Summary, min: usize, observed: &HashMap<String, HashSet<String>>) {
    let c = &mut summary.calibration;
    let sizes: Vec<usize> = c.evaluators.iter().map(|e| e.educators).collect();
    let into_other = merged(&sizes, min);
    let names: HashSet<String> = c
        .evaluators
        .iter()
        .zip(&into_other)
        .filter(|(_, m)| **m)
        .map(|(e, _)| e.name.clone())
        .collect();
    if !names.is_empty() {
        merge_evaluators(c, &names, observed);
        let n = names.len();
        summary.suppressed.push(format!(
            "{n} {} who observed fewer than {min} educators {} merged into \"{OTHER_EVALUATORS}\" in the calibration (with any evaluator needed to make it {min} or more).",
            if n == 1 { "evaluator" } else { "evaluators" },
            if n == 1 { "is" } else { "are" },
        ));
    }
    agreement(summary, min, &names);
}

/// The calibration rows of `names` as one "Other evaluators" row at the
/// end, its educators counted once however many of them observed each.
fn merge_evaluators(
    c: &mut Calibration,
    names: &HashSet<String>,
    observed: &HashMap<String, HashSet<String>>,
) {
    let mut other: Option<EvaluatorCalibration> = None;
    let mut people: HashSet<&str> = HashSet::new();
    for e in c.evaluators.iter().filter(|e| names.contains(&e.name)) {
        people.extend(
            observed
                .get(&e.name)
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
        match &mut other {
            None => other = Some(e.clone()),
            Some(o) => {
                let sum = |x: &EvaluatorCalibration| x.mean.map_or(0.0, |m| m * x.ratings as f64);
                let total = sum(o) + sum(e);
                o.observations += e.observations;
                o.ratings += e.ratings;
                o.mean = (o.ratings > 0).then(|| total / o.ratings as f64);
                add_counts(&mut o.distribution, &e.distribution);
            }
        }
    }
    let educators = people.len();
    c.evaluators.retain(|e| !names.contains(&e.name));
    if let Some(mut o) = other {
        o.name = OTHER_EVALUATORS.into();
        o.educators = educators;
        o.difference = o.mean.zip(c.district_mean).map(|(a, b)| a - b);
        c.evaluators.push(o);
    }
}

/// Agreement left out when it rests on fewer than `min` educators; else
/// the pairs that are small or include a merged evaluator.
fn agreement(summary: &mut Summary, min: usize, merged_names: &HashSet<String>) {
    let a = &mut summary.agreement;
    if a.educators > 0 && a.educators < min {
        summary.suppressed.push(format!(
            "Inter-rater agreement is left out: fewer than {min} educators were rated by two evaluators."
        ));
        *a = Agreement {
            withheld: true,
            ..Agreement::default()
        };
        return;
    }
    let before = a.by_pair.len();
    a.by_pair.retain(|p| {
        p.educators >= min && !merged_names.contains(&p.first) && !merged_names.contains(&p.second)
    });
    let n = before - a.by_pair.len();
    if n > 0 {
        summary.suppressed.push(format!(
            "{n} {} of evaluators {} left out of the agreement table: fewer than {min} shared educators, or an evaluator merged into \"{OTHER_EVALUATORS}\" (the totals count them).",
            if n == 1 { "pair" } else { "pairs" },
            if n == 1 { "is" } else { "are" },
        ));
    }
}

/// Final ratings under a profile used for fewer than `min` educators are
/// left out. The note does not name the profile: one may belong to a role.
fn profiles(summary: &mut Summary, min: usize) {
    let before = summary.final_ratings.len();
    summary
        .final_ratings
        .retain(|d| d.stored + d.computed >= min);
    let n = before - summary.final_ratings.len();
    if n > 0 {
        summary.suppressed.push(format!(
            "Final ratings under {n} scoring {} used for fewer than {min} educators {} left out.",
            if n == 1 { "profile" } else { "profiles" },
            if n == 1 { "is" } else { "are" },
        ));
    }
}

/// A rubric used for fewer than `min` educators is left out, and not named
/// (a rubric tells a role: three coordinators are three people); the heat
/// map's schools are merged as in the comparison, and a cell resting on
/// fewer than `min` educators is left out.
fn rubrics(summary: &mut Summary, min: usize, schools: &HashMap<String, String>) {
    let mut notes = Vec::new();
    let before = summary.rubrics.len();
    summary.rubrics.retain(|r| r.educators >= min);
    let n = before - summary.rubrics.len();
    if n > 0 {
        notes.push(format!(
            "{n} {} used for fewer than {min} educators {} left out.",
            if n == 1 { "rubric" } else { "rubrics" },
            if n == 1 { "is" } else { "are" },
        ));
    }
    let mut cells = 0;
    for rubric in &mut summary.rubrics {
        merge_heat(rubric, schools);
        cells += withhold_cells(&mut rubric.heat_map, min);
    }
    if cells > 0 {
        notes.push(format!(
            "{cells} school-by-component {} of the heat map {} on fewer than {min} educators; {} mean is left out (shown as *).",
            if cells == 1 { "cell" } else { "cells" },
            if cells == 1 { "rests" } else { "rest" },
            if cells == 1 { "its" } else { "their" },
        ));
    }
    summary.suppressed.extend(notes);
}

/// One merged heat map row, per component: sum of scores, ratings, educators.
struct HeatRow {
    sum: Vec<f64>,
    ratings: Vec<usize>,
    educators: Vec<usize>,
}

impl HeatRow {
    fn new(width: usize) -> HeatRow {
        HeatRow {
            sum: vec![0.0; width],
            ratings: vec![0; width],
            educators: vec![0; width],
        }
    }

    /// Adds row `row` of `map`.
    fn add(&mut self, map: &HeatMap, row: usize) {
        let at = |m: &[Vec<usize>], c: usize| m.get(row).and_then(|r| r.get(c)).copied();
        for c in 0..self.sum.len() {
            let n = at(&map.ratings, c).unwrap_or(0);
            let mean = map.cells.get(row).and_then(|r| r.get(c)).copied().flatten();
            self.sum[c] += mean.unwrap_or(0.0) * n as f64;
            self.ratings[c] += n;
            self.educators[c] += at(&map.educators, c).unwrap_or(0);
        }
    }
}

/// The heat map's rows merged as the schools are, "Other schools" last.
fn merge_heat(rubric: &mut RubricSummary, schools: &HashMap<String, String>) {
    let map = &mut rubric.heat_map;
    let width = map.components.len();
    let mut rows: HashMap<String, HeatRow> = HashMap::new();
    for (row, school) in map.schools.iter().enumerate() {
        let shown = schools
            .get(&fold(school))
            .cloned()
            .unwrap_or_else(|| OTHER_SCHOOLS.into());
        rows.entry(shown)
            .or_insert_with(|| HeatRow::new(width))
            .add(map, row);
    }
    let mut order: Vec<String> = rows.keys().cloned().collect();
    // The kept schools by name, as before; "Other schools" last.
    order.sort_by_key(|s| (s == OTHER_SCHOOLS, fold(s)));
    let mut merged = HeatMap {
        components: map.components.clone(),
        ..HeatMap::default()
    };
    for school in order {
        let Some(row) = rows.remove(&school) else {
            continue;
        };
        merged.cells.push(
            row.sum
                .iter()
                .zip(&row.ratings)
                .map(|(s, n)| (*n > 0).then(|| s / *n as f64))
                .collect(),
        );
        merged.withheld.push(vec![false; width]);
        merged.ratings.push(row.ratings);
        merged.educators.push(row.educators);
        merged.schools.push(school);
    }
    *map = merged;
}

/// Leaves out the means of cells rated for fewer than `min` educators; returns how many.
fn withhold_cells(map: &mut HeatMap, min: usize) -> usize {
    let mut n = 0;
    for (row, cells) in map.cells.iter_mut().enumerate() {
        for (c, cell) in cells.iter_mut().enumerate() {
            let educators = map
                .educators
                .get(row)
                .and_then(|r| r.get(c))
                .copied()
                .unwrap_or(0);
            if educators > 0 && educators < min {
                *cell = None;
                if let Some(flag) = map.withheld.get_mut(row).and_then(|r| r.get_mut(c)) {
                    *flag = true;
                }
                n += 1;
            }
        }
    }
    n
}

/// Each educator's row: school as merged, rubric withheld where it was left
/// out, then [`anonymise`]; the lists of educators follow the rows.
fn rows(summary: &mut Summary, min: usize, schools: &HashMap<String, String>) {
    let kept: HashSet<&str> = summary.rubrics.iter().map(|r| r.id.as_str()).collect();
    for row in &mut summary.educators {
        if let Some(shown) = schools.get(&fold(&row.line.school)) {
            row.line.school.clone_from(shown);
        }
        if !kept.contains(row.rubric_id.as_str()) {
            row.rubric_id = WITHHELD.into();
            row.latest.clear();
        }
    }
    let n = anonymise(&mut summary.educators, min);
    if n > 0 {
        summary.suppressed.push(format!(
            "In the rows of educators (the CSV and the lists), the evaluator, then the role, rubric and scoring profile, then the school, then the level are withheld for {n} educators, until at least {min} rows share every combination shown."
        ));
    }
    let ids = |lines: &[super::model::EducatorLine]| -> HashSet<String> {
        lines.iter().map(|l| l.educator_id.clone()).collect()
    };
    let required = ids(&summary.improvement_required);
    let pending = ids(&summary.plan_pending);
    let below = ids(&summary.coverage);
    let pick = |ids: &HashSet<String>| {
        summary
            .educators
            .iter()
            .filter(|r| ids.contains(&r.line.educator_id))
            .map(|r| r.line.clone())
            .collect()
    };
    summary.improvement_required = pick(&required);
    summary.plan_pending = pick(&pending);
    summary.coverage = pick(&below);
}

/// How many of a row's four quasi-identifiers are withheld, in this order.
const DEPTHS: usize = 4;

/// What a row shows at this depth: school, level, role with rubric, evaluator.
fn key(row: &EducatorRow, depth: usize) -> [String; 4] {
    let line = &row.line;
    let shown = |at: usize, value: String| {
        if depth >= at {
            WITHHELD.to_string()
        } else {
            value
        }
    };
    [
        shown(3, line.school.clone()),
        shown(
            4,
            line.level.map_or(WITHHELD.into(), |l| {
                crate::record::roster::school_level_key(l).into()
            }),
        ),
        // The profile can tell a role that has its own.
        shown(
            2,
            format!(
                "{}\u{0}{}\u{0}{}",
                line.role, row.rubric_id, line.profile_id
            ),
        ),
        shown(1, line.evaluator.clone()),
    ]
}

/// Withholds, row by row, the evaluator, then role, rubric and profile (and
/// the component scores, which tell the rubric), then school, then level, until
/// every combination shown is shared by at least `min` rows; rows left with
/// everything withheld are joined by the smallest groups until they are
/// `min` too. Returns how many rows lost something.
pub(super) fn anonymise(rows: &mut [EducatorRow], min: usize) -> usize {
    let mut depth = vec![0usize; rows.len()];
    let sizes = |depth: &[usize]| {
        let mut sizes: HashMap<[String; 4], usize> = HashMap::new();
        for (row, d) in rows.iter().zip(depth) {
            *sizes.entry(key(row, *d)).or_default() += 1;
        }
        sizes
    };
    loop {
        let counted = sizes(&depth);
        let mut changed = false;
        for (row, d) in rows.iter().zip(depth.iter_mut()) {
            if *d < DEPTHS && counted.get(&key(row, *d)).copied().unwrap_or(0) < min {
                *d += 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    loop {
        let hidden = depth.iter().filter(|d| **d == DEPTHS).count();
        if hidden == 0 || hidden >= min {
            break;
        }
        let counted = sizes(&depth);
        let smallest = rows
            .iter()
            .zip(&depth)
            .filter(|(_, d)| **d < DEPTHS)
            .map(|(row, d)| key(row, *d))
            .min_by_key(|k| (counted.get(k).copied().unwrap_or(0), k.clone()));
        let Some(smallest) = smallest else {
            break;
        };
        for (row, d) in rows.iter().zip(depth.iter_mut()) {
            if *d < DEPTHS && key(row, *d) == smallest {
                *d = DEPTHS;
            }
        }
    }
    for (row, d) in rows.iter_mut().zip(&depth) {
        withhold(row, *d);
    }
    depth.iter().filter(|d| **d > 0).count()
}

fn withhold(row: &mut EducatorRow, depth: usize) {
    let line = &mut row.line;
    if depth >= 1 {
        line.evaluator = WITHHELD.into();
    }
    if depth >= 2 {
        line.role = WITHHELD.into();
        line.profile_id = WITHHELD.into();
        if line.signed_elsewhere.is_some() {
            line.signed_elsewhere = Some(WITHHELD.into());
        }
        row.rubric_id = WITHHELD.into();
        row.latest.clear();
    }
    if depth >= 3 {
        line.school = WITHHELD.into();
    }
    if depth >= 4 {
        line.level = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_is_never_small() {
        assert_eq!(merged(&[12, 3, 15], 10), [true, true, false]);
        assert_eq!(merged(&[12, 11, 15], 10), [false, false, false]);
        assert_eq!(merged(&[4, 4, 4, 30], 10), [true, true, true, false]);
        assert_eq!(merged(&[2, 3], 10), [true, true]);
        assert_eq!(merged(&[], 10), Vec::<bool>::new());
    }
}
