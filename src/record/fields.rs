//! Each record's content as named fields, so versions compare the way a
//! person reads them, and what is not content (status, trail, the time of
//! the last save, text still being typed) leaves the fingerprint alone.

use super::trail::{Amendable, Field, Trail};
use super::typing::Typing;
use super::{
    EvidenceNote, GrowthPlan, Observation, RatingLevel, SelfAssessment, SelfStatus, Status,
    Summative,
};
use crate::rubric::Rubric;

/// "Proficient (3)", or the bare score when the rubric is not at hand.
#[must_use]
pub fn level_name(rubric: Option<&Rubric>, score: u32) -> String {
    match rubric.and_then(|r| r.level(score)) {
        Some(level) => format!("{} ({score})", level.name),
        None => format!("level {score}"),
    }
}

/// A rating as words: "Basic (2)" or "not observed".
#[must_use]
pub fn rating_text(rubric: Option<&Rubric>, level: RatingLevel) -> String {
    match level {
        RatingLevel::Level(score) => level_name(rubric, score),
        RatingLevel::NotObserved => "not observed".into(),
    }
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// The accessors every amendable record has alike: its status, its trail,
/// and when it was last changed.
macro_rules! state_accessors {
    () => {
        fn status(&self) -> Status {
            self.status.clone()
        }
        fn trail(&self) -> &Trail {
            &self.trail
        }
        fn trail_mut(&mut self) -> &mut Trail {
            &mut self.trail
        }
        fn touch(&mut self, at: crate::record::Timestamp) {
            self.changed = at;
        }
        fn changed_at(&self) -> crate::record::Timestamp {
            self.changed
        }
    };
}

impl Amendable for Observation {
    state_accessors!();
    fn content(&self) -> Self {
        // Responses are not content: importing one must not change the
        // fingerprint its acknowledgement names.
        Observation {
            status: Status::Draft,
            trail: Trail::default(),
            responses: Vec::new(),
            typing: Typing::default(),
            changed: self.created,
            ..self.clone()
        }
    }
    fn rubric_id(&self) -> Option<&str> {
        Some(&self.rubric_id)
    }
    fn is_abridged(&self) -> bool {
        self.abridged.is_some()
    }
    fn adopt_state(&mut self, current: &Self) {
        self.status = current.status.clone();
        self.trail = current.trail.clone();
        self.responses.clone_from(&current.responses);
        self.typing = current.typing.clone();
        self.changed = current.changed;
    }
    fn fields(&self, rubric: Option<&Rubric>) -> Vec<Field> {
        let c = &self.context;
        let mut fields = vec![
            Field::new("Kind of visit", self.kind.to_string()),
            Field::new("Observer", &self.observer),
            Field::new("Co-observer", &self.co_observer),
            Field::new(
                "Started",
                self.started_at.format("%Y-%m-%d %H:%M").to_string(),
            ),
            Field::new("Time observed (seconds)", self.duration_secs.to_string()),
            Field::new("Subject", &c.subject),
            Field::new("Grade", &c.grade),
            Field::new("Topic", &c.topic),
            Field::new(
                "Students",
                c.students.map(|n| n.to_string()).unwrap_or_default(),
            ),
            Field::new("Pre-conference notes", &self.pre_conference),
        ];
        fields.extend(self.evidence.iter().flat_map(note_fields));
        for r in &self.ratings {
            let id = &r.component;
            fields.push(Field::substantive(
                format!("Rating of {id}"),
                rating_text(rubric, r.level),
            ));
            fields.push(Field::substantive(
                format!("Rationale for {id}"),
                &r.rationale,
            ));
            let notes: Vec<String> = r.evidence.iter().map(|n| format!("note {n}")).collect();
            fields.push(Field::substantive(
                format!("Evidence cited for {id}"),
                notes.join(", "),
            ));
        }
        fields.extend(self.lookfors.iter().flat_map(lookfor_fields));
        fields.push(Field::new("Post-conference notes", &self.post_conference));
        fields.push(Field::new("Educator's reflection", &self.reflection));
        fields.extend(artifact_fields(&self.artifacts));
        fields
    }
}

/// The form chosen and each answer: evidence, as notes are.
fn lookfor_fields(answers: &super::LookForAnswers) -> Vec<Field> {
    let mut fields = vec![Field::substantive("Look-for form", &answers.form_id)];
    fields.extend(
        answers
            .answers
            .iter()
            .map(|a| Field::substantive(format!("Look-for {}", a.item), a.value.plain())),
    );
    fields
}

fn note_fields(note: &EvidenceNote) -> Vec<Field> {
    let n = note.id;
    vec![
        Field::substantive(format!("Evidence note {n}"), &note.text),
        Field::substantive(
            format!("Components of note {n}"),
            note.components.join(", "),
        ),
        Field::new(format!("Kind of note {n}"), note.kind.to_string()),
        Field::new(
            format!("Note {n} names students"),
            yes_no(note.names_students),
        ),
        Field::new(
            format!("Time of note {n}"),
            note.at.format("%Y-%m-%d %H:%M:%S").to_string(),
        ),
    ]
}

impl Amendable for Summative {
    state_accessors!();
    fn content(&self) -> Self {
        // Responses are not content (as for an observation).
        Summative {
            status: Status::Draft,
            trail: Trail::default(),
            responses: Vec::new(),
            changed: self.created,
            ..self.clone()
        }
    }
    fn rubric_id(&self) -> Option<&str> {
        Some(&self.rubric_id)
    }
    fn is_locked(&self) -> bool {
        !matches!(self.status, Status::Draft) || self.finalized.is_some()
    }
    fn adopt_state(&mut self, current: &Self) {
        self.status = current.status.clone();
        self.trail = current.trail.clone();
        self.responses.clone_from(&current.responses);
        self.reopened.clone_from(&current.reopened);
        self.changed = current.changed;
    }
    fn fields(&self, rubric: Option<&Rubric>) -> Vec<Field> {
        let counted = match &self.observations {
            super::Selection::AllOfYear => "every observation of the year".to_string(),
            super::Selection::Chosen(ids) => ids.join(", "),
        };
        let mut fields = vec![
            Field::new("Scoring profile", &self.profile_id),
            Field::substantive("Observations counted", counted),
        ];
        for o in &self.overrides {
            fields.push(Field::substantive(
                format!("Evaluator's rating of {}", o.component),
                format!("{}: {}", level_name(rubric, o.level), o.reason),
            ));
        }
        fields.push(Field::substantive("Comments", &self.comments));
        let finalized = self.finalized.as_ref();
        fields.push(Field::substantive(
            "Final rating",
            finalized.and_then(|f| f.rating.clone()).unwrap_or_default(),
        ));
        fields.push(Field::substantive(
            "Final score",
            finalized
                .and_then(|f| f.score)
                .map(|s| format!("{s:.2}"))
                .unwrap_or_default(),
        ));
        fields.extend(artifact_fields(&self.artifacts));
        fields
    }
}

impl Amendable for GrowthPlan {
    state_accessors!();
    fn content(&self) -> Self {
        GrowthPlan {
            status: Status::Draft,
            trail: Trail::default(),
            changed: self.created,
            ..self.clone()
        }
    }
    fn rubric_id(&self) -> Option<&str> {
        None
    }
    fn adopt_state(&mut self, current: &Self) {
        self.status = current.status.clone();
        self.trail = current.trail.clone();
        self.changed = current.changed;
    }
    fn fields(&self, _rubric: Option<&Rubric>) -> Vec<Field> {
        let mut fields = vec![
            Field::new("Kind of plan", self.kind.to_string()),
            Field::substantive("Focus", listed(&self.focus)),
            Field::substantive("Goals", listed(&self.goals)),
            Field::substantive("Steps", listed(&self.steps)),
            Field::new("Supports", &self.supports),
            Field::substantive("Progress", listed(&self.progress)),
            Field::new("Mid-year review", &self.mid_year_review),
            Field::new("End-of-year review", &self.end_of_year_review),
        ];
        fields.extend(artifact_fields(&self.artifacts));
        fields
    }
}

/// Submitted is to the evaluator what shared is to the educator: from then
/// on every change is an amendment, and each needs a reason.
impl Amendable for SelfAssessment {
    fn status(&self) -> Status {
        match &self.status {
            SelfStatus::Draft => Status::Draft,
            SelfStatus::Submitted { at } => Status::Shared { at: *at },
        }
    }
    fn trail(&self) -> &Trail {
        &self.trail
    }
    fn trail_mut(&mut self) -> &mut Trail {
        &mut self.trail
    }
    fn touch(&mut self, at: crate::record::Timestamp) {
        self.changed = at;
    }
    fn changed_at(&self) -> crate::record::Timestamp {
        self.changed
    }
    fn content(&self) -> Self {
        SelfAssessment {
            status: SelfStatus::Draft,
            trail: Trail::default(),
            changed: self.created,
            ..self.clone()
        }
    }
    fn rubric_id(&self) -> Option<&str> {
        Some(&self.rubric_id)
    }
    fn needs_reason(&self) -> bool {
        self.is_submitted()
    }
    fn adopt_state(&mut self, current: &Self) {
        self.status = current.status.clone();
        self.trail = current.trail.clone();
        self.changed = current.changed;
    }
    fn fields(&self, rubric: Option<&Rubric>) -> Vec<Field> {
        let mut fields = vec![
            Field::new("Supplied by", self.supplied.key()),
            Field::new("Entered by", &self.entered_by),
        ];
        for r in &self.components {
            let id = &r.component;
            let level = r
                .level
                .map_or_else(|| "not assessed".into(), |l| level_name(rubric, l));
            fields.push(Field::substantive(
                format!("Self-assessed level of {id}"),
                level,
            ));
            fields.push(Field::substantive(
                format!("Evidence for {id}"),
                &r.evidence,
            ));
        }
        fields.push(Field::substantive("Proposed goals", listed(&self.goals)));
        fields
    }
}

/// Each artifact as a field named by its hash, so attaching one and
/// removing one are each an amendment of their own.
fn artifact_fields(artifacts: &[super::Artifact]) -> impl Iterator<Item = Field> + '_ {
    artifacts.iter().map(|a| {
        Field::substantive(
            format!("Artifact {}", super::trail::short(&a.sha256)),
            super::artifact::described(a),
        )
    })
}

/// A plan's list compared as the RON text of its entries, one a line.
fn listed<T: serde::Serialize>(items: &[T]) -> String {
    items
        .iter()
        .map(|item| ron::to_string(item).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}
