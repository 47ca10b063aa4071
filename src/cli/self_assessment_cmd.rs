//! `teacher-eval self-assessment set | show | submit`: an educator's own
//! levels, evidence and goals for a school year, saved through
//! `workspace::amend_and_save_self_assessment`, and shown beside the
//! evaluation by `scoring::compare`.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::amend_cmd::author;
use super::args::{SelfAssessmentCommand, SelfAssessmentSet};
use super::output::{catalog, fail, load_for_reading, open_for_writing, print_out};
use super::school_year::{self, educator, profiles};
use crate::files::folders::Folders;
use crate::record::{Educator, ProposedGoal, SelfAssessment, SelfStatus, Supplied};
use crate::rubric::{Rubric, parse_tags};
use crate::scoring::{Comparison, compare, self_level_text};
use crate::workspace::{
    Progress, Reading, Workspace, amend_and_save_self_assessment, stored_self_assessment,
};

pub fn run(command: SelfAssessmentCommand, folders: &Folders) -> ExitCode {
    let done = match command {
        SelfAssessmentCommand::Set(args) => set(&args, folders),
        SelfAssessmentCommand::Show { which, json } => show(
            &which.educator,
            which.year.as_deref(),
            which.profile.as_deref(),
            json,
            folders,
        ),
        SelfAssessmentCommand::Submit { educator, year } => {
            submit(&educator, year.as_deref(), folders)
        }
    };
    match done {
        Ok(text) => {
            print_out(&text);
            ExitCode::SUCCESS
        }
        // Opening the workspace said why already.
        Err(message) if message.is_empty() => ExitCode::FAILURE,
        Err(message) => fail(message),
    }
}

/// The workspace to change, and the educator from it.
fn open(folders: &Folders, id: &str) -> Result<(Workspace, Educator), String> {
    let workspace = open_for_writing(folders).map_err(|_| String::new())?;
    let contents = workspace.load_with(Reading::EDUCATORS, &Progress::default());
    let found = educator(&contents, id)?.clone();
    Ok((workspace, found))
}

fn set(args: &SelfAssessmentSet, folders: &Folders) -> Result<String, String> {
    let year = school_year::school_year(args.year.as_deref())?;
    let supplied = args.supplied.as_deref().map(supplied_by).transpose()?;
    let (workspace, educator) = open(folders, &args.educator)?;
    let catalog = catalog(folders);
    let id = SelfAssessment::id_for(&educator.id, &year);
    let stored = stored_self_assessment(&workspace, &id).map_err(|e| format!("{e}."))?;
    let who = author(args.by.as_deref(), args.reason.as_deref());
    let mut next = if let Some(stored) = &stored {
        stored.clone()
    } else {
        let entry = catalog.get(&educator.rubric_id);
        let fingerprint = entry.map(|e| e.fingerprint.as_str()).unwrap_or_default();
        SelfAssessment::new(
            &educator.id,
            &year,
            (&educator.rubric_id, fingerprint),
            supplied.unwrap_or(Supplied::Evaluator),
            &who.name,
        )
    };
    let rubric = &catalog
        .get(&next.rubric_id)
        .ok_or_else(|| {
            format!(
                "the rubric `{}` is not loaded, so its components and levels are not known.",
                next.rubric_id
            )
        })?
        .rubric;
    apply(&mut next, args, rubric)?;
    if let Some(supplied) = supplied {
        next.supplied = supplied;
    }
    let before = stored.as_ref().map(|s| s.trail.amendments.len());
    let saved = amend_and_save_self_assessment(&workspace, next, &who, Some(rubric))
        .map_err(|e| format!("{e}."))?;
    let amended = before.map_or(0, |n| saved.trail.amendments.len().saturating_sub(n));
    Ok(format!(
        "{} the self-assessment {} of {} for {year}: {} assessed, {}{}.\n",
        if stored.is_some() { "Saved" } else { "Started" },
        saved.id,
        educator.name,
        crate::text::count(
            saved
                .components
                .iter()
                .filter(|r| r.level.is_some())
                .count(),
            "component",
            "components"
        ),
        crate::text::count(saved.goals.len(), "goal", "goals"),
        if amended > 0 {
            " (recorded as an amendment)"
        } else {
            ""
        }
    ))
}

/// The levels, evidence and goals typed, put into `next`.
fn apply(
    next: &mut SelfAssessment,
    args: &SelfAssessmentSet,
    rubric: &Rubric,
) -> Result<(), String> {
    for pair in &args.levels {
        let (component, typed) = split_pair(pair, "--level", "1a=proficient")?;
        let component = component_id(rubric, component)?;
        let level = parse_level(rubric, typed)?;
        next.set(&component, level, None);
    }
    for pair in &args.evidence {
        let (component, text) = split_pair(pair, "--evidence", "1a=Unit plans cite the standards")?;
        let component = component_id(rubric, component)?;
        let level = next.level_of(&component);
        next.set(&component, level, Some(text.trim()));
    }
    next.sort_by_rubric(rubric);
    if args.clear_goals {
        next.goals.clear();
    }
    for typed in &args.goals {
        let tagged = parse_tags(rubric, typed);
        if tagged.text.trim().is_empty() {
            return Err(format!(
                "the goal `{typed}` has no words besides its components."
            ));
        }
        next.goals.push(ProposedGoal {
            text: tagged.text.trim().to_string(),
            components: tagged.components,
        });
    }
    Ok(())
}

pub(super) fn split_pair<'a>(
    pair: &'a str,
    option: &str,
    example: &str,
) -> Result<(&'a str, &'a str), String> {
    pair.split_once('=')
        .map(|(c, v)| (c.trim(), v))
        .ok_or_else(|| {
            format!("{option} takes COMPONENT=VALUE, e.g. {option} {example}; `{pair}` has no `=`.")
        })
}

/// The rubric's id of a component typed in any case, or a sentence listing its components.
pub(super) fn component_id(rubric: &Rubric, typed: &str) -> Result<String, String> {
    rubric
        .component(typed)
        .map(|c| c.id.clone())
        .ok_or_else(|| {
            let ids: Vec<&str> = rubric.components().map(|c| c.id.as_str()).collect();
            format!(
                "the rubric {} has no component `{typed}`; its components are {}.",
                rubric.id,
                ids.join(", ")
            )
        })
}

/// A level by score or name, or `not-assessed` (`None`).
pub(super) fn parse_level(rubric: &Rubric, typed: &str) -> Result<Option<u32>, String> {
    let typed = typed.trim();
    if crate::text::same_text(typed, "not-assessed")
        || crate::text::same_text(typed, "not assessed")
    {
        return Ok(None);
    }
    rubric
        .levels
        .iter()
        .find(|l| l.score.to_string() == typed || crate::text::same_text(&l.name, typed))
        .map(|l| Some(l.score))
        .ok_or_else(|| {
            let names: Vec<String> = (rubric.levels.iter())
                .map(|l| format!("{} ({})", l.name, l.score))
                .collect();
            format!(
                "`{typed}` is not a level of {}; use one of {} or not-assessed.",
                rubric.id,
                names.join(", ")
            )
        })
}

fn supplied_by(typed: &str) -> Result<Supplied, String> {
    match typed.trim().to_lowercase().as_str() {
        "evaluator" => Ok(Supplied::Evaluator),
        "educator" => Ok(Supplied::Educator),
        _ => Err(format!(
            "--supplied takes evaluator (typed from the educator's paper form) or educator, not `{typed}`."
        )),
    }
}

fn submit(educator_id: &str, year: Option<&str>, folders: &Folders) -> Result<String, String> {
    let year = school_year::school_year(year)?;
    let (workspace, educator) = open(folders, educator_id)?;
    let id = SelfAssessment::id_for(&educator.id, &year);
    let Some(mut next) = stored_self_assessment(&workspace, &id).map_err(|e| format!("{e}."))?
    else {
        return Err(none_for(&educator, &year));
    };
    let who = author(None, None);
    if let SelfStatus::Submitted { at } = next.status {
        return Err(format!(
            "the self-assessment {id} was submitted on {} already.",
            at.format("%Y-%m-%d %H:%M")
        ));
    }
    next.submit(who.at);
    amend_and_save_self_assessment(&workspace, next, &who, None).map_err(|e| format!("{e}."))?;
    Ok(format!(
        "Submitted the self-assessment {id} of {} for {year}; from now on every change is an amendment.\n",
        educator.name
    ))
}

fn none_for(educator: &Educator, year: &str) -> String {
    format!(
        "{} has no self-assessment for {year}; start one with `teacher-eval self-assessment set {} --year {year} --level …`.",
        educator.name, educator.id
    )
}

fn show(
    educator_id: &str,
    year: Option<&str>,
    profile: Option<&str>,
    json_out: bool,
    folders: &Folders,
) -> Result<String, String> {
    let year = school_year::school_year(year)?;
    let contents = load_for_reading(folders, Reading::FOR_COUNTING).map_err(|_| String::new())?;
    let educator = educator(&contents, educator_id)?;
    let mine = contents
        .self_assessment_for(&educator.id, &year)
        .ok_or_else(|| none_for(educator, &year))?;
    let catalog = catalog(folders);
    let profiles = profiles(folders);
    let chosen = school_year::summative(&contents, educator, &year, profile, &profiles)?;
    let failed = format!(
        "the {year} evaluation of {} cannot be scored",
        educator.name
    );
    let scored = chosen.score(educator, &contents, &catalog, &profiles, &failed)?;
    let comparison = compare(&scored.outcome, scored.rubric, mine);
    let shown = Shown {
        mine,
        educator,
        rubric: scored.rubric,
        comparison: &comparison,
        evaluation: (&chosen.summative.id, chosen.stored),
    };
    Ok(if json_out {
        format!("{}\n", shown.json())
    } else {
        shown.text()
    })
}

/// What `show` prints, worked out once.
struct Shown<'a> {
    mine: &'a SelfAssessment,
    educator: &'a Educator,
    rubric: &'a Rubric,
    comparison: &'a Comparison,
    /// The evaluation compared with, and whether it is stored.
    evaluation: (&'a str, bool),
}

impl Shown<'_> {
    fn status(&self) -> String {
        match &self.mine.status {
            SelfStatus::Draft => "draft".into(),
            SelfStatus::Submitted { at } => format!("submitted {}", at.format("%Y-%m-%d %H:%M")),
        }
    }

    fn evaluator_text(&self, level: Option<u32>) -> String {
        level.map_or_else(
            || "not rated".into(),
            |l| self_level_text(self.rubric, Some(l)),
        )
    }

    fn text(&self) -> String {
        let m = self.mine;
        let mut out = format!(
            "{} ({}), {} for {}: supplied by the {}{}\n",
            m.id,
            self.status(),
            self.educator.name,
            m.school_year,
            m.supplied.key(),
            if m.entered_by.is_empty() {
                String::new()
            } else {
                format!(", entered by {}", m.entered_by)
            }
        );
        let (id, stored) = self.evaluation;
        let _ = writeln!(
            out,
            "Beside the evaluation {id}{}:",
            if stored { "" } else { " (a draft, not saved)" }
        );
        for r in &self.comparison.rows {
            let difference = r.difference.map_or(String::new(), |d| format!("  ({d:+})"));
            let flag = if r.on_agenda() { "  agenda" } else { "" };
            let _ = writeln!(
                out,
                "  {:<6} evaluator {:<14} educator {}{difference}{flag}",
                r.component,
                self.evaluator_text(r.evaluator),
                self_level_text(self.rubric, r.educator)
            );
            if !r.evidence.trim().is_empty() {
                let _ = writeln!(out, "         evidence: {}", r.evidence.trim());
            }
        }
        self.agenda_and_goals(&mut out);
        out
    }

    fn agenda_and_goals(&self, out: &mut String) {
        let agenda: Vec<String> = (self.comparison.agenda())
            .map(|r| {
                format!(
                    "  {} {}: evaluator {}, educator {}",
                    r.component,
                    r.name,
                    self.evaluator_text(r.evaluator),
                    self_level_text(self.rubric, r.educator)
                )
            })
            .collect();
        if agenda.is_empty() {
            out.push_str("Conference agenda: none (no component two levels or more apart).\n");
        } else {
            let _ = writeln!(out, "Conference agenda ({}):", agenda.len());
            out.push_str(&agenda.join("\n"));
            out.push('\n');
        }
        if !self.comparison.unmatched.is_empty() {
            let _ = writeln!(
                out,
                "Not in the evaluation (kept): {}",
                self.comparison.unmatched.join(", ")
            );
        }
        let _ = writeln!(out, "Proposed goals ({}):", self.mine.goals.len());
        for g in &self.mine.goals {
            let tags = if g.components.is_empty() {
                String::new()
            } else {
                format!(" [{}]", g.components.join(", "))
            };
            let _ = writeln!(out, "  {}{tags}", g.text);
        }
        let amendments = self.mine.trail.amendments.len();
        if amendments > 0 {
            let _ = writeln!(
                out,
                "Amendments since submitted: {amendments} (teacher-eval history show {})",
                self.mine.id
            );
        }
    }

    fn json(&self) -> serde_json::Value {
        let m = self.mine;
        let level_name =
            |l: Option<u32>| l.and_then(|l| self.rubric.level(l)).map(|l| l.name.clone());
        let rows: Vec<_> = (self.comparison.rows.iter())
            .map(|r| {
                json!({
                    "id": r.component, "name": r.name, "domain": r.domain,
                    "evaluator_level": r.evaluator, "evaluator_level_name": level_name(r.evaluator),
                    "educator_level": r.educator, "educator_level_name": level_name(r.educator),
                    "assessed": r.educator.is_some(), "evidence": r.evidence,
                    "difference": r.difference, "on_agenda": r.on_agenda(),
                })
            })
            .collect();
        let submitted = match &m.status {
            SelfStatus::Submitted { at } => Some(at.to_rfc3339()),
            SelfStatus::Draft => None,
        };
        json!({
            "id": m.id, "educator_id": m.educator_id, "educator_name": self.educator.name,
            "school_year": m.school_year, "rubric_id": m.rubric_id,
            "status": if submitted.is_some() { "submitted" } else { "draft" },
            "submitted_at": submitted, "supplied": m.supplied.key(), "entered_by": m.entered_by,
            "created": m.created.to_rfc3339(), "changed": m.changed.to_rfc3339(),
            "summative_id": self.evaluation.0, "summative_stored": self.evaluation.1,
            "components": rows,
            "agenda": self.comparison.agenda().map(|r| r.component.clone()).collect::<Vec<_>>(),
            "unmatched": self.comparison.unmatched,
            "goals": m.goals.iter().map(|g| json!({"text": g.text, "components": g.components})).collect::<Vec<_>>(),
            "amendments": m.trail.amendments.len(),
        })
    }
}
