//! What is due for each educator under the workspace's rules: the year's
//! observations done and planned against the number, kinds and length
//! required, each post-observation conference against its working-day
//! deadline, and each rating against its date. Everything in words.

// Writing to a String cannot fail: hence `let _ = write!(…)`.
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::WorkingDays;
use super::rules::{ComplianceRules, StatusRule};
use crate::record::{Educator, Observation, ObservationKind, PlannedVisit, Summative};

/// Where an educator, or one thing due, stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    Done,
    Due,
    Overdue,
    /// The rules have nothing for this employment status.
    NoRule,
}

impl Standing {
    /// "done", "due", "overdue", "no rule": the word in lists and JSON.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Standing::Done => "done",
            Standing::Due => "due",
            Standing::Overdue => "overdue",
            Standing::NoRule => "no rule",
        }
    }
}

/// What one deadline asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    Observations,
    /// The post-observation conference of this observation.
    PostConference {
        observation_id: String,
    },
    /// The `number`th rating of the year (from 1).
    Rating {
        number: usize,
    },
}

impl Wanted {
    /// "observations", "post-conference" or "rating".
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            Wanted::Observations => "observations",
            Wanted::PostConference { .. } => "post-conference",
            Wanted::Rating { .. } => "rating",
        }
    }
}

/// One thing due by a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub wanted: Wanted,
    pub by: NaiveDate,
    pub standing: Standing,
    /// "2 of 3 observations; an unannounced one still to do by 2027-06-30".
    pub words: String,
    /// Names the item the same way in every export (a calendar's UID).
    pub key: String,
}

/// An educator's year under the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EducatorDue {
    pub educator_id: String,
    pub name: String,
    pub school: String,
    pub employment: String,
    /// The rule's label, when there is one.
    pub rule: Option<String>,
    /// The worst of the items.
    pub standing: Standing,
    /// The items' words, worst first, in one line.
    pub reason: String,
    pub items: Vec<DueItem>,
}

/// What one educator's year holds, as the schedule reads it.
pub struct Year<'a> {
    pub year: &'a str,
    pub on: NaiveDate,
    pub days: &'a WorkingDays,
    pub observations: Vec<&'a Observation>,
    pub planned: Vec<&'a PlannedVisit>,
    /// Finalised evaluations of the year.
    pub ratings: usize,
}

/// Where `educator` stands under `rules` on `year.on`.
#[must_use]
pub fn educator_due(rules: &ComplianceRules, educator: &Educator, year: &Year) -> EducatorDue {
    let mut due = EducatorDue {
        educator_id: educator.id.clone(),
        name: educator.name.clone(),
        school: educator.school.clone(),
        employment: educator.employment.to_string(),
        rule: None,
        standing: Standing::NoRule,
        reason: format!(
            "the {} rules have nothing for the status {}",
            rules.state, educator.employment
        ),
        items: Vec::new(),
    };
    let Some(rule) = rules.for_employment(&educator.employment) else {
        return due;
    };
    due.rule = Some(rule.label.clone());
    let mut items = Vec::new();
    if rule.observations > 0 {
        items.extend(observations_item(rule, &educator.id, year));
    }
    items.extend(conference_items(rule, year));
    items.extend(rating_items(rule, &educator.id, year));
    items.sort_by(|a, b| b.standing.cmp(&a.standing).then(a.by.cmp(&b.by)));
    due.standing = items.first().map_or(Standing::Done, |i| i.standing);
    due.reason = if items.is_empty() {
        "nothing is required of this status by date".into()
    } else {
        items
            .iter()
            .map(|i| i.words.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    if !rule.note.is_empty() {
        due.reason = format!("{} ({})", due.reason, rule.note);
    }
    due.items = items;
    due
}

/// Whether an observation counts under `rule`: its kind, and its length.
fn counts(rule: &StatusRule, o: &Observation) -> bool {
    rule.counts_kind(o.kind) && o.duration_secs >= u64::from(rule.min_minutes) * 60
}

/// The observations item: how many of how many, which kinds are missing.
fn observations_item(rule: &StatusRule, educator_id: &str, year: &Year) -> Option<DueItem> {
    let by = rule.observations_by().in_school_year(year.year)?;
    let done: Vec<&&Observation> = year
        .observations
        .iter()
        .filter(|o| counts(rule, o))
        .collect();
    let short = year.observations.len() - done.len();
    let n = |wanted: fn(&Observation) -> bool| done.iter().filter(|o| wanted(o)).count();
    let missing = Missing {
        total: (rule.observations as usize).saturating_sub(done.len()),
        announced: (rule.announced as usize).saturating_sub(n(Observation::announced)),
        unannounced: (rule.unannounced as usize).saturating_sub(n(|o| !o.announced())),
        formal: (rule.formal as usize).saturating_sub(n(|o| o.kind == ObservationKind::Formal)),
    };
    let standing = if missing.is_none() {
        Standing::Done
    } else if year.on > by {
        Standing::Overdue
    } else {
        Standing::Due
    };
    let mut words = if done.len() > rule.observations as usize {
        format!(
            "{} observations ({} required)",
            done.len(),
            rule.observations
        )
    } else {
        format!("{} of {} observations", done.len(), rule.observations)
    };
    if let Some(still) = missing.words() {
        let tense = if standing == Standing::Overdue {
            "was due by"
        } else {
            "still to do by"
        };
        let _ = write!(words, "; {still} {tense} {by}");
    }
    words += &extras(rule, short, year);
    Some(DueItem {
        wanted: super::due::Wanted::Observations,
        by,
        standing,
        words,
        key: format!("{educator_id}.observations.{}", year.year),
    })
}

/// The visits still planned, and the observations too short to count.
fn extras(rule: &StatusRule, short: usize, year: &Year) -> String {
    let mut out = String::new();
    let upcoming: Vec<String> = year
        .planned
        .iter()
        .filter(|p| p.date() >= year.on && rule.counts_kind(p.kind))
        .map(|p| format!("{} {}", p.date(), p.announcement()))
        .collect();
    if !upcoming.is_empty() {
        let _ = write!(
            out,
            " ({} planned: {})",
            upcoming.len(),
            upcoming.join(", ")
        );
    }
    if short > 0 {
        let _ = write!(
            out,
            "; {} not counted (shorter than {} minutes or of a kind that does not count)",
            crate::text::count(short, "observation", "observations"),
            rule.min_minutes
        );
    }
    out
}

/// What is still missing of the year's observations.
struct Missing {
    total: usize,
    announced: usize,
    unannounced: usize,
    formal: usize,
}

impl Missing {
    fn is_none(&self) -> bool {
        self.total == 0 && self.announced == 0 && self.unannounced == 0 && self.formal == 0
    }

    /// "an unannounced one", "1 more and a formal one", or nothing when complete.
    fn words(&self) -> Option<String> {
        let one = |n: usize, what: &str| match n {
            0 => None,
            1 => Some(format!(
                "{} {what} one",
                if what == "unannounced" || what == "announced" {
                    "an"
                } else {
                    "a"
                }
            )),
            n => Some(format!("{n} {what} ones")),
        };
        let mut parts: Vec<String> = [
            one(self.announced, "announced"),
            one(self.unannounced, "unannounced"),
            one(self.formal, "formal"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let named = self.announced + self.unannounced + self.formal.min(self.total);
        if self.total > named || (parts.is_empty() && self.total > 0) {
            let more = self.total.saturating_sub(named).max(1);
            parts.insert(0, format!("{more} more"));
        }
        (!parts.is_empty()).then(|| parts.join(" and "))
    }
}

/// A post-conference due for each counted observation that needs one.
fn conference_items(rule: &StatusRule, year: &Year) -> Vec<DueItem> {
    let Some(days) = rule.post_conference_days else {
        return Vec::new();
    };
    year.observations
        .iter()
        .filter(|o| counts(rule, o) && rule.needs_conference(o.kind))
        .filter_map(|o| {
            let seen = o.started_at.date_naive();
            let by = year.days.after(seen, days)?;
            let held = o.post_conference_held();
            let standing = match (held, year.on > by) {
                (true, _) => Standing::Done,
                (false, true) => Standing::Overdue,
                (false, false) => Standing::Due,
            };
            let words = match standing {
                Standing::Done => format!("post-conference of the {seen} observation held"),
                Standing::Overdue => {
                    format!("post-conference of the {seen} observation was due by {by}")
                }
                _ => format!("post-conference of the {seen} observation due by {by}"),
            };
            Some(DueItem {
                wanted: Wanted::PostConference {
                    observation_id: o.id.clone(),
                },
                by,
                standing,
                words,
                key: format!("{}.post-conference", o.id),
            })
        })
        .collect()
}

/// One item per rating deadline: the nth is done once n evaluations are finalised.
fn rating_items(rule: &StatusRule, educator_id: &str, year: &Year) -> Vec<DueItem> {
    let deadlines = rule.rating_deadlines();
    let total = deadlines.len();
    deadlines
        .into_iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let by = d.by.in_school_year(year.year)?;
            let standing = if year.ratings > i {
                Standing::Done
            } else if year.on > by {
                Standing::Overdue
            } else {
                Standing::Due
            };
            let which = if total == 1 {
                "the rating".to_string()
            } else {
                format!("rating {} of {total}", i + 1)
            };
            let words = match standing {
                Standing::Done => format!("{which} finalised"),
                Standing::Overdue => format!("{which} was due by {by}"),
                _ => format!("{which} due by {by}"),
            };
            Some(DueItem {
                wanted: Wanted::Rating { number: i + 1 },
                by,
                standing,
                words,
                key: format!("{educator_id}.rating-{}.{}", i + 1, year.year),
            })
        })
        .collect()
}

/// Finalised evaluations of `educator_id` in `year`.
#[must_use]
pub fn ratings_in_year(summatives: &[Summative], educator_id: &str, year: &str) -> usize {
    summatives
        .iter()
        .filter(|s| s.educator_id == educator_id && s.school_year == year && s.finalized.is_some())
        .count()
}
