//! A new observation: the one place that says what a visit starts with,
//! for the window's "Start observation" and `teacher-eval observation start`.

use super::{ClassContext, Educator, IdKind, Observation, ObservationKind, Status, new_id};
use crate::rubric::Catalog;

impl Observation {
    /// A draft observation of `educator` starting now, of `kind`, announced
    /// as said or else as the educator's role has that kind (the visits
    /// file), rated against the educator's rubric (else the role's first).
    #[must_use]
    pub fn start(
        educator: &Educator,
        catalog: &Catalog,
        kind: ObservationKind,
        announced: Option<bool>,
    ) -> Observation {
        let entry = catalog
            .get(&educator.rubric_id)
            .or_else(|| catalog.default_for_role(&educator.role));
        let announced =
            announced.unwrap_or_else(|| catalog.visits.kind(&educator.role, kind).announced);
        let started = super::now();
        Observation {
            schema: super::RECORD_SCHEMA,
            id: new_id(IdKind::Observation),
            educator_id: educator.id.clone(),
            rubric_id: entry.map_or(educator.rubric_id.clone(), |e| e.rubric.id.clone()),
            rubric_fingerprint: entry.map(|e| e.fingerprint.clone()).unwrap_or_default(),
            kind,
            announced: Some(announced),
            observer: educator.evaluator.clone(),
            co_observer: String::new(),
            started_at: started,
            duration_secs: 0,
            context: ClassContext {
                subject: educator.subject.clone(),
                ..ClassContext::default()
            },
            pre_conference: String::new(),
            evidence: Vec::new(),
            ratings: Vec::new(),
            lookfors: None,
            post_conference: String::new(),
            reflection: String::new(),
            artifacts: Vec::new(),
            typing: super::Typing::default(),
            status: Status::Draft,
            trail: super::Trail::default(),
            responses: Vec::new(),
            created: started,
            changed: started,
            abridged: None,
        }
    }

    /// The kind of visit as the educator's role has it (name, title, what it rates).
    #[must_use]
    pub fn visit_kind<'a>(
        &self,
        role: &str,
        catalog: &'a Catalog,
    ) -> std::borrow::Cow<'a, crate::rubric::VisitKind> {
        catalog.visits.kind(role, self.kind)
    }
}
