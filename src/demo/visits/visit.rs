//! One visit written up as an observation record: its timing, the scripted
//! notes, the ratings and where it stands in sharing.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use super::super::bank::{self, NoteTemplate};
use super::super::people::at;
use super::super::rng::Rng;
use super::{Person, topics_for};
use crate::record::{
    ClassContext, Educator, IdKind, Observation, ObservationKind, RECORD_SCHEMA, Status, Trail,
    Typing, id_from_bits,
};
use crate::rubric::Rubric;

/// One visit to write up: who, with which rubric, when and of what kind.
pub(super) struct Visit<'a> {
    pub(super) educator: &'a Educator,
    pub(super) rubric: &'a Rubric,
    pub(super) fingerprint: &'a str,
    pub(super) person: &'a Person<'a>,
    pub(super) templates: &'a [&'a NoteTemplate],
    pub(super) day: NaiveDate,
    pub(super) kind: ObservationKind,
    /// As the role has the kind, unless said otherwise.
    pub(super) announced: bool,
    /// For each of the person's components, whether this kind of visit rates it.
    pub(super) rates: Vec<bool>,
    pub(super) today: NaiveDate,
}

/// When a visit started and how long it lasted, in seconds.
#[derive(Clone, Copy)]
pub(super) struct Timing {
    pub(super) started_at: DateTime<FixedOffset>,
    pub(super) duration_secs: u64,
}

impl Visit<'_> {
    /// The observation record of this visit. The order of draws from `rng`
    /// is what makes a demo the same for one seed: keep it.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a class size is drawn from 14..=30"
    )]
    pub(super) fn observe(&self, rng: &mut Rng) -> Observation {
        let texts = &bank::get().texts;
        let (timing, note_count) = self.timing(rng);
        let topic = self.topic(rng);
        let class_size = rng.range(14, 30);
        let targets = self.targets(rng);
        let (evidence, supports) =
            self.evidence(rng, timing, note_count, (&topic, class_size), &targets);
        let ratings = self.ratings(rng, timing, (&evidence, &supports), &targets);
        let status = self.status();
        let conferenced = self.kind != ObservationKind::Walkthrough && status != Status::Draft;
        let pre_conference = if matches!(
            self.kind,
            ObservationKind::Formal | ObservationKind::ProfessionalDevelopment
        ) {
            rng.pick(&texts.pre_conference_notes)
                .replace("{topic}", &topic)
        } else {
            String::new()
        };
        let changed = last_change(&status, timing);
        let id = id_from_bits(IdKind::Observation, rng.next_u64());
        let mut conference_text = |texts: &[String]| {
            if conferenced {
                rng.pick(texts).clone()
            } else {
                String::new()
            }
        };
        let post_conference = conference_text(&texts.conference_notes);
        let reflection = conference_text(&texts.reflections);
        Observation {
            schema: RECORD_SCHEMA,
            id,
            educator_id: self.educator.id.clone(),
            rubric_id: self.rubric.id.clone(),
            rubric_fingerprint: self.fingerprint.to_string(),
            kind: self.kind,
            announced: Some(self.announced),
            observer: self.educator.evaluator.clone(),
            started_at: timing.started_at,
            duration_secs: timing.duration_secs,
            context: ClassContext {
                subject: self.educator.subject.clone(),
                grade: String::new(),
                topic,
                students: Some(class_size as u32),
            },
            pre_conference,
            evidence,
            ratings,
            lookfors: None,
            post_conference,
            reflection,
            artifacts: Vec::new(),
            co_observer: String::new(),
            typing: Typing::default(),
            status,
            responses: Vec::new(),
            trail: Trail::default(),
            created: timing.started_at,
            changed,
            abridged: None,
        }
    }

    /// What the lesson was about, from the topics of the educator's subject.
    fn topic(&self, rng: &mut Rng) -> String {
        let topics = topics_for(&self.educator.subject, rng);
        if topics.is_empty() {
            "the lesson".to_string()
        } else {
            rng.pick(topics).clone()
        }
    }

    /// The start time and length of the visit, and how many notes it takes,
    /// by its kind.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the hour is drawn from 8..=13 and the minute from 0..=55"
    )]
    fn timing(&self, rng: &mut Rng) -> (Timing, u64) {
        let started_at = at(
            self.day,
            rng.range(8, 13) as u32,
            5 * rng.range(0, 11) as u32,
        );
        let minutes = match self.kind {
            ObservationKind::Formal | ObservationKind::ProfessionalDevelopment => rng.range(40, 55),
            ObservationKind::Informal
            | ObservationKind::SiteVisit
            | ObservationKind::PlanningConference => rng.range(20, 35),
            ObservationKind::Walkthrough => rng.range(10, 15),
            ObservationKind::Virtual | ObservationKind::ArtifactReview => rng.range(30, 45),
        };
        let note_count = match self.kind {
            ObservationKind::Walkthrough => rng.range(10, 15),
            ObservationKind::Formal | ObservationKind::ProfessionalDevelopment => rng.range(25, 40),
            _ => rng.range(15, 30),
        };
        let timing = Timing {
            started_at,
            duration_secs: minutes * 60,
        };
        (timing, note_count)
    }

    /// Shared two days after the visit and acknowledged two days later, as
    /// far as the visit's age allows.
    fn status(&self) -> Status {
        let age = (self.today - self.day).num_days();
        if age > 14 {
            Status::Acknowledged {
                shared_at: at(self.day + Duration::days(2), 15, 30),
                by: self.educator.name.clone(),
                at: at(self.day + Duration::days(4), 8, 10),
            }
        } else if age > 3 {
            Status::Shared {
                at: at(self.day + Duration::days(2), 15, 30),
            }
        } else {
            Status::Draft
        }
    }
}

/// When the record last changed: when it was shared, or ten minutes after
/// the visit for a draft.
#[allow(clippy::cast_possible_wrap, reason = "a visit lasts under an hour")]
fn last_change(status: &Status, timing: Timing) -> DateTime<FixedOffset> {
    match status {
        Status::Acknowledged { at, .. } | Status::Shared { at } => *at,
        Status::Draft => timing.started_at + Duration::seconds(timing.duration_secs as i64 + 600),
    }
}
