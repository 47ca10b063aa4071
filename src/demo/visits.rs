//! Demo observations: classroom scripting tagged to components, ratings
//! with rationales around each educator's own strengths and weaknesses, and
//! conferences, all dated within the school year so far.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::bank::{self, NoteKind, NoteTemplate};
use super::people::{at, school_year_start};
use super::rng::Rng;
use crate::record::{
    ClassContext, Educator, EvidenceKind, EvidenceNote, IdKind, Observation, ObservationKind,
    RECORD_SCHEMA, Rating, RatingLevel, Status, id_from_bits,
};
use crate::rubric::{Catalog, Component, Rubric};

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
    let bank = bank::get();
    let notes = if educator.role == "edtech-coordinator" {
        &bank.coordinator_notes
    } else {
        &bank.teacher_notes
    };
    let templates: Vec<&NoteTemplate> = notes
        .iter()
        .filter(|t| {
            t.components
                .iter()
                .all(|id| components.iter().any(|c| c.id == *id))
        })
        .collect();
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
            let day = first_day
                + Duration::days(
                    span * (2 * k as i64 + 1) / (2 * count as i64) + rng.range(0, 3) as i64,
                );
            let day = weekday_on_or_before(day.min(today));
            let kind = if k == 0 {
                ObservationKind::Formal
            } else {
                *rng.pick(&[
                    ObservationKind::Informal,
                    ObservationKind::Informal,
                    ObservationKind::Walkthrough,
                    ObservationKind::Walkthrough,
                    ObservationKind::Virtual,
                ])
            };
            let mut observation = visit(
                &mut rng,
                educator,
                rubric,
                &entry.fingerprint,
                &person,
                &templates,
                day,
                kind,
                today,
            );
            observation.observer = observer(educator, index, k);
            observation
        })
        .collect()
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

#[allow(clippy::too_many_arguments)]
fn visit(
    rng: &mut Rng,
    educator: &Educator,
    rubric: &Rubric,
    fingerprint: &str,
    person: &Person,
    templates: &[&NoteTemplate],
    day: NaiveDate,
    kind: ObservationKind,
    today: NaiveDate,
) -> Observation {
    let texts = &bank::get().texts;
    let started_at = at(day, rng.range(8, 13) as u32, 5 * rng.range(0, 11) as u32);
    let minutes = match kind {
        ObservationKind::Formal => rng.range(40, 55),
        ObservationKind::Informal => rng.range(20, 35),
        ObservationKind::Walkthrough => rng.range(10, 15),
        ObservationKind::Virtual => rng.range(30, 45),
    };
    let duration_secs = minutes * 60;
    let note_count = match kind {
        ObservationKind::Walkthrough => rng.range(10, 15),
        ObservationKind::Formal => rng.range(25, 40),
        _ => rng.range(15, 30),
    };
    let topics = topics_for(&educator.subject, rng);
    let topic = if topics.is_empty() {
        "the lesson".to_string()
    } else {
        rng.pick(topics).clone()
    };
    let class_size = rng.range(14, 30);
    let mut offsets: Vec<u64> = (0..note_count)
        .map(|_| rng.range(20, duration_secs))
        .collect();
    offsets.sort_unstable();
    // Two notes are never typed in the same second.
    for i in 1..offsets.len() {
        offsets[i] = offsets[i].max(offsets[i - 1] + 1);
    }
    let evidence: Vec<EvidenceNote> = offsets
        .iter()
        .enumerate()
        .map(|(i, &offset)| {
            let template = rng.pick(templates);
            let (text, names_students) = fill(&template.text, rng, &topic, class_size);
            EvidenceNote {
                id: i as u32 + 1,
                offset_secs: offset,
                at: started_at + Duration::seconds(offset as i64),
                text,
                kind: match template.kind {
                    NoteKind::Quote => EvidenceKind::Quote,
                    NoteKind::Action => EvidenceKind::ObservedAction,
                    NoteKind::Artifact => EvidenceKind::Artifact,
                    NoteKind::EvaluatorNote => EvidenceKind::EvaluatorNote,
                },
                components: template.components.clone(),
                names_students,
            }
        })
        .collect();

    let mut ratings = Vec::new();
    for (c, component) in person.components.iter().enumerate() {
        let linked: Vec<u32> = evidence
            .iter()
            .filter(|n| n.components.contains(&component.id))
            .map(|n| n.id)
            .collect();
        let artifact_rating =
            kind == ObservationKind::Formal && !component.observable && rng.chance(0.5);
        if linked.is_empty() && !artifact_rating {
            if kind == ObservationKind::Formal && component.observable && rng.chance(0.3) {
                ratings.push(Rating {
                    component: component.id.clone(),
                    level: RatingLevel::NotObserved,
                    rationale: "Not seen during this visit.".into(),
                    evidence: Vec::new(),
                });
            }
            continue;
        }
        let levels = &rubric.levels;
        let position = (person.skill + person.bias[c] + 0.3 * rng.normal() - 1.0) / 3.0
            * (levels.len() - 1) as f64;
        let level = &levels[position.round().clamp(0.0, (levels.len() - 1) as f64) as usize];
        let time = linked
            .first()
            .and_then(|id| evidence.iter().find(|n| n.id == *id))
            .map_or(started_at, |n| n.at);
        let rationale = rng
            .pick(&texts.rationales)
            .replace("{component}", &component.name)
            .replace("{level}", &level.name)
            .replace("{time}", &time.format("%H:%M").to_string());
        ratings.push(Rating {
            component: component.id.clone(),
            level: RatingLevel::Level(level.score),
            rationale,
            evidence: linked,
        });
    }

    let age = (today - day).num_days();
    let status = if age > 14 {
        Status::Acknowledged {
            shared_at: at(day + Duration::days(2), 15, 30),
            by: educator.name.clone(),
            at: at(day + Duration::days(4), 8, 10),
        }
    } else if age > 3 {
        Status::Shared {
            at: at(day + Duration::days(2), 15, 30),
        }
    } else {
        Status::Draft
    };
    let conferenced = kind != ObservationKind::Walkthrough && status != Status::Draft;
    let pre_conference = if kind == ObservationKind::Formal {
        rng.pick(&texts.pre_conference_notes)
            .replace("{topic}", &topic)
    } else {
        String::new()
    };
    let changed = match &status {
        Status::Acknowledged { at, .. } | Status::Shared { at } => *at,
        Status::Draft => started_at + Duration::seconds(duration_secs as i64 + 600),
    };
    Observation {
        schema: RECORD_SCHEMA,
        id: id_from_bits(IdKind::Observation, rng.next_u64()),
        educator_id: educator.id.clone(),
        rubric_id: rubric.id.clone(),
        rubric_fingerprint: fingerprint.to_string(),
        kind,
        observer: educator.evaluator.clone(),
        started_at,
        duration_secs,
        context: ClassContext {
            subject: educator.subject.clone(),
            grade: String::new(),
            topic,
            students: Some(class_size as u32),
        },
        pre_conference,
        evidence,
        ratings,
        post_conference: if conferenced {
            rng.pick(&texts.conference_notes).clone()
        } else {
            String::new()
        },
        reflection: if conferenced {
            rng.pick(&texts.reflections).clone()
        } else {
            String::new()
        },
        co_observer: String::new(),
        typing: Default::default(),
        status,
        trail: Default::default(),
        created: started_at,
        changed,
    }
}

/// Fills a template's placeholders; says whether it now names a student.
fn fill(template: &str, rng: &mut Rng, topic: &str, class_size: u64) -> (String, bool) {
    let student = |rng: &mut Rng| {
        rng.pick(&bank::get().people.given_names)
            .split_whitespace()
            .last()
            .unwrap_or("Sam")
            .to_string()
    };
    let names_students = template.contains("{student");
    let mut text = template.replace("{topic}", topic);
    if text.contains("{student}") {
        text = text.replace("{student}", &student(rng));
    }
    if text.contains("{student2}") {
        text = text.replace("{student2}", &student(rng));
    }
    let text = text
        .replace("{n}", &rng.range(2, 9).to_string())
        .replace("{count}", &class_size.to_string())
        .replace("{minutes}", &rng.range(2, 15).to_string());
    (text, names_students)
}

/// Lesson topics for a subject, by the whole words in its name; a class of
/// "all subjects" gets a different core subject each visit.
fn topics_for(subject: &str, rng: &mut Rng) -> &'static [String] {
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
