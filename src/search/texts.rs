//! Every text a person typed into a record, and where in the record it is.
//!
//! This is the one list of what a search reads, and it is complete: each
//! record type's `texts` below names every free-text field it has. What is
//! left out, and why, is listed in `coverage_tests.rs`, whose test fails
//! when a record gains a text field that is in neither list. To search a
//! new field: a [`Place`] variant (with its `key` and `label`) and one line
//! in its record's `texts`; a new kind of record: a [`Searchable`] impl
//! and one line in `super::search`.

use crate::record::{
    Artifact, Educator, EducatorResponse, GrowthPlan, Measure, Observation, SelfAssessment,
    Summative, Timestamp, Trail,
};
use crate::workspace::Record;

/// The kinds of record a search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    Educator,
    Observation,
    Summative,
    GrowthPlan,
    Measure,
    SelfAssessment,
}

impl RecordKind {
    /// The word used in JSON.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Educator => "educator",
            RecordKind::Observation => "observation",
            RecordKind::Summative => "summative",
            RecordKind::GrowthPlan => "growth_plan",
            RecordKind::Measure => "measure",
            RecordKind::SelfAssessment => "self_assessment",
        }
    }

    /// What a person calls it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Educator => "Educator",
            RecordKind::Observation => "Observation",
            RecordKind::Summative => "Summative evaluation",
            RecordKind::GrowthPlan => "Growth plan",
            RecordKind::Measure => "Student measure",
            RecordKind::SelfAssessment => "Self-assessment",
        }
    }
}

/// Where in its record a text was found: one variant per free-text field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Why an educator was archived.
    ArchiveReason,
    LessonTopic,
    PreConference,
    /// An evidence note, by its id, clock time, timer reading and tags.
    Evidence {
        note: u32,
        at: Timestamp,
        offset_secs: u64,
        components: Vec<String>,
    },
    Rationale {
        component: String,
    },
    /// A walkthrough's note answering a look-for item, by the item's id.
    LookForNote {
        item: String,
    },
    PostConference,
    Reflection,
    /// A summative evaluation's comments.
    Comments,
    /// Why the evaluator rated a component themselves.
    OverrideReason {
        component: String,
    },
    /// Why a finalised evaluation was opened again.
    ReopeningReason,
    /// A growth plan's goal, counted from 1.
    Goal {
        number: usize,
    },
    /// How that goal's success is measured.
    GoalMeasure {
        number: usize,
    },
    Step {
        number: usize,
    },
    Supports,
    Progress {
        date: chrono::NaiveDate,
    },
    MidYearReview,
    EndOfYearReview,
    MeasureTitle,
    /// A field of an SLO or SGO template, by its heading.
    MeasurePlan {
        heading: &'static str,
    },
    /// Why a shared record was amended, and which field.
    AmendmentReason {
        field: String,
    },
    /// The caption of an artifact, by its number in the record's list (from 1).
    ArtifactCaption {
        number: usize,
    },
    /// The educator's evidence for their own level of a component.
    SelfEvidence {
        component: String,
    },
    /// A goal the educator proposed, counted from 1.
    ProposedGoal {
        number: usize,
    },
    /// The reflection of an educator's response, by its number on the record (from 1).
    ResponseReflection {
        response: usize,
    },
    /// The caption of a file an educator's response attached.
    ResponseCaption {
        response: usize,
        number: usize,
    },
}

impl Place {
    /// The word used in JSON.
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            Place::ArchiveReason => "archive_reason",
            Place::LessonTopic => "lesson_topic",
            Place::PreConference => "pre_conference",
            Place::Evidence { .. } => "evidence",
            Place::Rationale { .. } => "rationale",
            Place::LookForNote { .. } => "lookfor_note",
            Place::PostConference => "post_conference",
            Place::Reflection => "reflection",
            Place::Comments => "comments",
            Place::OverrideReason { .. } => "override_reason",
            Place::ReopeningReason => "reopening_reason",
            Place::Goal { .. } => "goal",
            Place::GoalMeasure { .. } => "goal_measure",
            Place::Step { .. } => "step",
            Place::Supports => "supports",
            Place::Progress { .. } => "progress",
            Place::MidYearReview => "mid_year_review",
            Place::EndOfYearReview => "end_of_year_review",
            Place::MeasureTitle => "measure_title",
            Place::MeasurePlan { .. } => "measure_plan",
            Place::AmendmentReason { .. } => "amendment_reason",
            Place::ArtifactCaption { .. } => "artifact_caption",
            Place::SelfEvidence { .. } => "self_evidence",
            Place::ProposedGoal { .. } => "proposed_goal",
            Place::ResponseReflection { .. } => "response_reflection",
            Place::ResponseCaption { .. } => "response_caption",
        }
    }

    /// Where it is, as a person says it: "Evidence 10:14, 3b", "Post-conference notes".
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Place::Evidence { at, components, .. } if components.is_empty() => {
                format!("Evidence {}", at.format("%H:%M"))
            }
            Place::Evidence { at, components, .. } => {
                format!("Evidence {}, {}", at.format("%H:%M"), components.join(" "))
            }
            Place::Rationale { component } => format!("Rationale for {component}"),
            Place::LookForNote { item } => format!("Look-for {item}"),
            Place::OverrideReason { component } => format!("Reason for the rating of {component}"),
            Place::Goal { number } => format!("Goal {number}"),
            Place::GoalMeasure { number } => format!("Goal {number}, how it is measured"),
            Place::Step { number } => format!("Step {number}"),
            Place::Progress { date } => format!("Progress, {date}"),
            Place::MeasurePlan { heading } => format!("Plan: {heading}"),
            Place::AmendmentReason { field } => format!("Reason for amending {field}"),
            Place::ArtifactCaption { number } => format!("Artifact {number}, caption"),
            Place::SelfEvidence { component } => {
                format!("Self-assessment evidence for {component}")
            }
            Place::ProposedGoal { number } => format!("Proposed goal {number}"),
            Place::ResponseReflection { response } => {
                format!("Educator's response {response}, reflection")
            }
            Place::ResponseCaption { response, number } => {
                format!("Educator's response {response}, artifact {number}, caption")
            }
            fixed => fixed.fixed_label().to_string(),
        }
    }

    fn fixed_label(&self) -> &'static str {
        match self {
            Place::ArchiveReason => "Reason archived",
            Place::LessonTopic => "Lesson topic",
            Place::PreConference => "Pre-conference notes",
            Place::PostConference => "Post-conference notes",
            Place::Reflection => "Educator's reflection",
            Place::Comments => "Comments",
            Place::ReopeningReason => "Reason reopened",
            Place::Supports => "Supports and resources",
            Place::MidYearReview => "Mid-year review",
            Place::EndOfYearReview => "End-of-year review",
            _ => "Measure title",
        }
    }
}

/// One text of a record: where it is, what it says, and when it was written
/// as far as the record tells (for ranking, newest first).
#[derive(Debug, Clone)]
pub struct Text<'a> {
    pub place: Place,
    pub text: &'a str,
    pub at: Timestamp,
}

fn text(place: Place, text: &str, at: Timestamp) -> Text<'_> {
    Text { place, text, at }
}

/// A record whose typed text a search reads.
pub trait Searchable: Record + Sync {
    const RECORD_KIND: RecordKind;
    fn educator_id(&self) -> &str;
    /// The school year it belongs to, for the records opened by year.
    fn school_year(&self) -> Option<&str> {
        None
    }
    /// Every free-text field, in reading order (see the module's comment).
    fn texts(&self) -> Vec<Text<'_>>;
}

impl Searchable for Educator {
    const RECORD_KIND: RecordKind = RecordKind::Educator;
    fn educator_id(&self) -> &str {
        &self.id
    }
    fn texts(&self) -> Vec<Text<'_>> {
        self.archived
            .iter()
            .map(|a| text(Place::ArchiveReason, &a.reason, a.at))
            .collect()
    }
}

impl Searchable for Observation {
    const RECORD_KIND: RecordKind = RecordKind::Observation;
    fn educator_id(&self) -> &str {
        &self.educator_id
    }
    fn texts(&self) -> Vec<Text<'_>> {
        let at = self.started_at;
        let mut texts = vec![
            text(Place::LessonTopic, &self.context.topic, at),
            text(Place::PreConference, &self.pre_conference, at),
        ];
        texts.extend(self.evidence.iter().map(|n| {
            let place = Place::Evidence {
                note: n.id,
                at: n.at,
                offset_secs: n.offset_secs,
                components: n.components.clone(),
            };
            text(place, &n.text, n.at)
        }));
        texts.extend(self.ratings.iter().map(|r| {
            let component = r.component.clone();
            text(Place::Rationale { component }, &r.rationale, at)
        }));
        texts.extend(lookfor_notes(self.lookfors.as_ref(), at));
        texts.push(text(Place::PostConference, &self.post_conference, at));
        texts.push(text(Place::Reflection, &self.reflection, at));
        texts.extend(captions(&self.artifacts));
        texts.extend(amendment_reasons(&self.trail));
        texts.extend(responses(&self.responses));
        texts
    }
}

/// The notes a walkthrough wrote as answers to its look-for items.
fn lookfor_notes(answers: Option<&crate::record::LookForAnswers>, at: Timestamp) -> Vec<Text<'_>> {
    let answers = answers.map_or(&[][..], |a| a.answers.as_slice());
    answers
        .iter()
        .filter_map(|a| match &a.value {
            crate::record::AnswerValue::Note(note) => Some(text(
                Place::LookForNote {
                    item: a.item.clone(),
                },
                note,
                at,
            )),
            _ => None,
        })
        .collect()
}

impl Searchable for Summative {
    const RECORD_KIND: RecordKind = RecordKind::Summative;
    fn educator_id(&self) -> &str {
        &self.educator_id
    }
    fn school_year(&self) -> Option<&str> {
        Some(&self.school_year)
    }
    fn texts(&self) -> Vec<Text<'_>> {
        let at = self.changed;
        let mut texts = vec![text(Place::Comments, &self.comments, at)];
        texts.extend(self.overrides.iter().map(|o| {
            let component = o.component.clone();
            text(Place::OverrideReason { component }, &o.reason, at)
        }));
        texts.extend(
            self.reopened
                .iter()
                .map(|r| text(Place::ReopeningReason, &r.reason, r.at)),
        );
        texts.extend(captions(&self.artifacts));
        texts.extend(amendment_reasons(&self.trail));
        texts.extend(responses(&self.responses));
        texts
    }
}

impl Searchable for GrowthPlan {
    const RECORD_KIND: RecordKind = RecordKind::GrowthPlan;
    fn educator_id(&self) -> &str {
        &self.educator_id
    }
    fn school_year(&self) -> Option<&str> {
        Some(&self.school_year)
    }
    fn texts(&self) -> Vec<Text<'_>> {
        let at = self.changed;
        let mut texts = Vec::new();
        for (i, goal) in self.goals.iter().enumerate() {
            texts.push(text(Place::Goal { number: i + 1 }, &goal.statement, at));
            texts.push(text(
                Place::GoalMeasure { number: i + 1 },
                &goal.measure,
                at,
            ));
        }
        texts.extend(
            (self.steps.iter().enumerate())
                .map(|(i, s)| text(Place::Step { number: i + 1 }, &s.what, at)),
        );
        texts.push(text(Place::Supports, &self.supports, at));
        texts.extend(
            (self.progress.iter()).map(|p| text(Place::Progress { date: p.date }, &p.text, at)),
        );
        texts.push(text(Place::MidYearReview, &self.mid_year_review, at));
        texts.push(text(Place::EndOfYearReview, &self.end_of_year_review, at));
        texts.extend(captions(&self.artifacts));
        texts.extend(amendment_reasons(&self.trail));
        texts
    }
}

impl Searchable for Measure {
    const RECORD_KIND: RecordKind = RecordKind::Measure;
    fn educator_id(&self) -> &str {
        &self.educator_id
    }
    fn school_year(&self) -> Option<&str> {
        Some(&self.school_year)
    }
    fn texts(&self) -> Vec<Text<'_>> {
        let at = self.changed;
        let mut texts = vec![text(Place::MeasureTitle, &self.title, at)];
        texts.extend(
            (self.plan.fields().into_iter())
                .map(|(heading, typed)| text(Place::MeasurePlan { heading }, typed, at)),
        );
        texts
    }
}

impl Searchable for SelfAssessment {
    const RECORD_KIND: RecordKind = RecordKind::SelfAssessment;
    fn educator_id(&self) -> &str {
        &self.educator_id
    }
    fn school_year(&self) -> Option<&str> {
        Some(&self.school_year)
    }
    fn texts(&self) -> Vec<Text<'_>> {
        let at = self.changed;
        let mut texts: Vec<Text> = (self.components.iter())
            .map(|r| {
                let component = r.component.clone();
                text(Place::SelfEvidence { component }, &r.evidence, at)
            })
            .collect();
        texts.extend(
            (self.goals.iter().enumerate())
                .map(|(i, g)| text(Place::ProposedGoal { number: i + 1 }, &g.text, at)),
        );
        texts.extend(amendment_reasons(&self.trail));
        texts
    }
}

/// Each artifact's caption, numbered as `artifact list` numbers them.
fn captions(artifacts: &[Artifact]) -> impl Iterator<Item = Text<'_>> {
    artifacts.iter().enumerate().map(|(i, a)| {
        text(
            Place::ArtifactCaption { number: i + 1 },
            &a.caption,
            a.added_at,
        )
    })
}

/// The reflection and captions of each educator's response, numbered from 1.
fn responses(responses: &[EducatorResponse]) -> impl Iterator<Item = Text<'_>> {
    responses.iter().enumerate().flat_map(|(i, r)| {
        let response = i + 1;
        let reflection = Place::ResponseReflection { response };
        std::iter::once(text(reflection, &r.reflection, r.acknowledged_at)).chain(
            r.artifacts.iter().enumerate().map(move |(n, a)| {
                let place = Place::ResponseCaption {
                    response,
                    number: n + 1,
                };
                text(place, &a.caption, r.acknowledged_at)
            }),
        )
    })
}

/// Why each amendment of a shared record was made.
fn amendment_reasons(trail: &Trail) -> impl Iterator<Item = Text<'_>> {
    trail.amendments.iter().map(|a| {
        let field = a.field.clone();
        text(Place::AmendmentReason { field }, &a.reason, a.at)
    })
}
