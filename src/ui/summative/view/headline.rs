//! The top of the evaluation: the practice rating and the final rating
//! apart, the plan the rating calls for, and annual or semi-annual.

use crate::ui::button;
use iced::widget::{Column, column, container, row, text};

use super::super::{Message, SummativeScreen};
use crate::record::Period;
use crate::scoring::{MeasureStatus, Scored, ScoringProfile, calls_for_plan, trim_number};
use crate::ui::theme;

/// The ratings, the profile they come from, and the plan they call for.
pub(super) fn headline<'a>(scored: &Scored<'a>) -> Column<'a, Message> {
    let profile = scored.profile;
    let result = &scored.result;
    let mut headline = column![text(practice_line(scored)).font(theme::BOLD).size(18)].spacing(4);
    headline = match (result.score, &result.rating) {
        (Some(score), rating) => {
            let label = rating.as_ref().map(|(label, _)| label.as_str());
            let outcome = result.outcome.as_deref();
            // A long outcome (a condition in words) gets a line of its own.
            let short = outcome.filter(|o| !o.contains('(') && o.len() <= 30);
            let mut line = format!("Final rating {}", fixed(profile, score));
            if let Some(label) = label {
                line = format!("{line} — {label}");
            }
            if let Some(outcome) = short {
                line = format!("{line} ({outcome})");
            }
            headline = headline.push(text(line).font(theme::BOLD).size(26));
            match outcome.filter(|_| short.is_none()) {
                Some(outcome) => headline.push(text(format!("Outcome: {outcome}")).size(14)),
                None => headline,
            }
        }
        (None, _) => headline.push(
            text(pending_line(scored))
                .font(theme::BOLD)
                .size(16)
                .style(theme::muted),
        ),
    };
    headline = headline.push(
        text(format!("{} — {}", profile.title, profile.source))
            .size(13)
            .style(theme::muted),
    );
    if let Some(notice) = plan_notice(scored) {
        headline = headline.push(notice);
    }
    let plan = plan_name(profile);
    headline.push(
        button(text(if scored.plan_required() == Some(true) {
            format!("Create the {plan}")
        } else {
            "Create a growth plan from this evaluation".to_string()
        }))
        .on_press(Message::CreatePlan),
    )
}

/// "Practice rating 1.85 — Proficient".
fn practice_line(scored: &Scored) -> String {
    let o = &scored.outcome;
    match (o.score, &o.rating) {
        (Some(score), Some((label, _))) => {
            format!("Practice rating {} — {label}", fixed(scored.profile, score))
        }
        (Some(score), None) => format!("Practice rating {}", fixed(scored.profile, score)),
        (None, _) => "No rated components yet".into(),
    }
}

/// Why there is no final rating: the measures pending as one list, other
/// reasons (nothing rated, no rules for the year, a score out of range) apart.
fn pending_line(scored: &Scored) -> String {
    let result = &scored.result;
    let measures: Vec<String> = result
        .measures
        .iter()
        .filter(|m| {
            m.weight > 0.0
                && matches!(
                    m.status,
                    MeasureStatus::Pending | MeasureStatus::NotRecorded
                )
        })
        .map(|m| format!("{} ({})", m.name, m.status.word()))
        .collect();
    let mut reasons: Vec<String> = result
        .pending
        .iter()
        .filter(|p| !measures.contains(p))
        .cloned()
        .collect();
    if !measures.is_empty() {
        reasons.push(format!("student measures pending: {}", measures.join(", ")));
    }
    if reasons.is_empty() {
        "No final rating yet".into()
    } else {
        format!("No final rating yet: {}", reasons.join("; "))
    }
}

/// What the rating says about a plan: required by the final rating, or,
/// while measures are pending, possibly required once they are in.
fn plan_notice<'a>(scored: &Scored) -> Option<iced::Element<'a, Message>> {
    let profile = scored.profile;
    let plan = plan_name(profile);
    let said = match scored.plan_required() {
        Some(true) => {
            let timeline = profile
                .plan
                .as_ref()
                .map(|p| format!(" {}", p.timeline.trim()))
                .unwrap_or_default();
            format!("This rating calls for {} {plan}.{timeline}", article(plan))
        }
        None if scored
            .outcome
            .rating
            .as_ref()
            .is_some_and(|(_, band)| calls_for_plan(profile, *band)) =>
        {
            format!(
                "The practice rating is in a band that calls for {} {plan}; whether one is \
                 required depends on the final rating, once the student measures are in.",
                article(plan)
            )
        }
        _ => return None,
    };
    Some(
        container(text(said))
            .padding(8)
            .style(theme::warning_panel)
            .into(),
    )
}

/// The state's name for the plan a low rating calls for.
fn plan_name(profile: &ScoringProfile) -> &str {
    profile
        .plan
        .as_ref()
        .map_or("improvement plan", |p| p.name.as_str())
}

fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// A score at the profile's decimals ("1.70"), as the state's form prints it.
pub(super) fn fixed(profile: &ScoringProfile, value: f64) -> String {
    let decimals = usize::try_from(profile.decimals.min(4)).unwrap_or(2);
    if value.is_finite() {
        format!("{value:.decimals$}")
    } else {
        trim_number(value)
    }
}

impl SummativeScreen {
    /// Annual or semi-annual, as chips while a draft, and the weights that follow.
    pub(super) fn period_line<'a>(&self, scored: &Scored<'a>) -> Column<'a, Message> {
        let locked = self.locked();
        let chosen = self.summative.period;
        let chips = [Period::Annual, Period::SemiAnnual].into_iter().fold(
            row![text("Evaluation:").size(14)]
                .spacing(6)
                .align_y(iced::Center),
            |chips, period| {
                chips.push(
                    button(text(period.label()).size(13))
                        .padding([3, 10])
                        .style(theme::chip(period == chosen))
                        .on_press_maybe((!locked).then_some(Message::Period(period))),
                )
            },
        );
        let mut line = column![chips].spacing(2);
        if let Some(w) = scored
            .result
            .weighting
            .as_ref()
            .filter(|w| !w.label.is_empty())
        {
            line = line.push(
                text(format!("Weights applied: {}.", w.label))
                    .size(12)
                    .style(theme::muted),
            );
        }
        line
    }

    /// The educator's employment status in the state's words.
    pub(super) fn employment(&self) -> String {
        let status = self.educator.employment.to_string();
        self.profiles
            .get(&self.summative.profile_id)
            .and_then(|p| p.form.employment.get(&status))
            .cloned()
            .unwrap_or(status)
    }
}
