//! Shaping the merged tally into a [`Summary`]: means from counts, lists
//! sorted for reading, names de-identified where asked.

use std::collections::{BTreeMap, HashMap};

use super::agreement::PairCounts;
use super::model::{
    Agreement, Calibration, Comparison, ComponentSummary, Counts, DomainSummary, EducatorLine,
    EvaluatorCalibration, EvaluatorPair, HeatMap, RatingDistribution, RubricSummary, Summary,
    percent,
};
use super::names::fold;
use super::tally::{Context, Entry, FinalTally, Gap, Group, HeatCell, RubricTally, Tally};
use crate::record::ObservationKind;

pub(super) fn finish(tally: Tally, cx: &Context) -> Summary {
    let rubrics = sorted_rubrics(&tally, cx);
    let (scale, mixed_scales) = scale_of(&rubrics);
    let counts = counts(&tally);
    let mut by_school: Vec<Comparison> = tally
        .schools
        .values()
        .map(|g| comparison(g, scale.len()))
        .collect();
    by_school.sort_by_key(|c| fold(&c.label));
    let by_level: Vec<Comparison> = tally
        .levels
        .values()
        .map(|g| comparison(g, scale.len()))
        .collect();

    let calibration = calibration(&tally, scale.len(), cx);
    let agreement = agreement(&tally, cx);
    let final_ratings = final_ratings(tally.finals);

    let mut rows = tally.rows;
    rows.sort_by(|a, b| {
        let (a, b) = (&a.row.line, &b.row.line);
        fold(&a.school)
            .cmp(&fold(&b.school))
            .then(fold(&a.display).cmp(&fold(&b.display)))
            .then(a.educator_id.cmp(&b.educator_id))
    });
    let listed = |on: fn(&Entry) -> bool| -> Vec<EducatorLine> {
        rows.iter()
            .filter(|r| on(r))
            .map(|r| r.row.line.clone())
            .collect()
    };
    let improvement_required = listed(|r| r.required);
    let plan_pending = listed(|r| r.plan_pending);
    let warnings = warnings(&tally.gaps, tally.failed);

    Summary {
        counts,
        scale,
        mixed_scales,
        rubrics,
        final_ratings,
        not_rated: tally.not_rated,
        improvement_required,
        plan_pending,
        by_school,
        by_level,
        calibration,
        agreement,
        educators: rows.into_iter().map(|r| r.row).collect(),
        warnings,
        ..Summary::default()
    }
}

/// Each rubric's summary, the most rated first.
fn sorted_rubrics(tally: &Tally, cx: &Context) -> Vec<RubricSummary> {
    let mut rubrics: Vec<RubricSummary> = tally
        .rubrics
        .iter()
        .map(|(&r, t)| rubric_summary(r, t, cx))
        .collect();
    let rated = |r: &RubricSummary| -> usize {
        r.components
            .iter()
            .map(super::model::ComponentSummary::rated)
            .sum()
    };
    rubrics.sort_by(|a, b| rated(b).cmp(&rated(a)).then(a.id.cmp(&b.id)));
    rubrics
}

/// The level names comparisons use (the most rated rubric's, then "Level
/// n" up to the widest scale), and whether the rubrics' scales differ.
fn scale_of(rubrics: &[RubricSummary]) -> (Vec<String>, bool) {
    let widest = rubrics.iter().map(|r| r.levels.len()).max().unwrap_or(0);
    let mut scale: Vec<String> = rubrics
        .first()
        .map(|r| r.levels.iter().map(|l| l.name.clone()).collect())
        .unwrap_or_default();
    for rank in scale.len()..widest {
        scale.push(format!("Level {}", rank + 1));
    }
    let mixed_scales = rubrics.iter().any(|r| r.levels.len() != widest);
    (scale, mixed_scales)
}

/// The key counts of the whole summary.
fn counts(tally: &Tally) -> Counts {
    Counts {
        educators: tally.rows.len(),
        observations: tally.kinds.iter().sum(),
        observations_by_kind: ObservationKind::ALL
            .iter()
            .zip(tally.kinds)
            .map(|(k, n)| (*k, n))
            .collect(),
        evaluators: tally.evaluators.len(),
        schools: tally.schools.len(),
        ratings: tally.district.ratings,
        not_observed: tally.not_observed,
        summatives: tally.summatives,
        growth_plans: tally.growth_plans,
    }
}

/// The final ratings under each profile and band set, the most rated first.
fn final_ratings(finals: HashMap<(String, Vec<String>), FinalTally>) -> Vec<RatingDistribution> {
    let mut final_ratings: Vec<RatingDistribution> = finals
        .into_iter()
        .map(|((profile_id, bands), t)| {
            let mut counts = t.counts;
            counts.resize(bands.len(), 0);
            RatingDistribution {
                profile_id,
                profile_title: t.title,
                bands,
                counts,
                pending: t.pending,
                stored: t.stored,
                computed: t.computed,
            }
        })
        .collect();
    final_ratings.sort_by(|a, b| {
        (b.stored + b.computed)
            .cmp(&(a.stored + a.computed))
            .then(a.profile_id.cmp(&b.profile_id))
    });
    final_ratings
}

/// A sentence for each kind of gap, and one for educators not counted.
fn warnings(gaps: &BTreeMap<Gap, usize>, failed: usize) -> Vec<String> {
    let mut warnings: Vec<String> = gaps.iter().map(|(gap, n)| gap_sentence(gap, *n)).collect();
    if failed > 0 {
        warnings.push(format!(
            "{} could not be counted because of an internal error; please report it.",
            crate::text::count(failed, "educator", "educators")
        ));
    }
    warnings
}

fn rubric_summary(r: usize, tally: &RubricTally, cx: &Context) -> RubricSummary {
    let index = &cx.rubrics.list[r];
    let rubric = index.rubric;
    let scores: Vec<u32> = rubric.levels.iter().map(|l| l.score).collect();
    let mut components = Vec::new();
    for domain in &rubric.domains {
        for component in &domain.components {
            let c = components.len();
            let counts = tally.counts.get(c).cloned().unwrap_or_default();
            components.push(ComponentSummary {
                id: component.id.clone(),
                name: component.name.clone(),
                domain_id: domain.id.clone(),
                domain_name: domain.name.clone(),
                mean: mean_of(&counts, &scores),
                counts,
                not_observed: tally.not_observed.get(c).copied().unwrap_or(0),
            });
        }
    }
    let domains = rubric
        .domains
        .iter()
        .enumerate()
        .map(|(d, domain)| {
            let mut counts = vec![0; scores.len()];
            for (c, component) in components.iter().enumerate() {
                if index.domain_of.get(c) == Some(&d) {
                    for (total, n) in counts.iter_mut().zip(&component.counts) {
                        *total += n;
                    }
                }
            }
            DomainSummary {
                id: domain.id.clone(),
                name: domain.name.clone(),
                ratings: counts.iter().sum(),
                mean: mean_of(&counts, &scores),
            }
        })
        .collect();
    let heat_map = heat_map(tally, &components);
    RubricSummary {
        id: rubric.id.clone(),
        title: rubric.title.clone(),
        levels: rubric.levels.clone(),
        educators: tally.educators,
        observations: tally.observations,
        components,
        domains,
        heat_map,
    }
}

/// The mean level score of ratings counted per level.
fn mean_of(counts: &[usize], scores: &[u32]) -> Option<f64> {
    let n: usize = counts.iter().sum();
    let sum: f64 = counts
        .iter()
        .zip(scores)
        .map(|(c, s)| *c as f64 * f64::from(*s))
        .sum();
    (n > 0).then(|| sum / n as f64)
}

/// Mean scores by school and component, schools in name order.
fn heat_map(tally: &RubricTally, components: &[ComponentSummary]) -> HeatMap {
    let mut rows: Vec<&(String, Vec<HeatCell>)> = tally.heat.values().collect();
    rows.sort_by_key(|(label, _)| fold(label));
    HeatMap {
        schools: rows.iter().map(|(label, _)| label.clone()).collect(),
        components: components.iter().map(|c| c.id.clone()).collect(),
        cells: rows
            .iter()
            .map(|(_, cells)| {
                cells
                    .iter()
                    .map(|c| (c.ratings > 0).then(|| c.sum as f64 / c.ratings as f64))
                    .collect()
            })
            .collect(),
        ratings: rows
            .iter()
            .map(|(_, cells)| cells.iter().map(|c| c.ratings).collect())
            .collect(),
        educators: rows
            .iter()
            .map(|(_, cells)| cells.iter().map(|c| c.educators).collect())
            .collect(),
        withheld: rows
            .iter()
            .map(|(_, cells)| vec![false; cells.len()])
            .collect(),
    }
}

fn mean(group: &Group) -> Option<f64> {
    (group.ratings > 0).then(|| group.sum / group.ratings as f64)
}

fn comparison(group: &Group, levels: usize) -> Comparison {
    let mut distribution = group.distribution.clone();
    distribution.resize(levels.max(distribution.len()), 0);
    Comparison {
        label: group.label.clone(),
        educators: group.educators,
        observations: group.observations,
        ratings: group.ratings,
        mean: mean(group),
        distribution,
        improvement_required: 0,
        plans_on_file: 0,
        under_observed: 0,
    }
}

fn calibration(tally: &Tally, levels: usize, cx: &Context) -> Calibration {
    let district_mean = mean(&tally.district);
    let mut evaluators: Vec<EvaluatorCalibration> = tally
        .evaluators
        .values()
        .map(|g| {
            let mut distribution = g.distribution.clone();
            distribution.resize(levels.max(distribution.len()), 0);
            let own = mean(g);
            EvaluatorCalibration {
                name: evaluator_name(&g.label, cx),
                observations: g.observations,
                educators: g.educators,
                ratings: g.ratings,
                mean: own,
                distribution,
                difference: own.zip(district_mean).map(|(a, b)| a - b),
            }
        })
        .collect();
    evaluators.sort_by_key(|e| fold(&e.name));
    let mut district_distribution = tally.district.distribution.clone();
    district_distribution.resize(levels.max(district_distribution.len()), 0);
    Calibration {
        district_ratings: tally.district.ratings,
        district_mean,
        district_distribution,
        evaluators,
    }
}

/// The observer's name (or letter); "Not recorded" when left blank.
pub(super) fn evaluator_name(label: &str, cx: &Context) -> String {
    let name = cx.names.evaluator(label);
    if name.is_empty() {
        "Not recorded".into()
    } else {
        name
    }
}

fn agreement(tally: &Tally, cx: &Context) -> Agreement {
    let label = |folded: &str| {
        let written = tally
            .evaluators
            .get(folded)
            .map_or(folded, |g| g.label.as_str());
        evaluator_name(written, cx)
    };
    let total: PairCounts = tally.agreement.total;
    let mut by_pair: Vec<EvaluatorPair> = tally
        .agreement
        .by_pair
        .iter()
        .map(|((a, b), counts)| {
            let (mut first, mut second) = (label(a), label(b));
            if fold(&second) < fold(&first) {
                std::mem::swap(&mut first, &mut second);
            }
            EvaluatorPair {
                first,
                second,
                educators: counts.educators,
                pairs: counts.pairs,
                exact: counts.exact,
                adjacent: counts.adjacent,
            }
        })
        .collect();
    by_pair.sort_by(|a, b| {
        b.pairs
            .cmp(&a.pairs)
            .then(fold(&a.first).cmp(&fold(&b.first)))
            .then(fold(&a.second).cmp(&fold(&b.second)))
    });
    Agreement {
        educators: total.educators,
        pairs: total.pairs,
        exact: total.exact,
        adjacent: total.adjacent,
        exact_percent: percent(total.exact, total.pairs),
        adjacent_percent: percent(total.adjacent, total.pairs),
        by_pair,
        withheld: false,
    }
}

fn gap_sentence(gap: &Gap, n: usize) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    match gap {
        Gap::RubricMissing(id) => format!(
            "{n} observation{} use{} the rubric `{id}`, which is not loaded; {} ratings are not counted.",
            s(n),
            if n == 1 { "s" } else { "" },
            if n == 1 { "its" } else { "their" }
        ),
        Gap::Unmatched(id) => format!(
            "{n} rating{} under the rubric `{id}` name{} a component or level it does not have; not counted.",
            s(n),
            if n == 1 { "s" } else { "" }
        ),
        Gap::Unscorable(why) => format!(
            "{n} educator{} could not be given a final rating: {why}.",
            s(n)
        ),
        Gap::Rescored(profile) => format!(
            "{n} finalised evaluation{} signed under the profile `{profile}` {} counted here under the summary's profile, re-scored from {} frozen ratings and measures; the signed rating is unchanged (the CSV's signed_rating column).",
            s(n),
            if n == 1 { "is" } else { "are" },
            if n == 1 { "its" } else { "their" }
        ),
        Gap::NoRules(why) => format!(
            "{n} educator{} {} no final rating, as {why}; {} practice rating is counted as pending.",
            s(n),
            if n == 1 { "has" } else { "have" },
            if n == 1 { "the" } else { "each" }
        ),
    }
}
