//! `teacher-eval demo`: a realistic sample workspace, the same for the same
//! seed and school year, so a newcomer sees a working app at once and the
//! performance work has data to chew on.

mod bank;
mod measures;
mod people;
mod rng;
pub mod unfinished;
mod visits;

use std::panic::{AssertUnwindSafe, catch_unwind};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::record::{Educator, Measure, Observation};
use crate::rubric::Catalog;
use crate::workspace::{Progress, Reading, Workspace};

/// The default number of educators, enough for every school to have a few.
pub const DEFAULT_EDUCATORS: usize = 24;

/// Everything a demo workspace holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Demo {
    pub educators: Vec<Educator>,
    pub observations: Vec<Observation>,
    /// Student measures of the demo's school year.
    pub measures: Vec<Measure>,
}

/// How many records a demo workspace holds once written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub educators: usize,
    pub observations: usize,
    pub measures: usize,
}

/// Makes `count` educators with their observations and student measures in
/// the school year that contains `today`, none later than `today`. Rubrics come from `catalog`;
/// an educator whose rubric is not loaded gets no observations.
#[must_use]
pub fn generate(count: usize, seed: u64, today: NaiveDate, catalog: &Catalog) -> Demo {
    let educators: Vec<Educator> = (0..count)
        .map(|i| people::educator(seed, i, today, catalog))
        .collect();
    // In educator order on every core; an educator whose visits panicked
    // (a bug) is left without observations, as a failed thread's were.
    let observations = educators
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, e)| {
            catch_unwind(AssertUnwindSafe(|| {
                visits::observations(seed, i, e, today, catalog)
            }))
            .unwrap_or_default()
        })
        .collect();
    let measures = educators
        .iter()
        .enumerate()
        .flat_map(|(i, e)| measures::measures(seed, i, e, today))
        .collect();
    Demo {
        educators,
        observations,
        measures,
    }
}

/// Writes a demo into an empty workspace, calling `progress(done, total)`.
/// Refuses a workspace that holds anything, so sample records never mix
/// with real ones, unless it holds the part of this same demo that an
/// interrupted run wrote: then the rest is written. Returns how many
/// records of each kind the workspace then holds.
pub fn write_demo(
    workspace: &Workspace,
    count: usize,
    seed: u64,
    today: NaiveDate,
    catalog: &Catalog,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Written, String> {
    let existing = workspace.load_with(Reading::FOR_COUNTING, &Progress::default());
    let wanted = unfinished::Unfinished { count, seed, today };
    let today = demo_date(workspace.root(), existing.record_count(), wanted)?;
    let mut demo = generate(count, seed, today, catalog);
    let written: std::collections::HashSet<&str> = existing
        .educators
        .iter()
        .map(|e| e.id.as_str())
        .chain(existing.observations.iter().map(|o| o.id.as_str()))
        .chain(existing.measures.iter().map(|m| m.id.as_str()))
        .collect();
    demo.educators.retain(|e| !written.contains(e.id.as_str()));
    demo.observations
        .retain(|o| !written.contains(o.id.as_str()));
    demo.measures.retain(|m| !written.contains(m.id.as_str()));
    let total = demo.educators.len() + demo.observations.len() + demo.measures.len();
    let after_educators = demo.educators.len();
    let after_observations = after_educators + demo.observations.len();
    workspace
        .create_all(&demo.educators, &|n| progress(n, total))
        .and_then(|()| {
            workspace.create_all(&demo.observations, &|n| {
                progress(after_educators + n, total);
            })
        })
        .and_then(|()| {
            workspace.create_all(&demo.measures, &|n| {
                progress(after_observations + n, total);
            })
        })
        .map_err(|e| e.to_string())?;
    unfinished::finish(workspace.root());
    Ok(Written {
        educators: existing.educators.len() + demo.educators.len(),
        observations: existing.observations.len() + demo.observations.len(),
        measures: existing.measures.len() + demo.measures.len(),
    })
}

/// The day the demo is written as of: `today` for a new demo in an empty
/// workspace (noted as started), the first run's day when this same demo
/// was interrupted; refused when the workspace holds anything else.
fn demo_date(
    root: &std::path::Path,
    held: usize,
    wanted: unfinished::Unfinished,
) -> Result<NaiveDate, String> {
    match unfinished::read(root) {
        Some(left) if (left.count, left.seed) == (wanted.count, wanted.seed) => Ok(left.today),
        Some(left) => Err(format!(
            "the workspace {} holds part of a demo that was stopped ({} educators, seed {}); run `teacher-eval demo --educators {} --seed {}` to finish it",
            root.display(),
            left.count,
            left.seed,
            left.count,
            left.seed
        )),
        None if held > 0 => Err(format!(
            "the workspace {} already holds {held} record{}; the demo is written into an empty workspace only, so real records are never mixed with sample ones",
            root.display(),
            if held == 1 { "" } else { "s" }
        )),
        None => {
            unfinished::start(root, wanted)?;
            Ok(wanted.today)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bank::{self, NoteTemplate, Support};
    use super::*;
    use crate::record::RatingLevel;

    /// Whether `text` could have been filled in from `template`: its fixed
    /// pieces appear in order, the first at the start and the last at the end.
    fn filled_from(template: &NoteTemplate, text: &str) -> bool {
        let pieces: Vec<&str> = template
            .text
            .split('{')
            .enumerate()
            .map(|(i, p)| {
                if i == 0 {
                    p
                } else {
                    p.split_once('}').map_or(p, |(_, rest)| rest)
                }
            })
            .collect();
        let mut rest = text;
        for (i, piece) in pieces.iter().enumerate() {
            let found = if i == 0 {
                rest.starts_with(piece).then_some(0)
            } else {
                rest.find(piece)
            };
            let Some(at) = found else { return false };
            rest = &rest[at + piece.len()..];
        }
        pieces.len() < 2 || rest.is_empty() || text.ends_with(pieces[pieces.len() - 1])
    }

    /// What a note is evidence for, read back from the templates it could come from.
    fn supports(components: &[String], text: &str) -> Vec<Support> {
        let bank = bank::get();
        bank.teacher_notes
            .iter()
            .chain(&bank.coordinator_notes)
            .filter(|t| t.components == components && filled_from(t, text))
            .map(|t| t.support)
            .collect()
    }

    /// The demo's ratings follow from its notes: a note of strong practice
    /// sits under Proficient or Distinguished, a weak one under Basic or
    /// Unsatisfactory, and a rating at either end has a note of its side.
    #[test]
    fn every_rating_rests_on_notes_of_its_side_of_the_scale() {
        let catalog = Catalog::load(&[]);
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
        let mut extremes = 0;
        for seed in 1..=6 {
            for o in generate(24, seed, today, &catalog).observations {
                for r in &o.ratings {
                    let RatingLevel::Level(score) = r.level else {
                        continue;
                    };
                    let sides: Vec<Vec<Support>> = r
                        .evidence
                        .iter()
                        .filter_map(|id| o.evidence.iter().find(|n| n.id == *id))
                        .map(|n| supports(&n.components, &n.text))
                        .collect();
                    assert!(
                        sides.iter().all(|s| !s.is_empty()),
                        "{}: a note of no template",
                        o.id
                    );
                    let wanted = if score >= 3 {
                        Support::Strong
                    } else {
                        Support::Weak
                    };
                    assert!(
                        sides.iter().all(|s| s.contains(&wanted)),
                        "{} {} at {score} rests on {sides:?}",
                        o.id,
                        r.component
                    );
                    if score == 1 || score == 4 {
                        extremes += 1;
                        assert!(
                            !sides.is_empty(),
                            "{} {} at {score} has no note",
                            o.id,
                            r.component
                        );
                    }
                }
            }
        }
        assert!(extremes > 100, "{extremes} ratings at either end");
    }
}
