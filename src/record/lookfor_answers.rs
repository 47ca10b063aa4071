//! A walkthrough's answers to a look-for form: which form (and the hash of
//! the version used), and one answer per item answered. Evidence, as notes
//! are: saved as typed, and amended through the trail once shared.

use serde::{Deserialize, Serialize};

use crate::rubric::{AnswerKind, LookFor, LookForEntry};

/// The form a walkthrough uses and what was answered on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LookForAnswers {
    pub form_id: String,
    /// The form's content hash when it was chosen, to notice later edits.
    pub form_fingerprint: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<LookForAnswer>,
}

/// One item answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LookForAnswer {
    /// The item's id on the form.
    pub item: String,
    pub value: AnswerValue,
}

/// What the evaluator answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerValue {
    Yes,
    Partly,
    No,
    /// Looked for and not seen in the minutes of the visit.
    NotSeen,
    /// A point on the item's scale, from 1.
    Scale(u32),
    Note(String),
}

/// Why an answer does not fit its item, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("the form `{form}` has no item `{item}`")]
    NoItem { form: String, item: String },
    #[error("`{typed}` is not an answer to `{item}`; use {expected}")]
    DoesNotFit {
        item: String,
        typed: String,
        expected: String,
    },
}

/// Why a form cannot be chosen or answered on this observation, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    #[error("only a walkthrough uses a look-for form, and this is a {0} observation")]
    NotWalkthrough(String),
    #[error(
        "the form `{form}` goes with the rubric {form_rubric}, but the observation is rated against {rubric}"
    )]
    OtherRubric {
        form: String,
        form_rubric: String,
        rubric: String,
    },
    #[error(
        "the observation already has answers on the form `{0}`; a form with answers is not changed"
    )]
    Answered(String),
    #[error("the observation has no look-for form; choose one first")]
    NoForm,
    #[error("the observation's form is `{0}`, which is not loaded")]
    NotLoaded(String),
    #[error(transparent)]
    Answer(#[from] AnswerError),
}

impl super::Observation {
    /// Chooses the look-for form of a walkthrough. Choosing the form it has
    /// changes nothing; another form only while nothing is answered.
    pub fn choose_form(&mut self, entry: &LookForEntry) -> Result<(), FormError> {
        if self.kind != super::ObservationKind::Walkthrough {
            return Err(FormError::NotWalkthrough(self.kind.key().to_string()));
        }
        if entry.form.rubric != self.rubric_id {
            return Err(FormError::OtherRubric {
                form: entry.form.id.clone(),
                form_rubric: entry.form.rubric.clone(),
                rubric: self.rubric_id.clone(),
            });
        }
        match &self.lookfors {
            Some(current) if current.form_id == entry.form.id => Ok(()),
            Some(current) if !current.answers.is_empty() => {
                Err(FormError::Answered(current.form_id.clone()))
            }
            _ => {
                self.lookfors = Some(LookForAnswers::new(entry));
                Ok(())
            }
        }
    }

    /// The form this observation uses, from `catalog`.
    pub fn form<'c>(
        &self,
        catalog: &'c crate::rubric::Catalog,
    ) -> Result<&'c LookForEntry, FormError> {
        let id = &self.lookfors.as_ref().ok_or(FormError::NoForm)?.form_id;
        catalog
            .lookfor(id)
            .ok_or_else(|| FormError::NotLoaded(id.clone()))
    }

    /// Answers `item` of its form as typed (see [`AnswerValue::parse`]), and
    /// says which item (as the form spells it) and what it now holds.
    pub fn answer_typed(
        &mut self,
        form: &crate::rubric::LookForForm,
        item: &str,
        typed: &str,
    ) -> Result<(String, Option<AnswerValue>), FormError> {
        let answers = self.lookfors.as_mut().ok_or(FormError::NoForm)?;
        let found = form.item(item).ok_or_else(|| AnswerError::NoItem {
            form: form.id.clone(),
            item: item.to_string(),
        })?;
        let value = AnswerValue::parse(found, typed)?;
        answers.set(found, value.clone());
        Ok((found.id.clone(), value))
    }
}

impl LookForAnswers {
    /// A form chosen, nothing answered yet.
    #[must_use]
    pub fn new(entry: &LookForEntry) -> LookForAnswers {
        LookForAnswers {
            form_id: entry.form.id.clone(),
            form_fingerprint: entry.fingerprint.clone(),
            answers: Vec::new(),
        }
    }

    /// The answer to an item, if it has one.
    #[must_use]
    pub fn answer(&self, item: &str) -> Option<&AnswerValue> {
        self.answers
            .iter()
            .find(|a| crate::text::same_text(&a.item, item))
            .map(|a| &a.value)
    }

    /// Sets (or, with `None`, takes back) the answer to `item`, keeping the
    /// item's id as the form spells it.
    pub fn set(&mut self, item: &LookFor, value: Option<AnswerValue>) {
        let at = self
            .answers
            .iter()
            .position(|a| crate::text::same_text(&a.item, &item.id));
        match (at, value) {
            (Some(i), Some(value)) => self.answers[i].value = value,
            (Some(i), None) => {
                self.answers.remove(i);
            }
            (None, Some(value)) => self.answers.push(LookForAnswer {
                item: item.id.clone(),
                value,
            }),
            (None, None) => {}
        }
    }
}

impl AnswerValue {
    /// Reads an answer as typed for `item`: yes, partly, no, not-seen (or
    /// y, p, n, s), a point or label of a scale, or a note's text. An empty
    /// note is no answer (`None`).
    pub fn parse(item: &LookFor, typed: &str) -> Result<Option<AnswerValue>, AnswerError> {
        let t = typed.trim();
        let is = |words: &[&str]| words.iter().any(|w| crate::text::same_text(t, w));
        let not_seen = is(&["not-seen", "not seen", "s"]);
        let value = match &item.answer {
            AnswerKind::Note if t.is_empty() => return Ok(None),
            AnswerKind::Note => Some(AnswerValue::Note(t.to_string())),
            _ if not_seen => Some(AnswerValue::NotSeen),
            AnswerKind::YesPartlyNo if is(&["yes", "y"]) => Some(AnswerValue::Yes),
            AnswerKind::YesPartlyNo if is(&["partly", "p"]) => Some(AnswerValue::Partly),
            AnswerKind::YesPartlyNo if is(&["no", "n"]) => Some(AnswerValue::No),
            AnswerKind::Scale(labels) => labels
                .iter()
                .enumerate()
                .find(|(n, label)| t == (n + 1).to_string() || crate::text::same_text(t, label))
                .and_then(|(n, _)| u32::try_from(n + 1).ok())
                .map(AnswerValue::Scale),
            AnswerKind::YesPartlyNo => None,
        };
        value.map(Some).ok_or_else(|| AnswerError::DoesNotFit {
            item: item.id.clone(),
            typed: t.to_string(),
            expected: expected(&item.answer),
        })
    }

    /// The answer in words, as the screen, the report and the trail show it.
    #[must_use]
    pub fn text(&self, kind: &AnswerKind) -> String {
        match self {
            AnswerValue::Yes => "Yes".into(),
            AnswerValue::Partly => "Partly".into(),
            AnswerValue::No => "No".into(),
            AnswerValue::NotSeen => "Not seen".into(),
            AnswerValue::Scale(n) => match kind {
                AnswerKind::Scale(labels) => labels
                    .get((*n as usize).saturating_sub(1))
                    .map_or_else(|| format!("{n}"), |l| format!("{n} ({l})")),
                _ => format!("{n}"),
            },
            AnswerValue::Note(text) => text.clone(),
        }
    }
}

impl AnswerValue {
    /// The answer in words without its form at hand (a scale's point by number).
    #[must_use]
    pub fn plain(&self) -> String {
        match self {
            AnswerValue::Scale(n) => format!("point {n}"),
            other => other.text(&AnswerKind::YesPartlyNo),
        }
    }
}

/// The answers an item takes, for a message.
fn expected(kind: &AnswerKind) -> String {
    match kind {
        AnswerKind::YesPartlyNo => "yes, partly, no or not-seen".into(),
        AnswerKind::Scale(labels) => format!(
            "a point from 1 to {} ({}) or not-seen",
            labels.len(),
            labels.join(", ")
        ),
        AnswerKind::Note => "a short note".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(answer: AnswerKind) -> LookFor {
        LookFor {
            id: "target".into(),
            text: "The target is posted".into(),
            answer,
            components: vec!["3a".into()],
        }
    }

    #[test]
    fn answers_are_read_as_typed() {
        let yes_no = item(AnswerKind::YesPartlyNo);
        assert_eq!(
            AnswerValue::parse(&yes_no, " Y "),
            Ok(Some(AnswerValue::Yes))
        );
        assert_eq!(
            AnswerValue::parse(&yes_no, "not seen"),
            Ok(Some(AnswerValue::NotSeen))
        );
        assert!(AnswerValue::parse(&yes_no, "maybe").is_err());
        let scale = item(AnswerKind::Scale(vec![
            "Few".into(),
            "Most".into(),
            "All".into(),
        ]));
        assert_eq!(
            AnswerValue::parse(&scale, "most"),
            Ok(Some(AnswerValue::Scale(2)))
        );
        assert_eq!(
            AnswerValue::parse(&scale, "3"),
            Ok(Some(AnswerValue::Scale(3)))
        );
        assert!(AnswerValue::parse(&scale, "4").is_err());
        assert_eq!(AnswerValue::Scale(2).text(&scale.answer), "2 (Most)");
        let note = item(AnswerKind::Note);
        assert_eq!(AnswerValue::parse(&note, "   "), Ok(None));
        assert_eq!(
            AnswerValue::parse(&note, " yes, all of them "),
            Ok(Some(AnswerValue::Note("yes, all of them".into())))
        );
    }
}
