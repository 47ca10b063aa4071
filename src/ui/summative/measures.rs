//! Student measures (Part B) entered on the evaluation: a form that adds or
//! edits one measure record, checked against the profile's range, then
//! saved by the application as a record of its own; removing one asks first.

use super::{Step, SummativeScreen, sentence};
use crate::record::{IdKind, Measure, MeasurePlan, RECORD_SCHEMA, new_id, now, typed_date};
use crate::scoring::{MeasureRule, trim_number};
use crate::ui::editor::Request;
use crate::ui::failure::Failure;
use crate::workspace::Listed;

/// The id of the score field, focused when the form opens.
pub(super) const SCORE_INPUT: &str = "measure-score";

/// What the evaluator does with the student measures.
#[derive(Debug, Clone)]
pub enum MeasureMessage {
    /// Open the form for a new measure record.
    Add,
    /// Open the form on the record with this id.
    Edit(String),
    /// The profile's measure (by id) the record scores.
    Choose(String),
    Score(String),
    Title(String),
    Source(String),
    Date(String),
    Save,
    Cancel,
    /// Ask to remove the record with this id.
    Remove(String),
}

/// What became of a measure record the screen asked the application to store.
#[derive(Debug, Clone)]
pub enum Stored {
    Saved(Box<Measure>),
    Removed(Box<Measure>),
}

/// The work on a measure record under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Storing {
    Saving,
    Removing,
}

/// The form's fields as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct MeasureFields {
    pub(super) measure: Option<String>,
    pub(super) score: String,
    pub(super) title: String,
    pub(super) source: String,
    pub(super) date: String,
}

/// A measure record being added or edited.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct MeasureForm {
    /// The record edited; `None` adds a new one.
    pub(super) id: Option<String>,
    pub(super) fields: MeasureFields,
    /// The fields as the form opened, so typed work is told from none.
    opened: MeasureFields,
    pub(super) error: Option<String>,
}

impl MeasureForm {
    /// True when something was typed or chosen since the form opened.
    pub(super) fn typed(&self) -> bool {
        self.fields != self.opened
    }
}

impl SummativeScreen {
    pub(super) fn measure_message(&mut self, message: MeasureMessage) -> Request {
        let locked = self.locked();
        match message {
            MeasureMessage::Add | MeasureMessage::Edit(_) | MeasureMessage::Remove(_) if locked => {
                self.measure_problem = Some(
                    "This evaluation is finalised and keeps the student measures it counted; \
                     reopen it to change them."
                        .into(),
                );
            }
            MeasureMessage::Add => return self.open_measure_form(None),
            MeasureMessage::Edit(id) => return self.open_measure_form(Some(id)),
            MeasureMessage::Choose(id) => self.edit_fields(|f| f.measure = Some(id)),
            MeasureMessage::Score(text) => self.edit_fields(|f| f.score = text),
            MeasureMessage::Title(text) => self.edit_fields(|f| f.title = text),
            MeasureMessage::Source(text) => self.edit_fields(|f| f.source = text),
            MeasureMessage::Date(text) => self.edit_fields(|f| f.date = text),
            MeasureMessage::Save => return self.submit_measure(),
            MeasureMessage::Cancel if self.storing != Some(Storing::Saving) => {
                self.measure_form = None;
            }
            MeasureMessage::Remove(id) if self.storing.is_none() => {
                if self.measures.iter().any(|m| m.id == id) {
                    self.asking = Some(Step::RemoveMeasure(id));
                }
            }
            MeasureMessage::Cancel | MeasureMessage::Remove(_) => {}
        }
        Request::None
    }

    /// True while a measure record is being saved or removed.
    pub fn is_storing_measure(&self) -> bool {
        self.storing.is_some()
    }

    /// Why something typed is not stored (and would be lost on leaving).
    pub fn unstored(&self) -> Option<String> {
        let form = self.measure_form.as_ref()?;
        (form.typed() && self.storing != Some(Storing::Saving)).then(|| {
            "A student measure is being entered and is not saved: save it or cancel it.".into()
        })
    }

    /// The application saved or removed a measure record (or could not).
    pub fn measure_stored(&mut self, result: Result<Stored, Failure>) -> Request {
        let storing = self.storing.take();
        match result {
            Ok(Stored::Saved(measure)) => {
                let form_id = self.measure_form.as_ref().map(|f| f.id.clone());
                if form_id == Some(None) || form_id == Some(Some(measure.id.clone())) {
                    self.measure_form = None;
                }
                self.measures.retain(|m| m.id != measure.id);
                self.measures.push(*measure);
                self.measures.sort_by(Measure::order);
                self.measure_problem = None;
            }
            Ok(Stored::Removed(measure)) => {
                self.measures.retain(|m| m.id != measure.id);
                self.measure_problem = None;
                if self
                    .measure_form
                    .as_ref()
                    .is_some_and(|f| f.id.as_deref() == Some(measure.id.as_str()))
                {
                    self.measure_form = None;
                }
            }
            Err(error) => match (storing, self.measure_form.as_mut()) {
                (Some(Storing::Saving), Some(form)) => {
                    form.error = Some(format!(
                        "The measure was not saved: {error}. What you typed is still here."
                    ));
                }
                _ => self.measure_problem = Some(format!("The measure was not removed: {error}.")),
            },
        }
        Request::None
    }

    /// Opens the form on a record, or on a new one; refused while another
    /// form holds typed work, which would be lost.
    fn open_measure_form(&mut self, id: Option<String>) -> Request {
        if let Some(form) = self.measure_form.as_mut()
            && (form.typed() || self.storing == Some(Storing::Saving))
        {
            form.error = Some("Save or cancel the measure being entered first.".into());
            return Request::None;
        }
        let fields = match &id {
            Some(id) => match self.measures.iter().find(|m| &m.id == id) {
                Some(m) => MeasureFields {
                    measure: Some(m.measure.clone()),
                    score: m.score.map(trim_number).unwrap_or_default(),
                    title: m.title.clone(),
                    source: m.source.clone(),
                    date: m.date.map(|d| self.dates.format(d)).unwrap_or_default(),
                },
                None => return Request::None,
            },
            None => MeasureFields {
                measure: self.next_measure(),
                ..MeasureFields::default()
            },
        };
        self.measure_form = Some(MeasureForm {
            id,
            opened: fields.clone(),
            fields,
            error: None,
        });
        Request::Focus(SCORE_INPUT)
    }

    /// The measure a new record most likely scores: the first weighted one
    /// with no record yet, else the profile's first.
    fn next_measure(&self) -> Option<String> {
        let missing = self.scored().ok().and_then(|scored| {
            scored
                .result
                .measures
                .iter()
                .find(|m| m.records.is_empty())
                .map(|m| m.id.clone())
        });
        missing.or_else(|| {
            self.profiles
                .get(&self.summative.profile_id)
                .and_then(|p| p.measures.first())
                .map(|m| m.id.clone())
        })
    }

    fn edit_fields(&mut self, change: impl FnOnce(&mut MeasureFields)) {
        if self.storing == Some(Storing::Saving) {
            return;
        }
        if let Some(form) = self.measure_form.as_mut() {
            change(&mut form.fields);
            form.error = None;
        }
    }

    /// Checks the form and asks for the record to be saved.
    fn submit_measure(&mut self) -> Request {
        if self.storing.is_some() {
            return Request::None;
        }
        let Some(form) = &self.measure_form else {
            return Request::None;
        };
        match self.measure_record(form) {
            Ok((measure, new)) => {
                self.storing = Some(Storing::Saving);
                Request::SaveMeasure {
                    measure: Box::new(measure),
                    new,
                }
            }
            Err(why) => {
                if let Some(form) = self.measure_form.as_mut() {
                    form.error = Some(why);
                }
                Request::None
            }
        }
    }

    /// The record the form describes, and whether it is new; or the sentence
    /// saying what to correct.
    fn measure_record(&self, form: &MeasureForm) -> Result<(Measure, bool), String> {
        let f = &form.fields;
        let Some(kind) = f.measure.as_deref() else {
            return Err("Choose the measure this score is for.".into());
        };
        let score = match f.score.trim() {
            "" => None,
            typed => Some(read_score(typed, self.measure_rule(kind))?),
        };
        let date = typed_date(&f.date, self.dates).map_err(|e| e.to_string())?;
        let at = now();
        let (mut measure, new) = match &form.id {
            Some(id) => (
                self.measures.iter().find(|m| &m.id == id).cloned().ok_or(
                    "This measure is no longer in the workspace; cancel and add it again.",
                )?,
                false,
            ),
            None => (self.new_measure(at), true),
        };
        kind.clone_into(&mut measure.measure);
        measure.score = score;
        f.title.trim().clone_into(&mut measure.title);
        f.source.trim().clone_into(&mut measure.source);
        measure.date = date;
        measure.changed = at;
        Ok((measure, new))
    }

    /// The profile's rule for the measure `id`, if the profile has one.
    pub(super) fn measure_rule(&self, id: &str) -> Option<&MeasureRule> {
        self.profiles
            .get(&self.summative.profile_id)?
            .measures
            .iter()
            .find(|m| m.id == id)
    }

    fn new_measure(&self, at: crate::record::Timestamp) -> Measure {
        Measure {
            schema: RECORD_SCHEMA,
            id: new_id(IdKind::Measure),
            educator_id: self.summative.educator_id.clone(),
            school_year: self.summative.school_year.clone(),
            measure: String::new(),
            title: String::new(),
            score: None,
            source: String::new(),
            date: None,
            plan: MeasurePlan::default(),
            created: at,
            changed: at,
        }
    }
}

/// A typed score, checked against the measure's range when the profile has it.
fn read_score(typed: &str, rule: Option<&MeasureRule>) -> Result<f64, String> {
    let value = typed
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| {
            format!(
                "\u{201c}{typed}\u{201d} is not a score: type it in figures, e.g. 2.5, or leave \
                 it empty while the score is pending."
            )
        })?;
    if let Some(rule) = rule
        && let Err(why) = rule.convert(value)
    {
        let (low, high) = rule.range;
        return Err(format!(
            "{} Type a score from {} to {}, or leave it empty while it is pending.",
            sentence(&why),
            trim_number(low),
            trim_number(high)
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::read_score;
    use crate::scoring::MeasureRule;

    fn building() -> MeasureRule {
        MeasureRule {
            id: "building".into(),
            name: "Building Level Score (0-3)".into(),
            part: "B.1".into(),
            range: (0.0, 3.0),
            conversion: Vec::new(),
        }
    }

    #[test]
    fn a_score_is_read_in_figures_and_within_its_range() {
        assert_eq!(read_score("2.5", Some(&building())), Ok(2.5));
        assert_eq!(read_score("3", Some(&building())), Ok(3.0));
        assert_eq!(
            read_score("4", Some(&building())),
            Err(
                "Building Level Score (0-3) 4 is outside 0-3. Type a score from 0 to 3, or \
                 leave it empty while it is pending."
                    .into()
            )
        );
        for typed in ["2,5", "NaN", "inf", "two"] {
            assert!(read_score(typed, Some(&building())).is_err(), "{typed}");
        }
        // A measure the profile does not know is kept as typed.
        assert_eq!(read_score("87", None), Ok(87.0));
    }
}
