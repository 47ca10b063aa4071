//! The search reads every text a person typed: each record type is filled
//! in whole (every field, every list with an entry, every option set), and
//! every text in its file must be either searched (`texts.rs`) or listed
//! below as not typed text, with why. A field added to a record without
//! being put in one of the two lists fails here.
//!
//! The samples are struct literals without `..`, so a new field does not
//! compile until it is given a value here: give it a non-empty one.

use std::cell::Cell;
use std::collections::HashMap;

use serde_json::Value;

use super::texts::Searchable;
use super::{Options, Query, Searching};
use crate::record::{
    Amendment, Archived, ClassContext, Educator, Employment, EvidenceKind, EvidenceNote, Finalized,
    Focus, Goal, GrowthPlan, Measure, MeasurePlan, Observation, ObservationKind, Period, PlanKind,
    PlanSource, PlanTerms, ProgressEntry, Qualifications, Rating, RatingLevel, RatingPoint,
    Reopening, Selection, Status, Step, StepStatus, Summative, Timestamp, Trail, Typing,
};
use crate::record::{
    Artifact, EducatorResponse, FileKind, ProposedGoal, RosterIds, SelfAssessment, SelfRating,
    SelfStatus, Supplied, Supplier,
};
use crate::rubric::SchoolLevel;

/// Ids, names, dates, choices and copies: text in the files that is not
/// something a person wrote as a note, by path in the record's JSON form.
const NOT_TYPED: &[&str] = &[
    // Ids, rubric and profile ids, fingerprints, times, and choices from lists.
    "id",
    "educator_id",
    "rubric_id",
    "rubric_fingerprint",
    "profile_id",
    "school_year",
    "measure",
    "created",
    "changed",
    "kind",
    "level",
    "role",
    "period",
    "observations.Chosen[]",
    "started_at",
    "evidence[].at",
    "evidence[].kind",
    "evidence[].components[]",
    "ratings[].component",
    "lookfors.form_id",
    "lookfors.form_fingerprint",
    "lookfors.answers[].item",
    "overrides[].component",
    "status.Acknowledged.shared_at",
    "status.Acknowledged.at",
    "trail.shared.fingerprint",
    "trail.shared.at",
    "trail.acknowledged.fingerprint",
    "trail.acknowledged.at",
    "trail.amendments[].at",
    "trail.amendments[].field",
    "finalized.at",
    "finalized.ratings[].observation_id",
    "finalized.ratings[].at",
    "finalized.ratings[].component",
    "reopened[].at",
    "source.Summative",
    "focus[].component",
    "goals[].components[]",
    "goals[].target_date",
    "steps[].due",
    "steps[].status",
    "progress[].date",
    "date",
    "archived.at",
    // The district's ids and address for the person, from its roster.
    "roster_ids.employee_id",
    "roster_ids.sourced_id",
    "roster_ids.email",
    "artifacts[].sha256",
    "artifacts[].kind",
    "artifacts[].components[]",
    "artifacts[].supplied_by",
    "artifacts[].added_at",
    "components[].component",
    "supplied",
    "status.Submitted.at",
    // A file's own name, shown beside its caption: the name it had on someone's disk.
    "artifacts[].file_name",
    // People's names: the roster's own search finds educators by name, school and subject.
    "name",
    "school",
    "subject",
    "evaluator",
    "employment.Other",
    "qualifications.degree",
    "qualifications.certifications[].name",
    "qualifications.certifications[].number",
    "qualifications.certifications[].issued",
    "qualifications.certifications[].expires",
    "qualifications.degree_level",
    "observer",
    "co_observer",
    "context.subject",
    "context.grade",
    "status.Acknowledged.by",
    "trail.amendments[].by",
    "finalized.by",
    "reopened[].by",
    "steps[].who",
    "archived.by",
    "artifacts[].added_by",
    "entered_by",
    // An educator's response: ids, the version answered, who and when; its
    // files as any artifact's are.
    "responses[].response_id",
    "responses[].packet_id",
    "responses[].version",
    "responses[].name",
    "responses[].acknowledged_at",
    "responses[].imported_at",
    "responses[].imported_by",
    "responses[].artifacts[].sha256",
    "responses[].artifacts[].file_name",
    "responses[].artifacts[].kind",
    "responses[].artifacts[].components[]",
    "responses[].artifacts[].supplied_by",
    "responses[].artifacts[].added_by",
    "responses[].artifacts[].added_at",
    // Amendments' old and new values: earlier versions, as the history keeps them.
    "trail.amendments[].old",
    "trail.amendments[].new",
    // Not yet evidence: the note field as typed, back in it when the record opens.
    "typing.note",
    "typing.tags[]",
    "typing.editing[]",
    // Written by the program, or copied from a rubric, a profile or a measure record.
    "finalized.rating",
    "finalized.final_rating",
    "trigger",
    "rule.name",
    "rule.timeline",
    "rule.source",
    "focus[].target_descriptor",
    "source",
    "finalized.measures[].id",
    "finalized.measures[].educator_id",
    "finalized.measures[].school_year",
    "finalized.measures[].measure",
    "finalized.measures[].title",
    "finalized.measures[].source",
    "finalized.measures[].date",
    "finalized.measures[].created",
    "finalized.measures[].changed",
    "finalized.measures[].plan.context",
    "finalized.measures[].plan.goal",
    "finalized.measures[].plan.starting_points",
    "finalized.measures[].plan.targets",
    "finalized.measures[].plan.focused_targets",
    "finalized.measures[].plan.measures",
    "finalized.measures[].plan.scoring",
];

thread_local! {
    static COUNTER: Cell<usize> = const { Cell::new(0) };
}

/// A text no other field of the samples has, one word of which is unique.
fn typed() -> String {
    let n = COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    format!("written uniqueword{n}")
}

fn at() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-10-14T10:14:00-04:00").expect("a time")
}

fn date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 10, 14).expect("a date")
}

fn trail() -> Trail {
    let version = || crate::record::Version {
        fingerprint: typed(),
        at: at(),
    };
    Trail {
        shared: Some(version()),
        acknowledged: Some(version()),
        amendments: vec![Amendment {
            at: at(),
            by: typed(),
            field: typed(),
            old: typed(),
            new: typed(),
            reason: typed(),
            after_acknowledgement: true,
        }],
    }
}

fn acknowledged() -> Status {
    Status::Acknowledged {
        shared_at: at(),
        by: typed(),
        at: at(),
    }
}

fn educator() -> Educator {
    Educator {
        schema: 1,
        id: typed(),
        name: typed(),
        role: typed(),
        school: typed(),
        level: SchoolLevel::Middle,
        subject: typed(),
        employment: Employment::Other(typed()),
        evaluator: typed(),
        rubric_id: typed(),
        qualifications: Qualifications {
            degree: typed(),
            degree_level: Some(crate::record::DegreeLevel::Master),
            certifications: vec![crate::record::Certification {
                name: typed(),
                number: typed(),
                issued: Some(date()),
                expires: Some(date()),
            }],
        },
        created: at(),
        changed: at(),
        archived: Some(Archived {
            at: at(),
            by: typed(),
            reason: typed(),
        }),
        roster_ids: RosterIds {
            employee_id: typed(),
            sourced_id: typed(),
            email: typed(),
        },
    }
}

fn observation() -> Observation {
    Observation {
        schema: 1,
        id: typed(),
        educator_id: typed(),
        rubric_id: typed(),
        rubric_fingerprint: typed(),
        kind: ObservationKind::Formal,
        announced: None,
        observer: typed(),
        co_observer: typed(),
        started_at: at(),
        duration_secs: 1,
        context: ClassContext {
            subject: typed(),
            grade: typed(),
            topic: typed(),
            students: Some(1),
        },
        pre_conference: typed(),
        evidence: vec![EvidenceNote {
            id: 1,
            offset_secs: 1,
            at: at(),
            text: typed(),
            kind: EvidenceKind::Quote,
            components: vec![typed()],
            names_students: true,
        }],
        ratings: vec![Rating {
            component: typed(),
            level: RatingLevel::Level(3),
            rationale: typed(),
            evidence: vec![1],
        }],
        lookfors: Some(crate::record::LookForAnswers {
            form_id: typed(),
            form_fingerprint: typed(),
            answers: vec![crate::record::LookForAnswer {
                item: typed(),
                value: crate::record::AnswerValue::Note(typed()),
            }],
        }),
        post_conference: typed(),
        reflection: typed(),
        artifacts: vec![artifact()],
        typing: Typing {
            note: typed(),
            quote: true,
            names_students: true,
            tags: vec![typed()],
            editing: Some((1, typed())),
        },
        status: acknowledged(),
        responses: vec![response()],
        trail: trail(),
        created: at(),
        changed: at(),
        abridged: None,
    }
}

fn response() -> EducatorResponse {
    EducatorResponse {
        response_id: typed(),
        packet_id: typed(),
        version: typed(),
        name: typed(),
        acknowledged_at: at(),
        reflection: typed(),
        artifacts: vec![artifact()],
        imported_at: at(),
        imported_by: typed(),
        earlier_version: true,
    }
}

fn artifact() -> Artifact {
    Artifact {
        sha256: typed(),
        file_name: typed(),
        size: 1,
        kind: FileKind::Pdf,
        caption: typed(),
        components: vec![typed()],
        supplied_by: Supplier::Educator,
        added_by: typed(),
        added_at: at(),
    }
}

fn self_assessment() -> SelfAssessment {
    SelfAssessment {
        schema: 1,
        id: typed(),
        educator_id: typed(),
        school_year: typed(),
        rubric_id: typed(),
        rubric_fingerprint: typed(),
        components: vec![SelfRating {
            component: typed(),
            level: Some(3),
            evidence: typed(),
        }],
        goals: vec![ProposedGoal {
            text: typed(),
            components: vec![typed()],
        }],
        supplied: Supplied::Educator,
        entered_by: typed(),
        status: SelfStatus::Submitted { at: at() },
        trail: trail(),
        created: at(),
        changed: at(),
    }
}

fn measure() -> Measure {
    Measure {
        schema: 1,
        id: typed(),
        educator_id: typed(),
        school_year: typed(),
        measure: typed(),
        title: typed(),
        score: Some(1.0),
        source: typed(),
        date: Some(date()),
        plan: MeasurePlan {
            context: typed(),
            goal: typed(),
            starting_points: typed(),
            targets: typed(),
            focused_targets: typed(),
            measures: typed(),
            scoring: typed(),
        },
        created: at(),
        changed: at(),
    }
}

fn summative() -> Summative {
    Summative {
        schema: 1,
        id: typed(),
        educator_id: typed(),
        school_year: typed(),
        profile_id: typed(),
        rubric_id: typed(),
        observations: Selection::Chosen(vec![typed()]),
        period: Period::SemiAnnual,
        overrides: vec![crate::record::Override {
            component: typed(),
            level: 3,
            reason: typed(),
        }],
        comments: typed(),
        artifacts: vec![artifact()],
        status: acknowledged(),
        finalized: Some(Finalized {
            at: at(),
            by: typed(),
            ratings: vec![RatingPoint {
                observation_id: typed(),
                at: at(),
                component: typed(),
                level: 3,
            }],
            score: Some(2.0),
            rating: Some(typed()),
            measures: Some(vec![measure()]),
            final_score: Some(2.0),
            final_rating: Some(typed()),
        }),
        reopened: vec![Reopening {
            at: at(),
            by: typed(),
            reason: typed(),
        }],
        responses: vec![response()],
        trail: trail(),
        created: at(),
        changed: at(),
    }
}

fn plan() -> GrowthPlan {
    GrowthPlan {
        schema: 1,
        id: typed(),
        educator_id: typed(),
        school_year: typed(),
        kind: PlanKind::Improvement,
        source: PlanSource::Summative(typed()),
        trigger: typed(),
        rule: Some(PlanTerms {
            name: typed(),
            timeline: typed(),
            source: typed(),
        }),
        focus: vec![Focus {
            component: typed(),
            current: Some(1),
            target: Some(3),
            target_descriptor: typed(),
        }],
        goals: vec![Goal {
            statement: typed(),
            components: vec![typed()],
            measure: typed(),
            target_date: Some(date()),
            from_self_assessment: true,
        }],
        steps: vec![Step {
            what: typed(),
            who: typed(),
            due: Some(date()),
            status: StepStatus::InProgress,
        }],
        supports: typed(),
        progress: vec![ProgressEntry {
            date: date(),
            text: typed(),
        }],
        mid_year_review: typed(),
        end_of_year_review: typed(),
        artifacts: vec![artifact()],
        trail: trail(),
        status: acknowledged(),
        created: at(),
        changed: at(),
    }
}

/// Every string in `value`, with its path (`evidence[].text`).
fn strings(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        Value::String(s) => out.push((path.to_string(), s.clone())),
        Value::Array(items) => {
            for item in items {
                strings(item, &format!("{path}[]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                strings(item, &join(key), out);
            }
        }
        _ => {}
    }
}

/// Every text of `record` is searched or listed as not typed, never both,
/// and a search for each searched text's own word finds it there alone.
fn covers<R: Searchable>(record: &R) {
    let json = serde_json::to_value(record).expect("a record serialises");
    let mut found = Vec::new();
    strings(&json, "", &mut found);
    let texts = record.texts();
    for (path, value) in &found {
        assert!(!value.is_empty(), "fill `{path}` in the sample");
        let searched = texts.iter().any(|t| t.text == value);
        let listed = NOT_TYPED.contains(&path.as_str());
        assert!(
            searched || listed,
            "`{path}` of a {} is text in the file that the search does not read: add it \
             to its `texts` (src/search/texts.rs) or to NOT_TYPED here, saying why",
            R::RECORD_KIND.label()
        );
        assert!(
            !(searched && listed),
            "`{path}` is searched and listed as not typed"
        );
    }
    let names = HashMap::new();
    let options = Options {
        educator: None,
        limit: 100,
    };
    for text in &texts {
        let word = text.text.split(' ').next_back().expect("a word");
        let query = Query::parse(word).expect("a search");
        let search = Searching {
            query: &query,
            options: &options,
            names: &names,
        };
        let hits = search.hits_in(record);
        assert_eq!(hits.len(), 1, "{word} at {:?}", text.place);
        assert_eq!(hits[0].place, text.place);
        assert_eq!(hits[0].snippet.text, text.text);
    }
}

#[test]
fn every_typed_text_of_every_record_is_searched() {
    covers(&educator());
    covers(&observation());
    covers(&summative());
    covers(&plan());
    covers(&measure());
    covers(&self_assessment());
}

#[test]
fn the_sample_fills_what_the_files_hold() {
    // A field left out of the sample's file would escape the check above.
    let json = serde_json::to_value(observation()).expect("a record serialises");
    let mut found = Vec::new();
    strings(&json, "", &mut found);
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    for path in [
        "typing.note",
        "co_observer",
        "trail.amendments[].reason",
        "context.topic",
    ] {
        assert!(paths.contains(&path), "{path} missing from {paths:?}");
    }
}
