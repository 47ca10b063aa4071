//! Counting, one educator at a time. Each thread fills its own [`Tally`]
//! over a share of the educators; the tallies are then merged, so the
//! result does not depend on how the work was split.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::agreement::{AgreementTally, Rated};

mod ratings;
use super::model::{EducatorLine, EducatorRow};
use super::names::{Names, fold};
use super::rubrics::Rubrics;
use crate::record::{Educator, Observation, ObservationKind, RatingLevel, Summative};
use crate::rubric::{Catalog, SchoolLevel};
use crate::scoring::{DEFAULT_PROFILE, Profiles};
use crate::workspace::Settings;

/// What every thread reads: the year, rubrics, profiles and names.
pub(super) struct Context<'a> {
    pub year: &'a str,
    pub catalog: &'a Catalog,
    pub profiles: &'a Profiles,
    pub rubrics: &'a Rubrics<'a>,
    pub names: &'a Names,
    /// The profile every educator is scored under, when one is chosen...
    pub profile: Option<&'a str>,
    /// ...else the settings that give each role its profile (the first source's).
    pub settings: Option<&'a Settings>,
}

impl<'a> Context<'a> {
    /// The profile an educator in `role` is scored under in this summary.
    pub fn profile_for(&self, role: &str) -> &'a str {
        self.profile
            .or_else(|| self.settings.map(|s| s.profile_for(role)))
            .unwrap_or(DEFAULT_PROFILE)
    }
}

/// One educator's records.
pub(super) struct Work<'s> {
    pub educator: &'s Educator,
    /// Every observation of theirs, any year, oldest first.
    pub observations: Vec<&'s Observation>,
    /// Their stored summative evaluation for the year (the latest changed).
    pub summative: Option<&'s Summative>,
    /// A stored improvement plan exists for the year.
    pub improvement_plan: bool,
    /// Their student measures of the year (copied only while they are scored).
    pub measures: Vec<&'s crate::record::Measure>,
}

/// Ratings of one rubric's components.
#[derive(Default)]
pub(super) struct RubricTally {
    pub educators: usize,
    pub observations: usize,
    /// `[component][level rank]`.
    pub counts: Vec<Vec<usize>>,
    pub not_observed: Vec<usize>,
    /// Folded school -> (school as shown, per component).
    pub heat: HashMap<String, (String, Vec<HeatCell>)>,
}

/// One school's ratings of one component.
#[derive(Default, Clone, Copy)]
pub(super) struct HeatCell {
    pub sum: u64,
    pub ratings: usize,
    /// Educators rated on it.
    pub educators: usize,
}

/// Educators, observations and ratings of a group (a school, a level, an evaluator).
#[derive(Default, Clone)]
pub(super) struct Group {
    /// The group's name as first seen.
    pub label: String,
    pub educators: usize,
    pub observations: usize,
    pub ratings: usize,
    /// Ratings per level rank.
    pub distribution: Vec<usize>,
    /// Sum of level numbers (rank + 1).
    pub sum: f64,
}

impl Group {
    fn rate(&mut self, rank: usize) {
        bump(&mut self.distribution, rank, 1);
        self.ratings += 1;
        self.sum += (rank + 1) as f64;
    }
}

/// Final ratings under one profile and band set.
#[derive(Default)]
pub(super) struct FinalTally {
    pub title: String,
    pub counts: Vec<usize>,
    pub pending: usize,
    pub stored: usize,
    pub computed: usize,
}

/// Something counted only in part, and how often.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Gap {
    /// Observations under a rubric that is not loaded.
    RubricMissing(String),
    /// Ratings of a component or level the rubric does not have.
    Unmatched(String),
    /// Educators whose evaluation could not be scored, and why.
    Unscorable(String),
    /// Evaluations finalised under this other profile, re-scored under the summary's.
    Rescored(String),
    /// Educators with no final rating because the profile has no rules for
    /// the year: the sentence saying so.
    NoRules(String),
}

/// One educator's row and what it asks of the follow-up lists.
pub(super) struct Entry {
    pub row: EducatorRow,
    /// The final rating calls for an improvement plan.
    pub required: bool,
    /// Pending, with the practice rating in a band that calls for one.
    pub plan_pending: bool,
}

/// Everything counted so far.
#[derive(Default)]
pub(super) struct Tally {
    /// By position in [`Rubrics::list`].
    pub rubrics: HashMap<usize, RubricTally>,
    /// By folded school name.
    pub schools: HashMap<String, Group>,
    pub levels: BTreeMap<SchoolLevel, Group>,
    /// By folded observer name.
    pub evaluators: HashMap<String, Group>,
    pub district: Group,
    pub kinds: [usize; ObservationKind::ALL.len()],
    pub not_observed: usize,
    pub summatives: usize,
    pub growth_plans: usize,
    /// Keyed by profile id and band labels.
    pub finals: HashMap<(String, Vec<String>), FinalTally>,
    pub not_rated: usize,
    pub agreement: AgreementTally,
    /// Each educator's row and the lists they belong on.
    pub rows: Vec<Entry>,
    pub gaps: BTreeMap<Gap, usize>,
    /// Educators whose counting thread failed (a bug); said in the warnings.
    pub failed: usize,
}

impl Tally {
    /// Counts one educator's year.
    pub fn add(&mut self, work: &Work, cx: &Context) {
        let educator = work.educator;
        let in_year: Vec<&Observation> = work
            .observations
            .iter()
            .copied()
            .filter(|o| crate::scoring::in_school_year(o.started_at.date_naive(), cx.year))
            .collect();
        let school_key = fold(&educator.school);
        let school = cx.names.school(&educator.school);
        self.count_in_groups(educator, &school_key, &school, in_year.len());
        let (observers, rated) = self.count_visits(&in_year, educator, cx);
        self.count_heat_educators(&rated, &school_key);
        self.agreement.add_educator(&rated, &observers);
        if work.summative.is_some() {
            self.summatives += 1;
        }
        if work.improvement_plan {
            self.growth_plans += 1;
        }
        let final_rating = match super::finals::final_rating(work, &in_year, cx) {
            Ok(rating) => rating,
            Err(why) => {
                *self.gaps.entry(Gap::Unscorable(why)).or_default() += 1;
                None
            }
        };
        let line = educator_line(work, in_year.len(), school, final_rating.as_ref(), cx);
        let (required, plan_pending) = final_rating
            .as_ref()
            .map_or((false, false), |f| (f.improvement_required, f.plan_pending));
        self.count_final(final_rating);
        let (rubric_id, latest) = latest_levels(educator, &in_year, cx);
        self.rows.push(Entry {
            row: EducatorRow {
                line,
                rubric_id,
                latest,
            },
            required,
            plan_pending,
        });
    }

    /// Counts the educator and their observations in their school and level.
    fn count_in_groups(
        &mut self,
        educator: &Educator,
        school_key: &str,
        school: &str,
        observations: usize,
    ) {
        for (group, label) in [
            (
                self.schools.entry(school_key.to_string()).or_default(),
                school,
            ),
            (
                self.levels.entry(educator.level).or_default(),
                level_label(educator.level),
            ),
        ] {
            if group.label.is_empty() {
                group.label = label.to_string();
            }
            group.educators += 1;
            group.observations += observations;
        }
    }

    /// Counts the educator's visits of the year and their ratings. Returns
    /// the folded observer names in order of first visit (`Rated` points
    /// into it) and every rating counted.
    fn count_visits(
        &mut self,
        in_year: &[&Observation],
        educator: &Educator,
        cx: &Context,
    ) -> (Vec<String>, Vec<Rated>) {
        let mut observers: Vec<String> = Vec::new();
        let mut rubrics_seen = HashSet::new();
        let mut rated = Vec::new();
        for observation in in_year {
            let key = fold(&observation.observer);
            let (observer, first_visit) = if let Some(i) = observers.iter().position(|o| *o == key)
            {
                (i, false)
            } else {
                observers.push(key.clone());
                (observers.len() - 1, true)
            };
            self.count_visit(observation, &key, first_visit);
            self.rate_observation(
                observation,
                (observer, &key),
                educator,
                cx,
                &mut rubrics_seen,
                &mut rated,
            );
        }
        (observers, rated)
    }

    /// Counts one visit by its kind, its evaluator and in the district.
    fn count_visit(&mut self, observation: &Observation, observer_key: &str, first_visit: bool) {
        if let Some(n) = ObservationKind::ALL
            .iter()
            .position(|k| *k == observation.kind)
            .and_then(|kind| self.kinds.get_mut(kind))
        {
            *n += 1;
        }
        let evaluator = self.evaluators.entry(observer_key.to_string()).or_default();
        if evaluator.label.is_empty() {
            evaluator.label = observation.observer.trim().to_string();
        }
        evaluator.observations += 1;
        if first_visit {
            evaluator.educators += 1;
        }
        self.district.observations += 1;
    }

    /// Counts a final rating under its profile and bands (a pending one
    /// apart), or one not rated; and what the summary must say about it.
    fn count_final(&mut self, final_rating: Option<super::finals::Final>) {
        let Some(f) = final_rating else {
            self.not_rated += 1;
            return;
        };
        if let Some((profile, _)) = &f.signed_elsewhere {
            *self.gaps.entry(Gap::Rescored(profile.clone())).or_default() += 1;
        }
        if let Some(why) = f.no_rules {
            *self.gaps.entry(Gap::NoRules(why)).or_default() += 1;
        }
        let entry = self
            .finals
            .entry((f.profile_id, f.bands.clone()))
            .or_default();
        entry.title = f.profile_title;
        match f.rating {
            Some((_, band)) => bump(&mut entry.counts, band, 1),
            None => entry.pending += 1,
        }
        entry
            .counts
            .resize(entry.counts.len().max(f.bands.len()), 0);
        if f.stored {
            entry.stored += 1;
        } else {
            entry.computed += 1;
        }
    }
}

impl Tally {
    /// Counts the educator once in each heat map cell they were rated in.
    fn count_heat_educators(&mut self, rated: &[Rated], school_key: &str) {
        let cells: HashSet<(usize, usize)> =
            rated.iter().map(|r| (r.rubric, r.component)).collect();
        for (r, c) in cells {
            if let Some(cell) = self
                .rubrics
                .get_mut(&r)
                .and_then(|t| t.heat.get_mut(school_key))
                .and_then(|(_, cells)| cells.get_mut(c))
            {
                cell.educators += 1;
            }
        }
    }
}

/// The educator's line in the summary's lists: who, where, and their ratings.
fn educator_line(
    work: &Work,
    observations: usize,
    school: String,
    f: Option<&super::finals::Final>,
    cx: &Context,
) -> EducatorLine {
    let educator = work.educator;
    EducatorLine {
        educator_id: educator.id.clone(),
        display: cx.names.educator(&educator.id, &educator.name),
        school,
        level: Some(educator.level),
        role: educator.role.clone(),
        evaluator: cx.names.evaluator(&educator.evaluator),
        observations,
        profile_id: cx.profile_for(&educator.role).to_string(),
        score: f.and_then(|f| f.score),
        rating: f.and_then(|f| f.rating.as_ref().map(|(label, _)| label.clone())),
        practice_score: f.and_then(|f| f.practice.1),
        practice_rating: f.map(|f| f.practice.0.clone()),
        pending: f.is_some_and(|f| f.rating.is_none()),
        signed_elsewhere: f
            .and_then(|f| f.signed_elsewhere.as_ref())
            .map(|(profile, rating)| format!("{rating} under `{profile}`")),
        rating_stored: f.is_some_and(|f| f.stored),
        improvement_plan: work.improvement_plan,
    }
}

/// The rubric of the educator's latest observation in the year (else their
/// own), and each of its components' most recent level score.
fn latest_levels(
    educator: &Educator,
    in_year: &[&Observation],
    cx: &Context,
) -> (String, Vec<(String, u32)>) {
    let rubric_id = in_year
        .last()
        .map_or(educator.rubric_id.as_str(), |o| o.rubric_id.as_str());
    let Some(index) = cx.rubrics.position(rubric_id).map(|r| &cx.rubrics.list[r]) else {
        return (rubric_id.to_string(), Vec::new());
    };
    let mut latest: Vec<Option<u32>> = vec![None; index.component_count()];
    for observation in in_year.iter().filter(|o| o.rubric_id == rubric_id) {
        for rating in &observation.ratings {
            if let (Some(c), RatingLevel::Level(score)) =
                (index.component(&rating.component), rating.level)
                && index.rank(score).is_some()
            {
                latest[c] = Some(score);
            }
        }
    }
    let ids = index.rubric.components().map(|c| c.id.clone());
    let latest = ids
        .zip(latest)
        .filter_map(|(id, score)| score.map(|s| (id, s)))
        .collect();
    (rubric_id.to_string(), latest)
}

/// A school level as a comparison's label.
pub(super) fn level_label(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::Elementary => "Elementary",
        SchoolLevel::Middle => "Middle",
        SchoolLevel::High => "High",
        SchoolLevel::Other => "Other",
    }
}

/// Adds `n` at `index`, growing the vector as needed.
pub(super) fn bump(counts: &mut Vec<usize>, index: usize, n: usize) {
    if counts.len() <= index {
        counts.resize(index + 1, 0);
    }
    counts[index] += n;
}
