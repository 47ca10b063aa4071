//! Compiling a summary: merge the sources, choose the educators the filter
//! matches, count their year on every core, and shape the result.

use std::collections::{HashMap, HashSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use rayon::prelude::*;

use super::finish::{evaluator_name, finish};
use super::lookfor_trends::add_trends;
use super::merge::{Merged, Seen, merge};
use super::model::{DegreeStanding, EducatorLine, Filter, Options, ProfileUse, Summary, WITHHELD};
use super::names::{Names, fold};
use super::rubrics::Rubrics;
use super::source::Source;
use super::suppress::suppress;
use super::tally::{Context, Tally, Work, level_label};
use crate::record::{Educator, Observation, PlanKind, Summative, meets_minimum};
use crate::rubric::Catalog;
use crate::scoring::{
    DEFAULT_PROFILE, Profiles, counts_in_year, in_school_year, parse_school_year, school_year_of,
};
use crate::workspace::{Settings, latest_summative};

/// Compiles the summary of `sources` for the options' filter. Never fails:
/// what cannot be read or counted is listed in the summary itself. An
/// archived educator counts in the years they worked (`counts_in_year`).
#[must_use]
pub fn compile(
    sources: &[Source],
    catalog: &Catalog,
    profiles: &Profiles,
    options: &Options,
) -> Summary {
    let (year, bad_year) = school_year(options);
    let merged = merge(sources);
    let settings = sources.first().map(|s| &s.contents.settings);
    let works = works(&merged, &year, options, settings);
    let orphans = orphans(&merged, &year);
    let mut schools = works.iter().map(|w| w.educator.school.as_str());
    let names = Names::new(
        options.deidentify,
        works.iter().map(|w| w.educator.id.as_str()),
        works.iter().map(|w| w.educator.evaluator.as_str()).chain(
            works
                .iter()
                .flat_map(|w| w.visits.iter().map(Seen::observer)),
        ),
        (options.deidentify && options.code_schools)
            .then_some(&mut schools as &mut dyn Iterator<Item = &str>),
    );
    let rubrics = Rubrics::new(catalog);
    let cx = Context {
        year: &year,
        catalog,
        profiles,
        rubrics: &rubrics,
        names: &names,
        profile: options.profile_id.as_deref(),
        settings,
    };
    let tally = count(&works, &cx);
    let used = profiles_used(&cx);
    let observed = options.deidentify.then(|| observed_by(&works, &cx));

    let mut summary = finish(tally, &cx);
    summary.filter = options.filter.clone();
    summary.filter.year = Some(year.clone());
    summary.year.clone_from(&year);
    summary.deidentified = options.deidentify;
    summary.min_observations = options.min_observations;
    summary.profiles = used;
    sourced(&mut summary, sources, merged.duplicates, options.deidentify);
    summary.profile_basis = profile_basis(&summary, options);
    summary.warnings.extend(bad_year);
    summary.warnings.extend(orphans);
    summary.coverage = summary
        .educators
        .iter()
        .filter(|row| row.line.observations < options.min_observations)
        .map(|row| row.line.clone())
        .collect();
    follow_up(&mut summary);
    if options.deidentify {
        withhold(&mut summary, options, &names, &observed.unwrap_or_default());
    }
    let visits = works
        .iter()
        .flat_map(|w| w.visits.iter().map(|v| (w.educator, *v)));
    add_trends(&mut summary, visits, &cx);
    summary
}

/// The year asked for ("2026-2027" is read as "2026-27"), else this one;
/// text that is no school year matches nothing, and why is said.
fn school_year(options: &Options) -> (String, Option<String>) {
    match options.filter.year.as_deref() {
        None => (school_year_of(crate::record::now().date_naive()), None),
        Some(text) => match parse_school_year(text) {
            Ok(year) => (year, None),
            Err(why) => (text.to_string(), Some(why)),
        },
    }
}

/// The profiles the educators are scored under: the one chosen, else the
/// settings' profile for every role, then each other profile the settings
/// give some roles. From the settings, not from who is counted, so the list
/// tells nothing of which roles a de-identified summary covers.
fn profiles_used(cx: &Context) -> Vec<ProfileUse> {
    let main = cx.profile.unwrap_or_else(|| {
        cx.settings
            .map_or(DEFAULT_PROFILE, Settings::scoring_profile)
    });
    let mut used = vec![profile_use(main, cx.profiles)];
    let by_role = cx
        .settings
        .filter(|_| cx.profile.is_none())
        .map(|s| &s.role_profiles);
    for (role, id) in by_role.into_iter().flatten() {
        if id == main {
            continue;
        }
        match used.iter_mut().skip(1).find(|u| u.id == *id) {
            Some(u) => u.roles.push(role.clone()),
            None => used.push(ProfileUse {
                roles: vec![role.clone()],
                ..profile_use(id, cx.profiles)
            }),
        }
    }
    used
}

fn profile_use(id: &str, profiles: &Profiles) -> ProfileUse {
    let profile = profiles.get(id);
    ProfileUse {
        id: id.to_string(),
        title: profile.map_or_else(|| format!("{id} (not loaded)"), |p| p.title.clone()),
        source: profile.map(|p| p.source.clone()).unwrap_or_default(),
        roles: Vec::new(),
    }
}

/// Where the profiles come from, in a sentence, naming the source whose
/// settings were used (as the summary labels it).
fn profile_basis(summary: &Summary, options: &Options) -> String {
    if options.profile_id.is_some() {
        return "Chosen for this summary: every educator is scored under it.".into();
    }
    let first = summary
        .sources
        .first()
        .map_or("the first source", String::as_str);
    match summary.sources.len() {
        0 | 1 => format!(
            "The scoring profiles set in {first} (the workspace's, and any set for a role)."
        ),
        n => format!(
            "The scoring profiles set in {first}, the first of {n} sources; the other sources' settings are not used, so every educator is scored under the same rules."
        ),
    }
}

/// An educator to count and their records as the sources keep them (see
/// [`Work`], which counting makes of it).
struct ToCount<'s> {
    educator: &'s Educator,
    /// Every observation of theirs, any year, oldest first.
    visits: Vec<Seen<'s>>,
    summative: Option<&'s Summative>,
    improvement_plan: bool,
    measures: Vec<&'s crate::record::Measure>,
}

/// The educators the filter matches who count in the year, each with their
/// records: every observation, oldest first; the year's evaluation changed
/// last; whether an improvement plan is on file.
fn works<'s>(
    merged: &Merged<'s>,
    year: &str,
    options: &Options,
    settings: Option<&Settings>,
) -> Vec<ToCount<'s>> {
    let mut observations: HashMap<&str, Vec<Seen<'s>>> = HashMap::new();
    for seen in &merged.observations {
        observations
            .entry(&seen.visit.educator_id)
            .or_default()
            .push(*seen);
    }
    let summatives = year_summatives(merged, year);
    let mut measures: HashMap<&str, Vec<&crate::record::Measure>> = HashMap::new();
    for measure in merged.measures.iter().filter(|m| m.school_year == year) {
        measures
            .entry(measure.educator_id.as_str())
            .or_default()
            .push(measure);
    }
    let improvement_plans: HashSet<&str> = merged
        .growth_plans
        .iter()
        .filter(|p| p.school_year == year && p.kind == PlanKind::Improvement)
        .map(|p| p.educator_id.as_str())
        .collect();
    let counts = |e: &&Educator| {
        let id = e.id.as_str();
        let observed = observations.get(id).is_some_and(|list| {
            list.iter()
                .any(|o| in_school_year(o.visit.started_at.date_naive(), year))
        });
        counts_in_year(e, year, observed || summatives.contains_key(id))
    };
    merged
        .educators
        .iter()
        .copied()
        .filter(|e| matches(e, options, settings))
        .filter(counts)
        .map(|educator| {
            let id = educator.id.as_str();
            let mut mine = observations.get(id).cloned().unwrap_or_default();
            mine.sort_by(|a, b| {
                let (a, b) = (a.visit, b.visit);
                a.started_at.cmp(&b.started_at).then(a.id.cmp(&b.id))
            });
            ToCount {
                educator,
                visits: mine,
                summative: summatives.get(id).copied(),
                improvement_plan: improvement_plans.contains(id),
                measures: measures.remove(id).unwrap_or_default(),
            }
        })
        .collect()
}

/// Each educator's evaluation of the year: the window's and the command
/// line's rule, so a summary counts the evaluation a principal sees.
fn year_summatives<'s>(merged: &Merged<'s>, year: &str) -> HashMap<&'s str, &'s Summative> {
    let mut by_educator: HashMap<&str, Vec<&Summative>> = HashMap::new();
    for summative in merged.summatives.iter().filter(|s| s.school_year == year) {
        by_educator
            .entry(summative.educator_id.as_str())
            .or_default()
            .push(summative);
    }
    by_educator
        .into_iter()
        .filter_map(|(id, list)| latest_summative(list).map(|s| (id, s)))
        .collect()
}

/// A warning for the year's observations of educators in no source.
fn orphans(merged: &Merged, year: &str) -> Option<String> {
    let known: HashSet<&str> = merged.educators.iter().map(|e| e.id.as_str()).collect();
    let orphans = merged
        .observations
        .iter()
        .filter(|o| !known.contains(&*o.visit.educator_id))
        .filter(|o| in_school_year(o.visit.started_at.date_naive(), year))
        .count();
    (orphans > 0).then(|| {
        format!(
            "{orphans} observation{} of the year name{} an educator who is in no source; not counted.",
            if orphans == 1 { "" } else { "s" },
            if orphans == 1 { "s" } else { "" },
        )
    })
}

/// The sources, the files they set aside and the records found in more
/// than one, labelled as de-identification allows.
fn sourced(
    summary: &mut Summary,
    sources: &[Source],
    duplicates: Vec<super::model::Duplicate>,
    deidentify: bool,
) {
    summary.sources = source_labels(sources, deidentify);
    summary.skipped = skipped(sources, deidentify);
    summary.duplicates = duplicates;
    if deidentify {
        let labels = &summary.sources;
        for duplicate in &mut summary.duplicates {
            duplicate.kept = relabel(sources, labels, &duplicate.kept);
            for other in &mut duplicate.also_in {
                *other = relabel(sources, labels, other);
            }
        }
    }
}

/// What de-identification takes out after counting: coded filters and small groups.
fn withhold(
    summary: &mut Summary,
    options: &Options,
    names: &Names,
    observed: &HashMap<String, HashSet<String>>,
) {
    summary.schools_coded = options.code_schools;
    if let Some(school) = &summary.filter.school {
        summary.filter.school = Some(names.school(school));
    }
    if summary.filter.evaluator.is_some() {
        summary.filter.evaluator = Some(WITHHELD.into());
    }
    suppress(summary, options.min_cell, observed);
}

/// Per school and level: how many need an improvement plan, have one on
/// file, and are under the minimum of observations (the PDF's follow-up).
fn follow_up(summary: &mut Summary) {
    let Summary {
        by_school,
        by_level,
        improvement_required,
        coverage,
        ..
    } = summary;
    for (rows, school) in [(by_school, true), (by_level, false)] {
        for row in rows.iter_mut() {
            let here = |l: &&EducatorLine| {
                if school {
                    fold(&l.school) == fold(&row.label)
                } else {
                    l.level.map(level_label) == Some(row.label.as_str())
                }
            };
            row.improvement_required = improvement_required.iter().filter(here).count();
            row.plans_on_file = improvement_required
                .iter()
                .filter(here)
                .filter(|l| l.improvement_plan)
                .count();
            row.under_observed = coverage.iter().filter(here).count();
        }
    }
}

/// For each evaluator as the calibration names them, the educators they
/// observed in the year.
fn observed_by(works: &[ToCount], cx: &Context) -> HashMap<String, HashSet<String>> {
    let mut observed: HashMap<String, HashSet<String>> = HashMap::new();
    for work in works {
        for o in &work.visits {
            if in_school_year(o.visit.started_at.date_naive(), cx.year) {
                observed
                    .entry(evaluator_name(o.observer(), cx))
                    .or_default()
                    .insert(work.educator.id.clone());
            }
        }
    }
    observed
}

/// Whether the educator is one the filter asks for; the minimum degrees
/// are the first source's settings, as the scoring profiles are.
fn matches(educator: &Educator, options: &Options, settings: Option<&Settings>) -> bool {
    let filter = &options.filter;
    let same =
        |wanted: &Option<String>, have: &str| wanted.as_ref().is_none_or(|w| fold(w) == fold(have));
    same(&filter.school, &educator.school)
        && filter.level.is_none_or(|l| l == educator.level)
        && same(&filter.role, &educator.role)
        && same(&filter.evaluator, &educator.evaluator)
        && qualifies(educator, &options.filter, settings)
}

/// The qualification filters: the shortfall rule's answer, and the level recorded.
fn qualifies(educator: &Educator, filter: &Filter, settings: Option<&Settings>) -> bool {
    let q = &educator.qualifications;
    let standing = filter.qualified.is_none_or(|wanted| {
        let minimum = settings.and_then(|s| s.minimum_degree(&educator.role));
        meets_minimum(q, minimum) == Some(wanted == DegreeStanding::Meets)
    });
    let level = filter
        .degree_at_least
        .is_none_or(|at_least| q.degree_level.is_some_and(|has| has >= at_least));
    standing && level
}

/// Counts every educator, in chunks on every core, then merges the tallies
/// in order. A chunk whose counting panicked (a bug, not bad input) is
/// counted as failed: the summary says what is missing.
fn count(works: &[ToCount], cx: &Context) -> Tally {
    let chunk = works
        .len()
        .div_ceil(rayon::current_num_threads().min(8))
        .max(1);
    let tallies: Vec<Result<Tally, usize>> = works
        .par_chunks(chunk)
        .map(|part| {
            catch_unwind(AssertUnwindSafe(|| {
                let mut tally = Tally::default();
                for work in part {
                    count_one(&mut tally, work, cx);
                }
                tally
            }))
            .map_err(|_| part.len())
        })
        .collect();
    let mut total = Tally::default();
    for tally in tallies {
        match tally {
            Ok(tally) => total.merge(tally),
            Err(failed) => total.failed += failed,
        }
    }
    total
}

/// Counts one educator, their observations made again from what the
/// sources keep, for as long as they are counted.
fn count_one(tally: &mut Tally, item: &ToCount, cx: &Context) {
    let observations: Vec<Observation> = item.visits.iter().map(Seen::observation).collect();
    let work = Work {
        educator: item.educator,
        observations: observations.iter().collect(),
        summative: item.summative,
        improvement_plan: item.improvement_plan,
        measures: item.measures.clone(),
    };
    tally.add(&work, cx);
}

/// Sources as given, or numbered when de-identified (a folder's name may be a person's).
fn source_labels(sources: &[Source], deidentify: bool) -> Vec<String> {
    sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if deidentify {
                format!("Source {}", i + 1)
            } else {
                s.label.clone()
            }
        })
        .collect()
}

fn relabel(sources: &[Source], labels: &[String], label: &str) -> String {
    sources
        .iter()
        .position(|s| s.label == label)
        .and_then(|i| labels.get(i))
        .cloned()
        .unwrap_or_default()
}

/// One line per file set aside; de-identified, only its place inside the
/// source (a parser's message may quote the file's text).
fn skipped(sources: &[Source], deidentify: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, source) in sources.iter().enumerate() {
        for item in &source.contents.set_aside {
            if deidentify {
                let inside = item
                    .path
                    .strip_prefix(Path::new(&source.label))
                    .unwrap_or(Path::new("a record file"));
                lines.push(format!(
                    "Source {}: {} could not be read",
                    i + 1,
                    inside.display()
                ));
            } else {
                lines.push(item.to_string());
            }
        }
    }
    lines
}
