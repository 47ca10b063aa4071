//! What counts in the evaluation: the scoring profile, annual or
//! semi-annual, the observations chosen, and the evaluator's own ratings
//! with their reasons.

use super::{Message, OverrideForm, SummativeScreen};
use crate::record::Selection;

impl SummativeScreen {
    /// A change to what counts; refused while the evaluation is finalised.
    pub(super) fn choice_message(&mut self, message: Message, locked: bool) {
        match message {
            Message::Profile(id) if !locked => {
                self.summative.profile_id = id;
                self.changed();
            }
            Message::Period(period) if !locked => self.set_period(period),
            Message::ToggleObservation(id) if !locked => {
                let mut chosen: Vec<String> = match &self.summative.observations {
                    Selection::AllOfYear => self
                        .year_observations()
                        .iter()
                        .map(|o| o.id.clone())
                        .collect(),
                    Selection::Chosen(ids) => ids.clone(),
                };
                match chosen.iter().position(|c| *c == id) {
                    Some(i) => {
                        chosen.remove(i);
                    }
                    None => chosen.push(id),
                }
                self.summative.observations = Selection::Chosen(chosen);
                self.changed();
            }
            Message::CountWholeYear if !locked => {
                self.summative.observations = Selection::AllOfYear;
                self.changed();
            }
            Message::EditOverride(component) if !locked => {
                let existing = self
                    .summative
                    .overrides
                    .iter()
                    .find(|o| o.component == component);
                self.editing = Some(OverrideForm {
                    level: existing.map(|o| o.level),
                    reason: existing.map(|o| o.reason.clone()).unwrap_or_default(),
                    component,
                    error: None,
                });
            }
            Message::OverrideLevel(level) => {
                if let Some(form) = &mut self.editing {
                    form.level = Some(level);
                    form.error = None;
                }
            }
            Message::OverrideReason(reason) => {
                if let Some(form) = &mut self.editing {
                    form.reason = reason;
                    form.error = None;
                }
            }
            Message::ApplyOverride => self.apply_override(),
            Message::CancelOverride => self.editing = None,
            Message::RemoveOverride(component) if !locked => {
                self.summative
                    .overrides
                    .retain(|o| o.component != component);
                self.changed();
            }
            // Changes to a finalised evaluation are refused; it must be reopened first.
            Message::Profile(_)
            | Message::Period(_)
            | Message::ToggleObservation(_)
            | Message::CountWholeYear
            | Message::EditOverride(_)
            | Message::RemoveOverride(_) => {
                self.problem = Some("This evaluation is finalised; reopen it to change it.".into());
            }
            _ => {}
        }
    }

    fn set_period(&mut self, period: crate::record::Period) {
        if self.summative.period != period {
            self.summative.period = period;
            self.changed();
        }
    }
}
