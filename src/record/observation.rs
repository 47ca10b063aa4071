//! An observation: one visit, its evidence, ratings, conference and status.

use serde::{Deserialize, Serialize};

use super::{EvidenceNote, Rating, RatingLevel, Timestamp, Typing};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub schema: u32,
    pub id: String,
    pub educator_id: String,
    pub rubric_id: String,
    /// Fingerprint of the rubric content when the observation was recorded.
    pub rubric_fingerprint: String,
    pub kind: ObservationKind,
    /// Whether the educator was told beforehand; absent in files written
    /// before it was asked, which mean what their kind meant (formal: announced).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced: Option<bool>,
    /// Who visited the classroom (the assigned evaluator is on the educator).
    pub observer: String,
    /// A second observer who visited too, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub co_observer: String,
    pub started_at: Timestamp,
    /// Time observed, as run on the observation timer.
    pub duration_secs: u64,
    #[serde(default)]
    pub context: ClassContext,
    #[serde(default)]
    pub pre_conference: String,
    #[serde(default)]
    pub evidence: Vec<EvidenceNote>,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    /// A walkthrough's look-for form and its answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookfors: Option<super::LookForAnswers>,
    #[serde(default)]
    pub post_conference: String,
    /// The educator's own reflection on the lesson.
    #[serde(default)]
    pub reflection: String,
    /// Files attached as evidence (see `record::artifact`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub artifacts: Vec<super::Artifact>,
    /// Text typed but not yet stored as a note.
    #[serde(default, skip_serializing_if = "Typing::is_empty")]
    pub typing: Typing,
    pub status: Status,
    /// The versions shared and acknowledged, and every change since.
    #[serde(default, skip_serializing_if = "super::Trail::is_empty")]
    pub trail: super::Trail,
    /// The educator's responses to packets, as received: not content (see `record::response`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<super::EducatorResponse>,
    pub created: Timestamp,
    pub changed: Timestamp,
    /// Set on a copy read without its text, for counting across a district
    /// or listing a roster; such a copy is refused by every save (`encode`).
    #[serde(skip)]
    pub abridged: Option<Abridged>,
}

/// What an abridged copy still says of the text it left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Abridged {
    /// How many evidence notes the record holds.
    pub notes: usize,
    /// What the file holds twice (see [`Observation::repeated`]), found before abridging.
    pub repeated: Vec<String>,
    /// Whether post-conference notes were written: the year's calendar
    /// counts the conference as held.
    pub post_conference_held: bool,
}

/// Components rated on a level and those marked "not observed".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RatingTally {
    pub rated: usize,
    pub not_observed: usize,
}

impl RatingTally {
    /// Both kinds of decision: the components no longer waiting for one.
    #[must_use]
    pub fn decided(self) -> usize {
        self.rated + self.not_observed
    }
}

impl std::fmt::Display for RatingTally {
    /// "10 rated", or "10 rated, 12 not observed": the one wording of it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} rated", self.rated)?;
        if self.not_observed > 0 {
            write!(f, ", {} not observed", self.not_observed)?;
        }
        Ok(())
    }
}

/// The kind of visit. The names written in files never change; what each
/// kind is called, its report's title and what it may rate are data
/// (`rubric::VisitKinds`, from `rubrics/visits/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ObservationKind {
    /// Formal and announced, usually with pre- and post-conferences.
    Formal,
    /// Informal and unannounced.
    Informal,
    /// A short walkthrough.
    Walkthrough,
    /// A virtual lesson.
    Virtual,
    /// A professional-development session the educator leads.
    ProfessionalDevelopment,
    /// A visit to the educator's site: labs, resource centre, network room.
    SiteVisit,
    /// A review of what the educator keeps: a technology plan, an inventory, training logs.
    ArtifactReview,
    /// A planning conference with the educator.
    PlanningConference,
}

impl ObservationKind {
    pub const ALL: [ObservationKind; 8] = [
        ObservationKind::Formal,
        ObservationKind::Informal,
        ObservationKind::Walkthrough,
        ObservationKind::Virtual,
        ObservationKind::ProfessionalDevelopment,
        ObservationKind::SiteVisit,
        ObservationKind::ArtifactReview,
        ObservationKind::PlanningConference,
    ];

    /// The lower-case word used on the command line and in JSON.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            ObservationKind::Formal => "formal",
            ObservationKind::Informal => "informal",
            ObservationKind::Walkthrough => "walkthrough",
            ObservationKind::Virtual => "virtual",
            ObservationKind::ProfessionalDevelopment => "pd-session",
            ObservationKind::SiteVisit => "site-visit",
            ObservationKind::ArtifactReview => "artifact-review",
            ObservationKind::PlanningConference => "planning-conference",
        }
    }
}

impl std::fmt::Display for ObservationKind {
    /// The name when no visits file names the kind (see `rubric::VisitKinds`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ObservationKind::Formal => "Formal (announced)",
            ObservationKind::Informal => "Informal (unannounced)",
            ObservationKind::Walkthrough => "Walkthrough",
            ObservationKind::Virtual => "Virtual",
            ObservationKind::ProfessionalDevelopment => "Professional development session",
            ObservationKind::SiteVisit => "Site visit",
            ObservationKind::ArtifactReview => "Artifact review",
            ObservationKind::PlanningConference => "Planning conference",
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassContext {
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub grade: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub students: Option<u32>,
}

/// Why an acknowledgement cannot be recorded, in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AcknowledgeError {
    #[error("Type the name of the person acknowledging.")]
    NoName,
    #[error(transparent)]
    Time(#[from] super::TimeError),
}

/// Draft, then shared with the educator, then acknowledged. Acknowledging
/// means the educator received the report, not that they agree with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Draft,
    Shared {
        at: Timestamp,
    },
    Acknowledged {
        shared_at: Timestamp,
        by: String,
        at: Timestamp,
    },
}

impl Status {
    /// Shared now, unless it was shared already.
    #[must_use]
    pub fn shared(&self) -> Status {
        match self {
            Status::Draft => Status::Shared { at: super::now() },
            other => other.clone(),
        }
    }

    /// Acknowledged by `by` on `date` at `time`, exactly as typed, at the
    /// offset the computer's clock had that day; or why not.
    pub fn acknowledged(
        &self,
        by: &str,
        date: chrono::NaiveDate,
        time: chrono::NaiveTime,
    ) -> Result<Status, AcknowledgeError> {
        let by = by.trim();
        if by.is_empty() {
            return Err(AcknowledgeError::NoName);
        }
        let at = super::at_clock_time(&chrono::Local, date, time)?;
        let shared_at = match self {
            Status::Shared { at } | Status::Acknowledged { shared_at: at, .. } => *at,
            Status::Draft => super::now(),
        };
        Ok(Status::Acknowledged {
            shared_at,
            by: by.to_string(),
            at,
        })
    }

    /// The lower-case word used on the command line and in JSON.
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Shared { .. } => "shared",
            Status::Acknowledged { .. } => "acknowledged",
        }
    }
}

impl Observation {
    /// Leaves out the text (evidence, conference notes, reflection, what is
    /// being typed, rationales), keeping the ids, the trail,
    /// times, status and levels that counting and listing read. The text is
    /// most of an observation's size, so a district fits in memory. Its
    /// fingerprint is not the record's: whatever shows or compares versions
    /// reads the whole record.
    pub fn abridge(&mut self) {
        // A copy read abridged (from the index) still has a list grown while
        // it was read: most of what is left of a district's observations.
        self.ratings.shrink_to_fit();
        if self.abridged.is_some() {
            return;
        }
        self.abridged = Some(Abridged {
            notes: self.evidence.len(),
            repeated: self.repeated(),
            post_conference_held: !self.post_conference.trim().is_empty(),
        });
        self.evidence = Vec::new();
        self.pre_conference = String::new();
        self.post_conference = String::new();
        self.reflection = String::new();
        self.typing = Typing::default();
        for answer in self.lookfors.iter_mut().flat_map(|l| &mut l.answers) {
            if let super::AnswerValue::Note(note) = &mut answer.value {
                *note = String::new();
            }
        }
        for rating in &mut self.ratings {
            rating.rationale = String::new();
            rating.evidence = Vec::new();
        }
        self.ratings.shrink_to_fit();
    }

    /// Whether the educator was told beforehand: as recorded, else as its kind usually is.
    #[must_use]
    pub fn announced(&self) -> bool {
        self.announced
            .unwrap_or_else(|| self.kind.announced_by_default())
    }

    /// Whether its post-conference notes are written, abridged or not.
    #[must_use]
    pub fn post_conference_held(&self) -> bool {
        self.abridged.as_ref().map_or_else(
            || !self.post_conference.trim().is_empty(),
            |a| a.post_conference_held,
        )
    }

    /// How many evidence notes it holds, abridged or not.
    #[must_use]
    pub fn note_count(&self) -> usize {
        self.abridged
            .as_ref()
            .map_or(self.evidence.len(), |a| a.notes)
    }

    /// The rating of a component, if one was given.
    #[must_use]
    pub fn rating(&self, component: &str) -> Option<&Rating> {
        self.ratings
            .iter()
            .find(|r| crate::text::same_text(&r.component, component))
    }

    /// Components rated on a level (not those marked "not observed"), each
    /// counted once: see [`Observation::rating_tally`].
    #[must_use]
    pub fn rated_count(&self) -> usize {
        self.rating_tally().rated
    }

    /// How far the rating has got, as every screen, report and command
    /// counts it: each component once, by its first rating (the one
    /// [`Observation::rating`] finds), so two places never disagree.
    #[must_use]
    pub fn rating_tally(&self) -> RatingTally {
        let mut seen: Vec<&str> = Vec::with_capacity(self.ratings.len());
        let mut tally = RatingTally::default();
        for rating in &self.ratings {
            if seen
                .iter()
                .any(|c| crate::text::same_text(c, &rating.component))
            {
                continue;
            }
            seen.push(&rating.component);
            match rating.level {
                RatingLevel::Level(_) => tally.rated += 1,
                RatingLevel::NotObserved => tally.not_observed += 1,
            }
        }
        tally
    }

    /// What the file holds twice (a component rated twice, two notes with
    /// one id), in sentences. The first is the one used; the file keeps both.
    #[must_use]
    pub fn repeated(&self) -> Vec<String> {
        if let Some(abridged) = &self.abridged {
            return abridged.repeated.clone();
        }
        let mut said = Vec::new();
        let mut rated: Vec<String> = Vec::new();
        for r in &self.ratings {
            let key = crate::text::folded(&r.component);
            if rated.contains(&key) {
                said.push(format!(
                    "The observation `{}` rates {} more than once; the first rating is used and the file keeps both.",
                    self.id, r.component
                ));
            } else {
                rated.push(key);
            }
        }
        let mut ids: Vec<u32> = self.evidence.iter().map(|n| n.id).collect();
        ids.sort_unstable();
        for pair in ids.windows(2).filter(|w| w[0] == w[1]) {
            said.push(format!(
                "The observation `{}` has two evidence notes numbered {}; ratings citing it cite the first.",
                self.id, pair[0]
            ));
        }
        said.dedup();
        said
    }

    /// The id the next evidence note gets.
    #[must_use]
    pub fn next_note_id(&self) -> u32 {
        self.evidence.iter().map(|n| n.id + 1).max().unwrap_or(1)
    }

    /// Notes tagged with a component.
    pub fn evidence_for<'a>(
        &'a self,
        component: &'a str,
    ) -> impl Iterator<Item = &'a EvidenceNote> {
        self.evidence.iter().filter(move |n| {
            n.components
                .iter()
                .any(|c| crate::text::same_text(c, component))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acknowledgement_keeps_the_date_and_time_typed() {
        let shared_at =
            chrono::DateTime::parse_from_rfc3339("2026-11-30T15:00:00-05:00").expect("a time");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        let six = chrono::NaiveTime::from_hms_opt(6, 0, 0).expect("a time");
        let status = Status::Shared { at: shared_at }
            .acknowledged(" Ana Ruiz ", date, six)
            .expect("acknowledged");
        let Status::Acknowledged {
            shared_at: s,
            by,
            at,
        } = status
        else {
            panic!("not acknowledged: {status:?}");
        };
        assert_eq!(s, shared_at);
        assert_eq!(by, "Ana Ruiz");
        assert_eq!(at.naive_local(), date.and_time(six), "not moved to noon");
        let local = chrono::TimeZone::from_local_datetime(&chrono::Local, &date.and_time(six))
            .earliest()
            .expect("6 AM exists");
        assert_eq!(at.offset(), local.fixed_offset().offset());
        assert_eq!(
            Status::Draft.acknowledged("  ", date, six),
            Err(AcknowledgeError::NoName)
        );
    }
}
