//! `teacher-eval evaluation show`: an educator's summative evaluation for a
//! school year, as text or JSON, with each component's value and the same
//! sentence of how it was derived that the PDF prints. Reads the workspace
//! without locking it and saves nothing.

use std::fmt::{self, Write as _};
use std::process::ExitCode;

use serde_json::{Value, json};

use super::output::{catalog, fail, load_for_reading, print_out};
use super::school_year;
use crate::files::folders::Folders;
use crate::record::{Educator, Period, Summative};
use crate::report::{derivation_sentence, value_text};
use crate::scoring::{DomainResult, MeasureStatus, Scored};
use crate::workspace::Contents;

/// What `evaluation show` is asked for.
pub struct Show<'a> {
    pub educator_id: &'a str,
    pub year: Option<&'a str>,
    pub profile: Option<&'a str>,
    pub json: bool,
}

pub fn show(args: &Show, folders: &Folders) -> ExitCode {
    match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
        Ok(contents) => match render(args, &contents, folders) {
            Ok(text) => {
                print_out(&text);
                ExitCode::SUCCESS
            }
            Err(message) => fail(message),
        },
        Err(code) => code,
    }
}

fn render(args: &Show, contents: &Contents, folders: &Folders) -> Result<String, String> {
    let educator = school_year::educator(contents, args.educator_id)?;
    let year = school_year::school_year(args.year)?;
    let catalog = catalog(folders);
    let profiles = school_year::profiles(folders);
    let chosen = school_year::summative(contents, educator, &year, args.profile, &profiles)?;
    let failed = format!(
        "the {year} evaluation of {} cannot be scored",
        educator.name
    );
    let scored = chosen.score(educator, contents, &catalog, &profiles, &failed)?;
    let view = View {
        summative: &chosen.summative,
        stored: chosen.stored,
        educator,
        scored: &scored,
    };
    Ok(if args.json {
        format!("{}\n", view.json())
    } else {
        view.text()
    })
}

struct View<'a> {
    summative: &'a Summative,
    stored: bool,
    educator: &'a Educator,
    scored: &'a Scored<'a>,
}

impl View<'_> {
    fn level_name(&self, score: u32) -> Option<String> {
        self.scored.rubric.level(score).map(|l| l.name.clone())
    }

    /// The total of the weights of the domains that have a score.
    fn total_weight(&self) -> f64 {
        self.scored
            .outcome
            .domains
            .iter()
            .filter(|d| d.score.is_some())
            .map(|d| d.weight)
            .sum()
    }

    fn score_text(&self, score: f64) -> String {
        let decimals = self.scored.profile.decimals.min(4) as usize;
        format!("{score:.decimals$}")
    }

    fn json(&self) -> Value {
        let s = self.summative;
        let outcome = &self.scored.outcome;
        let finalized = s.finalized.as_ref();
        let result = &self.scored.result;
        json!({
            "educator_id": self.educator.id,
            "educator_name": self.educator.name,
            "school_year": s.school_year,
            "summative_id": self.stored.then_some(&s.id),
            "stored": self.stored,
            "status": s.status.key(),
            "rubric_id": self.scored.rubric.id,
            "profile_id": self.scored.profile.id,
            "profile_title": self.scored.profile.title,
            "observations": self.scored.counted.iter().map(|o| &o.id).collect::<Vec<_>>(),
            "components": self.components_json(),
            "domains": self.domains_json(),
            "score": outcome.score,
            "rating": outcome.rating.as_ref().map(|(label, _)| label),
            "practice_score": outcome.score,
            "practice_rating": outcome.rating.as_ref().map(|(label, _)| label),
            "period": period_key(s.period),
            "weighting": result.weighting.as_ref().map(|w| &w.label),
            "measures": self.measures_json(),
            "final_score": result.score,
            "final_rating": result.rating.as_ref().map(|(label, _)| label),
            "outcome": result.outcome,
            "pending": result.pending,
            "improvement_plan_required": self.scored.plan_required() == Some(true),
            "missing": outcome.missing,
            "finalized": finalized.is_some(),
            "finalized_by": finalized.map(|f| &f.by),
            "finalized_at": finalized.map(|f| f.at.to_rfc3339()),
            "finalized_score": finalized.and_then(|f| f.score),
            "finalized_rating": finalized.and_then(|f| f.rating.as_ref()),
            "overrides": s.overrides.len(),
            "comments": s.comments,
        })
    }

    /// Each component's value, level and how it was derived.
    fn components_json(&self) -> Vec<Value> {
        self.scored
            .outcome
            .components
            .iter()
            .map(|c| {
                json!({
                    "id": c.id,
                    "name": c.name,
                    "domain": c.domain,
                    "value": c.value,
                    "level": c.level,
                    "level_name": c.level.and_then(|l| self.level_name(l)),
                    "derivation": derivation_sentence(c, self.scored),
                })
            })
            .collect()
    }

    /// Each domain's score and weight, as a share of the domains with a score.
    fn domains_json(&self) -> Vec<Value> {
        let total = self.total_weight();
        self.scored
            .outcome
            .domains
            .iter()
            .map(|d| {
                let share = (d.score.is_some() && total > 0.0).then(|| d.weight / total);
                json!({
                    "id": d.id,
                    "name": d.name,
                    "score": d.score,
                    "weight": d.weight,
                    "weight_percent": share.map(|w| w * 100.0),
                })
            })
            .collect()
    }

    /// Part B: each measure the applied weighting names.
    fn measures_json(&self) -> Vec<Value> {
        self.scored
            .result
            .measures
            .iter()
            .map(|m| {
                json!({
                    "id": m.id,
                    "name": m.name,
                    "part": m.part,
                    "weight": m.weight,
                    "score": m.value,
                    "status": m.status.word(),
                    "records": m.records.iter().map(|r| &r.id).collect::<Vec<_>>(),
                })
            })
            .collect()
    }

    fn text(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = self.write_text(&mut out);
        out
    }

    /// The evaluation as text: standing, observations, domains with their
    /// components, the result and what is missing.
    fn write_text(&self, out: &mut String) -> fmt::Result {
        let s = self.summative;
        let outcome = &self.scored.outcome;
        let standing = match (&s.finalized, self.stored) {
            (Some(f), _) => format!("finalised by {} on {}", f.by, f.at.format("%Y-%m-%d")),
            (None, true) => "draft".into(),
            (None, false) => "draft, not saved".into(),
        };
        writeln!(
            out,
            "{}: {} summative evaluation ({standing})\nProfile: {} ({})",
            self.educator.name, s.school_year, self.scored.profile.title, self.scored.profile.id
        )?;
        self.write_counted(out)?;
        let total = self.total_weight();
        for d in &outcome.domains {
            self.write_domain(out, d, total)?;
        }
        out.push('\n');
        match (outcome.score, &outcome.rating) {
            (Some(score), Some((label, _))) => writeln!(
                out,
                "Practice rating {} on the profile's scale: {label}",
                self.score_text(score)
            )?,
            _ => out.push_str("Practice rating: none yet (no component has a value)\n"),
        }
        self.write_final(out)?;
        for gap in &outcome.missing {
            writeln!(out, "Missing: {gap}")?;
        }
        Ok(())
    }

    /// The final rating with Part B's measures, or why there is none yet.
    fn write_final(&self, out: &mut String) -> fmt::Result {
        let result = &self.scored.result;
        let (Some(score), Some((label, _))) = (result.score, &result.rating) else {
            let why = pending_text(self.scored);
            let why = if why.is_empty() {
                "the final score falls in none of the profile's bands".to_string()
            } else {
                why
            };
            return writeln!(out, "No final rating yet: {why}");
        };
        let outcome = result
            .outcome
            .as_ref()
            .map(|o| format!(" ({o})"))
            .unwrap_or_default();
        writeln!(
            out,
            "Final rating {}: {label}{outcome}",
            self.score_text(score)
        )?;
        // Weights are relative: each is shown as its share of them all.
        let total = result.weighting.as_ref().map_or(0.0, |w| {
            w.practice + result.measures.iter().map(|m| m.weight).sum::<f64>()
        });
        let share = |weight: f64| value_text(weight / total * 100.0);
        if let Some(w) = result.weighting.as_ref().filter(|w| !w.measures.is_empty()) {
            let label = if w.label.is_empty() {
                String::new()
            } else {
                format!(", {}", w.label)
            };
            writeln!(
                out,
                "Part B student measures (practice weighs {}%{label}):",
                share(w.practice)
            )?;
        }
        for m in result.measures.iter().filter(|m| m.weight > 0.0) {
            let value = m.value.map_or_else(|| "-".into(), value_text);
            let part = if m.part.is_empty() {
                String::new()
            } else {
                format!("{} ", m.part)
            };
            writeln!(
                out,
                "  {part}{}: {value} (weight {}%)",
                m.name,
                share(m.weight)
            )?;
        }
        if self.scored.plan_required() == Some(true) {
            let plan = self
                .scored
                .profile
                .plan
                .as_ref()
                .map_or_else(|| "an improvement plan".into(), |p| format!("a {}", p.name));
            writeln!(out, "The final rating calls for {plan}.")?;
        }
        Ok(())
    }

    /// The observations counted, by date and kind.
    fn write_counted(&self, out: &mut String) -> fmt::Result {
        let counted = &self.scored.counted;
        if counted.is_empty() {
            return writeln!(
                out,
                "Observations counted: none in {}; no component has a rating from a visit.",
                self.summative.school_year
            );
        }
        let list: Vec<String> = counted
            .iter()
            .map(|o| format!("{} {}", o.started_at.format("%Y-%m-%d"), o.kind.key()))
            .collect();
        writeln!(
            out,
            "Observations counted: {} ({})",
            counted.len(),
            list.join(", ")
        )
    }

    /// A domain's score and weight, then each of its components.
    fn write_domain(&self, out: &mut String, d: &DomainResult, total: f64) -> fmt::Result {
        let score = d.score.map_or("-".to_string(), |v| self.score_text(v));
        let weight = match d.score {
            Some(_) if total > 0.0 && d.weight > 0.0 => {
                format!("weight {}%", value_text(d.weight / total * 100.0))
            }
            Some(_) => "weight 0%: not counted by this profile".into(),
            None => "not scored".into(),
        };
        writeln!(out, "\n{} {}: {score} ({weight})", d.id, d.name)?;
        for c in self
            .scored
            .outcome
            .components
            .iter()
            .filter(|c| c.domain == d.id)
        {
            let result = match (c.value, c.level.and_then(|l| self.level_name(l))) {
                (Some(v), Some(name)) => format!("{} {name}", value_text(v)),
                (Some(v), None) => value_text(v),
                (None, _) => "not counted".into(),
            };
            writeln!(
                out,
                "  {:<5} {}\n  {:<5} {result} \u{b7} {}",
                c.id,
                c.name,
                "",
                derivation_sentence(c, self.scored),
            )?;
        }
        Ok(())
    }
}

/// "annual" or "semi-annual".
fn period_key(period: Period) -> &'static str {
    match period {
        Period::Annual => "annual",
        Period::SemiAnnual => "semi-annual",
    }
}

/// Why there is no final rating: the weighted measures not yet scored
/// first, as "student measures pending", then anything else (no practice
/// score, no rules for the year). `final_rating` lists the measures' phrases
/// last, one for each weighted measure not scored.
fn pending_text(scored: &Scored) -> String {
    let result = &scored.result;
    let waiting = result
        .measures
        .iter()
        .filter(|m| m.weight > 0.0 && m.status != MeasureStatus::Scored)
        .count();
    let (others, measures) = result
        .pending
        .split_at(result.pending.len().saturating_sub(waiting));
    let mut parts: Vec<String> = Vec::new();
    if !measures.is_empty() {
        parts.push(format!("student measures pending: {}", measures.join("; ")));
    }
    parts.extend(others.iter().cloned());
    parts.join("; ")
}
