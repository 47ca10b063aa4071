//! How each component's value came about, in one sentence the educator can
//! check by hand ("Mean of 2, 3, 3 = 2.67"). The command line's JSON uses the
//! same sentences, so the PDF and a script never disagree.

use crate::record::Timestamp;
use crate::scoring::{Combine, ComponentResult, Derivation, Scored, Tie};

/// Ratings listed one by one up to this many; beyond it only counted.
const LISTED: usize = 8;

/// The sentence for one component of a scored evaluation.
pub fn derivation_sentence(component: &ComponentResult, scored: &Scored) -> String {
    let level = |score: u32| match scored.rubric.level(score) {
        Some(level) => level.name.clone(),
        None => format!("level {score}"),
    };
    let value = |score: u32| {
        scored
            .outcome
            .level_values
            .iter()
            .find(|(s, _)| *s == score)
            .map_or(f64::from(score), |(_, v)| *v)
    };
    let result = component.value.map(number).unwrap_or_default();
    match &component.derivation {
        Derivation::Override { reason } => {
            let reason = reason.trim();
            if reason.is_empty() {
                "Evaluator's rating".into()
            } else {
                format!("Evaluator's rating: {reason}")
            }
        }
        Derivation::Unrated {
            counted_as_lowest: false,
        } => "Not rated; left out".into(),
        Derivation::Unrated {
            counted_as_lowest: true,
        } => "Not rated; counted at the lowest level".into(),
        Derivation::NeedsJudgement { ratings } if ratings.is_empty() => {
            "Waiting for the evaluator's judgement".into()
        }
        Derivation::NeedsJudgement { ratings } => format!(
            "Waiting for the evaluator's judgement (ratings: {})",
            dated(ratings, &level)
        ),
        Derivation::Combined { ratings, .. } if ratings.is_empty() => "No ratings".into(),
        Derivation::Combined { ratings, .. } if ratings.len() == 1 => {
            format!("One rating: {}", dated(ratings, &level))
        }
        Derivation::Combined { rule, ratings } => {
            let n = ratings.len();
            match rule {
                Combine::MostRecent => match ratings.last() {
                    Some(last) => format!(
                        "Most recent of {n} ratings: {}",
                        dated(std::slice::from_ref(last), &level)
                    ),
                    None => "No ratings".into(),
                },
                Combine::Mean | Combine::Median | Combine::Judgement => {
                    averaged(*rule, ratings, &result, &value)
                }
                Combine::Mode { ties } => mode(ratings, *ties, component.level, &level),
            }
        }
    }
}

/// "Mean of 2, 3, 3 = 2.67" or "Median of 12 ratings = 3": the values are
/// listed up to [`LISTED`], sorted for a median.
fn averaged(
    rule: Combine,
    ratings: &[(Timestamp, u32)],
    result: &str,
    value: &impl Fn(u32) -> f64,
) -> String {
    let word = if rule == Combine::Median {
        "Median"
    } else {
        "Mean"
    };
    let mut values: Vec<f64> = ratings.iter().map(|(_, s)| value(*s)).collect();
    if rule == Combine::Median {
        values.sort_by(f64::total_cmp);
    }
    if ratings.len() <= LISTED {
        let list: Vec<String> = values.into_iter().map(number).collect();
        format!("{word} of {} = {result}", list.join(", "))
    } else {
        format!("{word} of {} ratings = {result}", ratings.len())
    }
}

/// "Most frequent of Basic, Proficient, Proficient: Proficient", with a
/// note when two levels were equally frequent and the tie rule decided.
fn mode(
    ratings: &[(Timestamp, u32)],
    ties: Tie,
    chosen: Option<u32>,
    level: &impl Fn(u32) -> String,
) -> String {
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for (_, score) in ratings {
        match counts.iter_mut().find(|(s, _)| s == score) {
            Some((_, n)) => *n += 1,
            None => counts.push((*score, 1)),
        }
    }
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let is_tie = counts.iter().filter(|(_, n)| *n == most).count() > 1;
    let chosen = chosen.map(level).unwrap_or_default();
    let mut sorted: Vec<u32> = ratings.iter().map(|(_, s)| *s).collect();
    sorted.sort_unstable();
    let listed = if sorted.len() <= LISTED {
        sorted.into_iter().map(level).collect::<Vec<_>>().join(", ")
    } else {
        format!("{} ratings", sorted.len())
    };
    let tie = match (is_tie, ties) {
        (false, _) => "",
        (true, Tie::Higher) => " (a tie, which goes to the higher level)",
        (true, Tie::Lower) => " (a tie, which goes to the lower level)",
    };
    format!("Most frequent of {listed}: {chosen}{tie}")
}

/// "Proficient on Oct 14, Basic on Feb 2".
fn dated(ratings: &[(Timestamp, u32)], level: &impl Fn(u32) -> String) -> String {
    let mut parts: Vec<String> = ratings
        .iter()
        .take(LISTED)
        .map(|(at, s)| format!("{} on {}", level(*s), at.format("%b %-d")))
        .collect();
    if ratings.len() > LISTED {
        parts.push(format!("and {} more", ratings.len() - LISTED));
    }
    parts.join(", ")
}

/// A value as a person writes it: at most two decimals, no trailing zeros
/// ("3", "2.5", "2.67"); not-a-number prints as a dash rather than "NaN".
#[must_use]
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let text = format!("{:.2}", crate::scoring::round_half_up(value, 2));
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(8.0 / 3.0), "2.67");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(f64::NAN), "—");
    }
}
