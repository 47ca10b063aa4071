//! Demo observations: classroom scripting tagged to components, ratings
//! with rationales around each educator's own strengths and weaknesses, and
//! conferences, all dated within the school year so far.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::bank::{self, NoteTemplate};
use super::people::school_year_start;
use super::rng::Rng;
use crate::record::{Educator, Observation, ObservationKind};
use crate::rubric::{Catalog, Component};

mod notes;
mod rate;
mod visit;
use visit::Visit;

/// One to four observations of educator number `index`.
pub fn observations(
    seed: u64,
    index: usize,
    educator: &Educator,
    today: NaiveDate,
    catalog: &Catalog,
) -> Vec<Observation> {
    let Some(entry) = catalog.get(&educator.rubric_id) else {
        return Vec::new();
    };
    let rubric = &entry.rubric;
    let mut rng = Rng::fork(seed ^ 0x0B5E_4A71_0000_0000, index as u64);
    let components: Vec<&Component> = rubric
        .domains
        .iter()
        .filter(|d| d.applies_to.is_empty() || d.applies_to.contains(&educator.level))
        .flat_map(|d| d.components.iter())
        .collect();
    let templates = templates_for(educator, &components);
    if templates.is_empty() {
        return Vec::new();
    }
    let person = Person {
        skill: 2.9 + 0.5 * rng.normal(),
        bias: components.iter().map(|_| 0.35 * rng.normal()).collect(),
        components,
    };

    let first_day = school_year_start(today) + Duration::days(12);
    let span = (today - first_day).num_days().max(1);
    let count = rng.range(1, 4);
    (0..count)
        .map(|k| {
            #[allow(
                clippy::cast_possible_wrap,
                reason = "k, count and the jitter are all below 5"
            )]
            let day = first_day
                + Duration::days(
                    span * (2 * k as i64 + 1) / (2 * count as i64) + rng.range(0, 3) as i64,
                );
            let kind = visit_kind(&mut rng, k, &educator.role);
            let rated = catalog.visits.kind(&educator.role, kind);
            let visit = Visit {
                educator,
                rubric,
                fingerprint: &entry.fingerprint,
                person: &person,
                templates: &templates,
                day: weekday_on_or_before(day.min(today)),
                kind,
                announced: rated.announced,
                rates: person
                    .components
                    .iter()
                    .map(|c| rated.may_rate(rubric, &c.id))
                    .collect(),
                today,
            };
            let mut observation = visit.observe(&mut rng);
            observation.observer = observer(educator, index, k);
            observation
        })
        .collect()
}

/// The note templates that fit the educator's role and use only components
/// their rubric applies to them.
fn templates_for(educator: &Educator, components: &[&Component]) -> Vec<&'static NoteTemplate> {
    let bank = bank::get();
    let notes = if educator.role == "edtech-coordinator" {
        &bank.coordinator_notes
    } else {
        &bank.teacher_notes
    };
    notes
        .iter()
        .filter(|t| {
            t.components
                .iter()
                .all(|id| components.iter().any(|c| c.id == *id))
        })
        .collect()
}

/// The first visit is formal (a coordinator's: a training session they
/// lead); later ones are mostly informal or walkthroughs (a coordinator's:
/// site visits, reviews of their records, planning conferences).
fn visit_kind(rng: &mut Rng, k: u64, role: &str) -> ObservationKind {
    use ObservationKind as K;
    let coordinator = role == "edtech-coordinator";
    match (k, coordinator) {
        (0, false) => K::Formal,
        (0, true) => K::ProfessionalDevelopment,
        (_, false) => *rng.pick(&[
            K::Informal,
            K::Informal,
            K::Walkthrough,
            K::Walkthrough,
            K::Virtual,
        ]),
        (_, true) => *rng.pick(&[
            K::SiteVisit,
            K::ArtifactReview,
            K::PlanningConference,
            K::ProfessionalDevelopment,
        ]),
    }
}

/// The educator's own evaluator, except on calibration visits: a later
/// visit of one educator in five is made by the principal of another school,
/// so a district summary has ratings of one educator by two evaluators.
fn observer(educator: &Educator, index: usize, visit: u64) -> String {
    let evaluators = &bank::get().people.evaluators;
    let own = evaluators.iter().position(|e| *e == educator.evaluator);
    match own {
        Some(i) if visit > 0 && (index as u64 + visit).is_multiple_of(5) => {
            evaluators[(i + 1) % evaluators.len()].clone()
        }
        _ => educator.evaluator.clone(),
    }
}

/// What stays the same about an educator across visits.
struct Person<'a> {
    /// Overall level on a 1-4 scale.
    skill: f64,
    /// Per component: stronger or weaker than overall.
    bias: Vec<f64>,
    components: Vec<&'a Component>,
}

/// The subjects the phrase bank has topics for, each with the words that name it.
const WORDS: &[(&str, &[&str])] = &[
    (
        "math",
        &[
            "math",
            "algebra",
            "geometry",
            "calculus",
            "statistics",
            "number",
        ],
    ),
    (
        "computer",
        &["computer", "coding", "technology", "robotics"],
    ),
    (
        "science",
        &["science", "biology", "chemistry", "physics", "earth"],
    ),
    (
        "reading",
        &["reading", "literacy", "ela", "english", "literature"],
    ),
    ("writing", &["writing", "composition"]),
    (
        "history",
        &[
            "history",
            "social studies",
            "civics",
            "government",
            "geography",
        ],
    ),
    (
        "spanish",
        &["spanish", "french", "language", "german", "chinese"],
    ),
    ("art", &["art", "drawing", "ceramics"]),
    ("music", &["music", "band", "choir", "orchestra"]),
    ("pe", &["physical education", "pe", "health"]),
];

/// Lesson topics for a subject, by the whole words in its name; a class of
/// "all subjects" gets a different core subject each visit.
fn topics_for(subject: &str, rng: &mut Rng) -> &'static [String] {
    let lower = subject.to_lowercase();
    let has_word = |w: &str| {
        if w.contains(' ') {
            lower.contains(w)
        } else {
            lower.split(|c: char| !c.is_alphanumeric()).any(|t| t == w)
        }
    };
    let key = WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| has_word(w)))
        .map_or_else(
            || *rng.pick(&["math", "reading", "science", "writing"]),
            |(key, _)| *key,
        );
    let topics = &bank::get().people.topics;
    topics
        .iter()
        .find(|(k, _)| k == key)
        .or_else(|| topics.first())
        .map_or(&[], |(_, topics)| topics.as_slice())
}

fn weekday_on_or_before(day: NaiveDate) -> NaiveDate {
    match day.weekday() {
        Weekday::Sat => day - Duration::days(1),
        Weekday::Sun => day - Duration::days(2),
        _ => day,
    }
}
