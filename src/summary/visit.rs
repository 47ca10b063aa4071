//! An observation as a summary keeps it: what counting reads (who, when,
//! which rubric, each component's level) in a tenth of an abridged
//! observation's memory, its repeated names and ids held once. Counting
//! makes an educator's observations back from these, one educator at a
//! time, so the rules of `tally` and `scoring` stay the ones every screen uses.

use std::collections::HashMap;

use super::lookfor_trends::Walk;

use crate::record::{
    Abridged, ClassContext, Observation, ObservationKind, Rating, RatingLevel, Status, Timestamp,
    Trail, Typing,
};

/// One observation's counted facts.
#[derive(Debug, Clone)]
pub(super) struct Visit {
    pub id: Box<str>,
    pub educator_id: Box<str>,
    pub started_at: Timestamp,
    /// In the source's [`Strings`].
    observer: u32,
    rubric: u32,
    kind: ObservationKind,
    announced: Option<bool>,
    schema: u32,
    notes: u32,
    duration_secs: u64,
    created: Timestamp,
    pub changed: Timestamp,
    /// Each rating's component (in [`Strings`]) and level, in the record's order.
    ratings: Box<[(u32, RatingLevel)]>,
    /// A walkthrough's look-for answers, for the trends; `None` without any.
    pub lookfors: Option<Box<Walk>>,
}

/// The texts many visits share, each kept once.
#[derive(Debug, Clone, Default)]
pub(super) struct Strings {
    list: Vec<Box<str>>,
    numbers: HashMap<Box<str>, u32>,
}

impl Strings {
    pub(super) fn number(&mut self, text: &str) -> u32 {
        if let Some(&n) = self.numbers.get(text) {
            return n;
        }
        let n = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
        self.list.push(text.into());
        self.numbers.insert(text.into(), n);
        n
    }

    pub(super) fn text(&self, n: u32) -> &str {
        self.list.get(n as usize).map_or("", |t| t)
    }
}

/// A source's visits and the texts they share.
#[derive(Debug, Clone, Default)]
pub(super) struct Visits {
    pub list: Vec<Visit>,
    strings: Strings,
}

impl Visits {
    /// Keeps what counting reads of each observation, dropping the rest.
    pub fn add(&mut self, observations: Vec<Observation>) {
        self.list.reserve(observations.len());
        for observation in observations {
            let visit = self.visit(&observation);
            self.list.push(visit);
        }
    }

    fn visit(&mut self, o: &Observation) -> Visit {
        let strings = &mut self.strings;
        Visit {
            id: o.id.as_str().into(),
            educator_id: o.educator_id.as_str().into(),
            started_at: o.started_at,
            observer: strings.number(&o.observer),
            rubric: strings.number(&o.rubric_id),
            kind: o.kind,
            announced: o.announced,
            schema: o.schema,
            notes: u32::try_from(o.note_count()).unwrap_or(u32::MAX),
            duration_secs: o.duration_secs,
            created: o.created,
            changed: o.changed,
            ratings: o
                .ratings
                .iter()
                .map(|r| (strings.number(&r.component), r.level))
                .collect(),
            lookfors: Walk::of(o.lookfors.as_ref(), strings),
        }
    }

    /// A text the visits share, by its number.
    pub fn text(&self, n: u32) -> &str {
        self.strings.text(n)
    }

    /// Who visited, as typed.
    pub fn observer(&self, visit: &Visit) -> &str {
        self.strings.text(visit.observer)
    }

    /// The observation again, abridged, with what counting reads: the
    /// ids, times, observer, kind, rubric and ratings (without rationales).
    pub fn observation(&self, visit: &Visit) -> Observation {
        let text = |n| self.strings.text(n).to_string();
        Observation {
            schema: visit.schema,
            id: visit.id.to_string(),
            educator_id: visit.educator_id.to_string(),
            rubric_id: text(visit.rubric),
            rubric_fingerprint: String::new(),
            kind: visit.kind,
            announced: visit.announced,
            observer: text(visit.observer),
            co_observer: String::new(),
            started_at: visit.started_at,
            duration_secs: visit.duration_secs,
            context: ClassContext::default(),
            pre_conference: String::new(),
            evidence: Vec::new(),
            ratings: visit
                .ratings
                .iter()
                .map(|&(component, level)| Rating {
                    component: text(component),
                    level,
                    rationale: String::new(),
                    evidence: Vec::new(),
                })
                .collect(),
            lookfors: None,
            post_conference: String::new(),
            reflection: String::new(),
            artifacts: Vec::new(),
            typing: Typing::default(),
            status: Status::Draft,
            responses: Vec::new(),
            trail: Trail::default(),
            created: visit.created,
            changed: visit.changed,
            abridged: Some(Abridged {
                notes: visit.notes as usize,
                repeated: Vec::new(),
                post_conference_held: false,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(text).unwrap_or_default()
    }

    fn observation(id: &str, observer: &str) -> Observation {
        let rating = |component: &str, level| Rating {
            component: component.into(),
            level,
            rationale: "Because of what was seen.".into(),
            evidence: vec![1],
        };
        Observation {
            schema: 3,
            id: id.into(),
            educator_id: "edu-000000000001".into(),
            rubric_id: "danielson-2022".into(),
            rubric_fingerprint: "abc".into(),
            kind: ObservationKind::Walkthrough,
            announced: Some(false),
            observer: observer.into(),
            co_observer: "Someone Else".into(),
            started_at: at("2026-10-01T09:15:00-05:00"),
            duration_secs: 1_200,
            context: ClassContext::default(),
            pre_conference: "Plans.".into(),
            evidence: Vec::new(),
            ratings: vec![
                rating("3b", RatingLevel::Level(3)),
                rating("1a", RatingLevel::NotObserved),
                rating("zz", RatingLevel::Level(9)),
            ],
            lookfors: None,
            post_conference: String::new(),
            reflection: String::new(),
            artifacts: Vec::new(),
            typing: Typing::default(),
            status: Status::Draft,
            responses: Vec::new(),
            trail: Trail::default(),
            created: at("2026-10-01T09:00:00-05:00"),
            changed: at("2026-10-02T10:00:00-05:00"),
            abridged: None,
        }
    }

    #[test]
    fn a_visit_gives_back_everything_counting_reads() {
        let original = observation("obs-000000000001", "Dr. Ana Ruiz");
        let mut visits = Visits::default();
        visits.add(vec![
            original.clone(),
            observation("obs-000000000002", "Dr. Ana Ruiz"),
        ]);
        let back = visits.observation(&visits.list[0]);
        assert_eq!(visits.observer(&visits.list[1]), "Dr. Ana Ruiz");
        assert_eq!(
            (
                back.id.as_str(),
                back.educator_id.as_str(),
                back.rubric_id.as_str()
            ),
            ("obs-000000000001", "edu-000000000001", "danielson-2022")
        );
        assert_eq!(
            (back.kind, back.observer.as_str()),
            (original.kind, "Dr. Ana Ruiz")
        );
        assert_eq!(
            (
                back.started_at,
                back.created,
                back.changed,
                back.duration_secs
            ),
            (
                original.started_at,
                original.created,
                original.changed,
                1_200
            )
        );
        let levels = |o: &Observation| -> Vec<(String, RatingLevel)> {
            o.ratings
                .iter()
                .map(|r| (r.component.clone(), r.level))
                .collect()
        };
        assert_eq!(levels(&back), levels(&original), "every rating, in order");
        assert_eq!(back.note_count(), original.note_count());
        assert!(
            back.abridged.is_some(),
            "never saved: an abridged copy is refused"
        );
        assert_eq!(
            visits.strings.list.len(),
            5,
            "names and components kept once"
        );
    }
}
