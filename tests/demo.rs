//! The demo workspace, generated in-process: deterministic, varied, and
//! consistent with the bundled rubrics.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use teacher_eval::demo::{Demo, generate};
use teacher_eval::record::{ObservationKind, RatingLevel};
use teacher_eval::rubric::{Catalog, SchoolLevel};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date")
}

fn demo(catalog: &Catalog) -> Demo {
    generate(24, 1, today(), catalog)
}

#[test]
fn the_same_seed_gives_the_same_demo() {
    let catalog = Catalog::load(&[]);
    let first = demo(&catalog);
    let second = demo(&catalog);
    assert_eq!(first, second);
    let other = generate(24, 2, today(), &catalog);
    assert_ne!(first.educators, other.educators);
}

/// `demo --seed` takes any u64: the largest once overflowed (a panic in a
/// debug build) when it turned the rotation of schools.
#[test]
fn the_largest_seed_makes_a_demo() {
    let catalog = Catalog::load(&[]);
    let demo = generate(24, u64::MAX, today(), &catalog);
    assert_eq!(demo.educators.len(), 24);
}

#[test]
fn educators_are_24_at_three_or_more_schools_of_each_level() {
    let catalog = Catalog::load(&[]);
    let demo = demo(&catalog);
    assert_eq!(demo.educators.len(), 24);
    let ids: BTreeSet<&str> = demo.educators.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 24, "ids are unique");

    let mut schools: BTreeMap<SchoolLevel, BTreeSet<&str>> = BTreeMap::new();
    for e in &demo.educators {
        schools.entry(e.level).or_default().insert(&e.school);
    }
    for level in [
        SchoolLevel::Elementary,
        SchoolLevel::Middle,
        SchoolLevel::High,
    ] {
        let at_level = schools.get(&level).map_or(0, BTreeSet::len);
        assert!(
            at_level >= 3,
            "{level:?} has {at_level} schools: {schools:?}"
        );
    }
}

#[test]
fn educators_are_teachers_and_coordinators_with_a_fitting_rubric() {
    let catalog = Catalog::load(&[]);
    let demo = demo(&catalog);
    let roles: BTreeSet<&str> = demo.educators.iter().map(|e| e.role.as_str()).collect();
    assert_eq!(roles, BTreeSet::from(["edtech-coordinator", "teacher"]));
    let coordinator_levels: BTreeSet<SchoolLevel> = demo
        .educators
        .iter()
        .filter(|e| e.role == "edtech-coordinator")
        .map(|e| e.level)
        .collect();
    assert!(coordinator_levels.len() >= 2, "{coordinator_levels:?}");

    for e in &demo.educators {
        let entry = catalog
            .get(&e.rubric_id)
            .unwrap_or_else(|| panic!("{}: rubric `{}` not loaded", e.id, e.rubric_id));
        assert_eq!(entry.rubric.role.id, e.role, "{}", e.id);
        assert!(!e.name.trim().is_empty() && !e.school.is_empty(), "{e:?}");
    }
}

#[test]
fn educator_names_come_from_many_languages() {
    let catalog = Catalog::load(&[]);
    let demo = demo(&catalog);
    let non_ascii: Vec<&str> = demo
        .educators
        .iter()
        .map(|e| e.name.as_str())
        .filter(|n| !n.is_ascii())
        .collect();
    assert!(non_ascii.len() >= 3, "{non_ascii:?}");
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one scenario, step after step, each checked where it happens"
)]
fn observations_fit_their_rubric_and_the_school_year() {
    let catalog = Catalog::load(&[]);
    let demo = demo(&catalog);
    let start = NaiveDate::from_ymd_opt(2026, 8, 1).expect("a date");
    let mut levels_seen: BTreeSet<u32> = BTreeSet::new();
    let mut not_observed = 0;
    // Every problem is collected, so one run shows them all.
    let mut problems: Vec<String> = Vec::new();

    for e in &demo.educators {
        let count = demo
            .observations
            .iter()
            .filter(|o| o.educator_id == e.id)
            .count();
        if !(1..=4).contains(&count) {
            problems.push(format!("{}: {count} observations", e.id));
        }
    }
    let ids: BTreeSet<&str> = demo.observations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids.len(), demo.observations.len(), "ids are unique");

    for o in &demo.observations {
        let Some(educator) = demo.educators.iter().find(|e| e.id == o.educator_id) else {
            problems.push(format!("{}: unknown educator {}", o.id, o.educator_id));
            continue;
        };
        if o.rubric_id != educator.rubric_id {
            problems.push(format!(
                "{}: rubric {} is not its educator's",
                o.id, o.rubric_id
            ));
        }
        let Some(entry) = catalog.get(&o.rubric_id) else {
            problems.push(format!("{}: rubric `{}` not loaded", o.id, o.rubric_id));
            continue;
        };
        if o.rubric_fingerprint != entry.fingerprint {
            problems.push(format!("{}: fingerprint differs", o.id));
        }
        let rubric = &entry.rubric;

        let day = o.started_at.date_naive();
        if day <= start || day > today() {
            problems.push(format!("{}: on {day}", o.id));
        }
        if !(10..=40).contains(&o.evidence.len()) {
            problems.push(format!("{}: {} notes", o.id, o.evidence.len()));
        }
        for pair in o.evidence.windows(2) {
            if pair[0].offset_secs >= pair[1].offset_secs {
                problems.push(format!(
                    "{}: note {} at {}s, then note {} at {}s",
                    o.id, pair[0].id, pair[0].offset_secs, pair[1].id, pair[1].offset_secs
                ));
            }
        }
        for note in &o.evidence {
            if note.offset_secs > o.duration_secs {
                problems.push(format!("{}: note {} after the end", o.id, note.id));
            }
            for c in note
                .components
                .iter()
                .filter(|c| rubric.component(c).is_none())
            {
                problems.push(format!(
                    "{}: note {} names `{c}`, not in {}",
                    o.id, note.id, rubric.id
                ));
            }
        }

        for rating in &o.ratings {
            if rubric.component(&rating.component).is_none() {
                problems.push(format!(
                    "{}: rating of `{}`, not in {}",
                    o.id, rating.component, rubric.id
                ));
            }
            match rating.level {
                RatingLevel::Level(score) if rubric.level(score).is_some() => {
                    levels_seen.insert(score);
                }
                RatingLevel::Level(score) => {
                    problems.push(format!("{}: level {score} not in {}", o.id, rubric.id));
                }
                RatingLevel::NotObserved => not_observed += 1,
            }
            for id in &rating.evidence {
                if !o.evidence.iter().any(|n| n.id == *id) {
                    problems.push(format!(
                        "{}: rating of {} rests on missing note {id}",
                        o.id, rating.component
                    ));
                }
            }
        }
    }
    if levels_seen != BTreeSet::from([1, 2, 3, 4]) {
        problems.push(format!("levels used: {levels_seen:?}, not all of 1-4"));
    }
    if not_observed == 0 {
        problems.push("no component is marked not observed".into());
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Demos of several seeds, so the rules below hold beyond one lucky draw.
fn demos(catalog: &Catalog) -> Vec<Demo> {
    (1..=6)
        .map(|seed| generate(24, seed, today(), catalog))
        .collect()
}

/// The largest "N min" a note tells of, or 0.
fn minutes_told(text: &str) -> u64 {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| w[1].starts_with("min"))
        .filter_map(|w| w[0].parse::<u64>().ok())
        .max()
        .unwrap_or(0)
}

#[test]
fn no_note_repeats_in_a_visit_and_each_fits_in_the_time_passed() {
    let catalog = Catalog::load(&[]);
    let mut problems = Vec::new();
    let mut timed = 0;
    for demo in demos(&catalog) {
        for o in &demo.observations {
            let mut texts = BTreeSet::new();
            for note in &o.evidence {
                if !texts.insert(note.text.as_str()) {
                    problems.push(format!(
                        "{}: note {} repeats {:?}",
                        o.id, note.id, note.text
                    ));
                }
                if note.offset_secs >= o.duration_secs {
                    problems.push(format!("{}: note {} after the visit", o.id, note.id));
                }
                let told = minutes_told(&note.text);
                timed += usize::from(told > 0);
                if told * 60 > note.offset_secs {
                    problems.push(format!(
                        "{}: note {} at {}s tells of {told} min: {:?}",
                        o.id, note.id, note.offset_secs, note.text
                    ));
                }
            }
        }
    }
    assert!(
        timed > 50,
        "the rule was tried on notes that tell of minutes"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn walkthroughs_rate_and_tag_only_what_a_visit_can_see() {
    let catalog = Catalog::load(&[]);
    let mut walkthroughs = 0;
    for demo in demos(&catalog) {
        for o in demo
            .observations
            .iter()
            .filter(|o| o.kind == ObservationKind::Walkthrough)
        {
            walkthroughs += 1;
            let rubric = &catalog.get(&o.rubric_id).expect("bundled").rubric;
            let seen = |id: &str| rubric.component(id).is_some_and(|c| c.observable);
            for r in &o.ratings {
                assert!(seen(&r.component), "{}: rates {}", o.id, r.component);
            }
            for n in &o.evidence {
                assert!(
                    n.components.iter().all(|c| seen(c)),
                    "{}: note {} tags {:?}",
                    o.id,
                    n.id,
                    n.components
                );
            }
        }
    }
    assert!(walkthroughs > 20, "{walkthroughs} walkthroughs");
}

/// Coordinators are seen at work, teachers in lessons: each demo visit is
/// of a kind its educator's role has, and rates only what that kind rates.
#[test]
fn every_visit_is_of_a_kind_its_role_has_and_rates_within_it() {
    let catalog = Catalog::load(&[]);
    let mut coordinator_kinds = BTreeSet::new();
    for demo in demos(&catalog) {
        for o in &demo.observations {
            let educator = demo
                .educators
                .iter()
                .find(|e| e.id == o.educator_id)
                .expect("its educator");
            let offered = catalog.visits.offered(&educator.role);
            assert!(
                offered.iter().any(|k| k.kind == o.kind),
                "{}: a {} has no {:?}",
                o.id,
                educator.role,
                o.kind
            );
            if educator.role == "edtech-coordinator" {
                coordinator_kinds.insert(o.kind.key());
            }
            let kind = catalog.visits.kind(&educator.role, o.kind);
            let rubric = &catalog.get(&o.rubric_id).expect("bundled").rubric;
            for r in &o.ratings {
                assert!(
                    kind.may_rate(rubric, &r.component),
                    "{}: a {} rates {}",
                    o.id,
                    kind.name,
                    r.component
                );
            }
            assert_eq!(o.announced, Some(kind.announced), "{}", o.id);
        }
    }
    assert_eq!(
        coordinator_kinds.into_iter().collect::<Vec<_>>(),
        [
            "artifact-review",
            "pd-session",
            "planning-conference",
            "site-visit"
        ]
    );
}
