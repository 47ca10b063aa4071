//! The state's rules as data and what is due under them: each bundled rule
//! set at dates around each of its deadlines (who is due, overdue, done),
//! working days that skip weekends and holidays, and rule files that are
//! wrong, each refused with its position.

mod common;

use chrono::NaiveDate;
use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{
    Educator, Employment, Finalized, Observation, ObservationKind, PlannedVisit, RECORD_SCHEMA,
};
use teacher_eval::schedule::{RuleSets, Schedule, Standing, parse_rules, schedule};
use teacher_eval::scoring::new_summative;
use teacher_eval::workspace::Contents;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
}

fn rules(id: &str) -> teacher_eval::schedule::ComplianceRules {
    let sets = RuleSets::load(&[]);
    assert!(sets.errors.is_empty(), "{:?}", sets.errors);
    sets.get(id).expect("bundled").clone()
}

fn teacher(id: &str, employment: Employment) -> Educator {
    let mut e = sample_educator(id, &format!("Teacher {id}"));
    e.employment = employment;
    e
}

/// An observation of `educator` on `date` at 10:00, of `kind`, `minutes` long.
fn seen(id: &str, educator: &str, date: &str, kind: ObservationKind, minutes: u64) -> Observation {
    let mut o = sample_observation(id, educator);
    o.started_at = at(&format!("{date}T10:00:00-05:00"));
    o.kind = kind;
    o.duration_secs = minutes * 60;
    o.post_conference = String::new();
    o
}

fn finalised(id: &str, educator: &Educator) -> teacher_eval::record::Summative {
    let mut s = new_summative(educator, "2026-27", "equal-weights");
    s.id = id.into();
    s.finalized = Some(Finalized {
        at: at("2027-01-20T10:00:00-05:00"),
        by: "Dr. Renée Castellanos".into(),
        ratings: vec![],
        score: Some(3.0),
        rating: Some("Proficient".into()),
        measures: Some(vec![]),
        final_score: Some(3.0),
        final_rating: Some("Proficient".into()),
    });
    s
}

fn contents(educators: Vec<Educator>, observations: Vec<Observation>) -> Contents {
    Contents {
        educators,
        observations,
        ..Contents::default()
    }
}

fn on(c: &Contents, rules_id: &str, date: &str) -> Schedule {
    schedule(c, &[], &rules(rules_id), day(date))
}

fn standing_of(s: &Schedule, id: &str) -> (Standing, String) {
    let p = s
        .people
        .iter()
        .find(|p| p.educator_id == id)
        .expect("listed");
    (p.standing, p.reason.clone())
}

#[test]
fn every_bundled_rule_names_its_sources() {
    let sets = RuleSets::load(&[]);
    assert!(sets.errors.is_empty(), "{:?}", sets.errors);
    let ids: Vec<&str> = sets.entries.iter().map(|e| e.rules.id.as_str()).collect();
    assert_eq!(ids, ["new-jersey", "illinois", "pennsylvania"]);
    for entry in &sets.entries {
        for status in &entry.rules.statuses {
            assert!(!status.sources.is_empty(), "{}", status.label);
            assert!(status.sources.iter().all(|s| !s.cite.is_empty()));
            assert!(status.deadlines.iter().all(|d| !d.source.cite.is_empty()));
        }
    }
}

#[test]
fn new_jersey_nontenured_need_three_one_announced_one_unannounced() {
    let t = teacher("edu-000000000001", Employment::Probationary);
    let observations = vec![
        seen(
            "obs-000000000001",
            &t.id,
            "2026-10-06",
            ObservationKind::Formal,
            45,
        ),
        // 15 minutes: under New Jersey's 20, so it does not count.
        seen(
            "obs-000000000002",
            &t.id,
            "2026-11-03",
            ObservationKind::Informal,
            15,
        ),
    ];
    let c = contents(vec![t.clone()], observations);
    let (standing, reason) = standing_of(&on(&c, "new-jersey", "2026-12-01"), &t.id);
    // The post-conference of 6 October was due 15 working days later, 27 October.
    assert_eq!(standing, Standing::Overdue, "{reason}");
    assert!(
        reason.contains("post-conference of the 2026-10-06 observation was due by 2026-10-27"),
        "{reason}"
    );
    assert!(
        reason.contains(
            "1 of 3 observations; 1 more and an unannounced one still to do by 2027-06-30"
        ),
        "{reason}"
    );
    assert!(reason.contains("1 observation not counted"), "{reason}");
}

#[test]
fn new_jersey_post_conference_is_due_until_the_fifteenth_working_day() {
    let teacher = teacher("edu-000000000001", Employment::Tenured);
    // Tuesday 12 January 2027: 15 working days on is Tuesday 2 February.
    let observed = seen(
        "obs-000000000001",
        &teacher.id,
        "2027-01-12",
        ObservationKind::Formal,
        30,
    );
    let mut c = contents(vec![teacher], vec![observed]);
    let item = |c: &Contents, date: &str| {
        on(c, "new-jersey", date)
            .people
            .into_iter()
            .next()
            .expect("one")
            .items
            .into_iter()
            .find(|i| i.wanted.key() == "post-conference")
            .expect("a post-conference item")
    };
    let due = item(&c, "2027-02-02");
    assert_eq!((due.standing, due.by), (Standing::Due, day("2027-02-02")));
    assert_eq!(item(&c, "2027-02-03").standing, Standing::Overdue);
    // Closed on Monday 18 January (a holiday): the deadline moves a day.
    c.settings.school_holidays = vec![day("2027-01-18")];
    let due = item(&c, "2027-02-03");
    assert_eq!((due.standing, due.by), (Standing::Due, day("2027-02-03")));
    assert_eq!(item(&c, "2027-02-04").standing, Standing::Overdue);
    // Held: the conference notes are written.
    c.observations[0].post_conference = "Talked through the exit tickets.".into();
    assert_eq!(item(&c, "2027-03-01").standing, Standing::Done);
}

#[test]
fn new_jersey_tenured_two_formal_still_lack_an_unannounced_one() {
    let t = teacher("edu-000000000001", Employment::Tenured);
    let mut observations = vec![
        seen(
            "obs-000000000001",
            &t.id,
            "2026-10-06",
            ObservationKind::Formal,
            45,
        ),
        seen(
            "obs-000000000002",
            &t.id,
            "2026-11-03",
            ObservationKind::Formal,
            45,
        ),
    ];
    for o in &mut observations {
        o.post_conference = "Held.".into();
    }
    let mut c = contents(vec![t.clone()], observations);
    let (standing, reason) = standing_of(&on(&c, "new-jersey", "2027-03-01"), &t.id);
    assert_eq!(standing, Standing::Due);
    assert!(
        reason.starts_with("2 of 2 observations; an unannounced one still to do by 2027-06-30"),
        "{reason}"
    );
    // An unannounced informal visit of 20 minutes and the rating finalised: done.
    let mut o = seen(
        "obs-000000000003",
        &t.id,
        "2027-03-02",
        ObservationKind::Informal,
        20,
    );
    o.post_conference = "Held.".into();
    c.observations.push(o);
    c.summatives.push(finalised("sum-000000000001", &t));
    let (standing, reason) = standing_of(&on(&c, "new-jersey", "2027-03-10"), &t.id);
    assert_eq!(standing, Standing::Done, "{reason}");
    assert!(reason.contains("3 observations (2 required)"), "{reason}");
}

#[test]
fn new_jersey_rating_is_due_through_june_and_other_statuses_have_no_rule() {
    let t = teacher("edu-000000000001", Employment::Tenured);
    let sub = teacher(
        "edu-000000000002",
        Employment::Other("Long-term substitute".into()),
    );
    let c = contents(vec![t.clone(), sub.clone()], vec![]);
    let s = on(&c, "new-jersey", "2027-06-30");
    let p = s
        .people
        .iter()
        .find(|p| p.educator_id == t.id)
        .expect("listed");
    let rating = p
        .items
        .iter()
        .find(|i| i.wanted.key() == "rating")
        .expect("a rating");
    assert_eq!(
        (rating.standing, rating.by),
        (Standing::Due, day("2027-06-30"))
    );
    assert_eq!(standing_of(&s, &sub.id).0, Standing::NoRule);
}

#[test]
fn a_districts_own_deadline_makes_observations_overdue_the_day_after() {
    let text = include_str!("../rubrics/rules/new-jersey.ron").replace(
        "deadlines: [",
        "deadlines: [\n Deadline(what: Observations, by: (month: 4, day: 30), source: Source(fact: \"district\", cite: \"Board policy 3221\", verified: false)),",
    );
    let rules = parse_rules("district.ron", text.as_bytes()).expect("the district's file reads");
    let t = teacher("edu-000000000001", Employment::Tenured);
    let c = contents(vec![t.clone()], vec![]);
    let item = |date: &str| {
        let s = schedule(&c, &[], &rules, day(date));
        s.people[0]
            .items
            .iter()
            .find(|i| i.wanted.key() == "observations")
            .cloned()
            .expect("item")
    };
    assert_eq!(item("2027-04-30").standing, Standing::Due);
    let late = item("2027-05-01");
    assert_eq!(late.standing, Standing::Overdue);
    assert!(
        late.words.contains("was due by 2027-04-30"),
        "{}",
        late.words
    );
}

#[test]
fn illinois_counts_formal_observations_and_their_conferences_only() {
    let t = teacher("edu-000000000001", Employment::Probationary);
    let observations = vec![
        seen(
            "obs-000000000001",
            &t.id,
            "2026-10-06",
            ObservationKind::Informal,
            15,
        ),
        seen(
            "obs-000000000002",
            &t.id,
            "2026-10-13",
            ObservationKind::Informal,
            15,
        ),
        seen(
            "obs-000000000003",
            &t.id,
            "2027-01-12",
            ObservationKind::Formal,
            50,
        ),
    ];
    let c = contents(vec![t.clone()], observations);
    let s = on(&c, "illinois", "2027-01-26");
    let p = &s.people[0];
    let conferences: Vec<_> = p
        .items
        .iter()
        .filter(|i| i.wanted.key() == "post-conference")
        .collect();
    // Only the formal one needs a conference: 10 school days after 12 January is 26 January.
    assert_eq!(conferences.len(), 1);
    assert_eq!(
        (conferences[0].standing, conferences[0].by),
        (Standing::Due, day("2027-01-26"))
    );
    assert!(
        p.reason
            .contains("3 of 3 observations; a formal one still to do by 2027-06-30"),
        "{}",
        p.reason
    );
    assert_eq!(
        on(&c, "illinois", "2027-01-27").people[0].standing,
        Standing::Overdue
    );
}

#[test]
fn pennsylvania_temporary_professionals_are_rated_twice() {
    let t = teacher("edu-000000000001", Employment::Probationary);
    let pro = teacher("edu-000000000002", Employment::Tenured);
    let mut c = contents(vec![t.clone(), pro.clone()], vec![]);
    let (standing, reason) = standing_of(&on(&c, "pennsylvania", "2027-01-31"), &t.id);
    assert_eq!(standing, Standing::Due);
    assert!(
        reason.starts_with("rating 1 of 2 due by 2027-01-31; rating 2 of 2 due by 2027-06-30"),
        "{reason}"
    );
    assert_eq!(
        standing_of(&on(&c, "pennsylvania", "2027-02-01"), &t.id).0,
        Standing::Overdue
    );
    c.summatives.push(finalised("sum-000000000001", &t));
    let (standing, reason) = standing_of(&on(&c, "pennsylvania", "2027-02-01"), &t.id);
    assert_eq!(standing, Standing::Due, "{reason}");
    assert!(reason.contains("rating 1 of 2 finalised"), "{reason}");
    // A professional employee: one rating, by 30 June.
    let (standing, reason) = standing_of(&on(&c, "pennsylvania", "2027-06-30"), &pro.id);
    assert_eq!(standing, Standing::Due);
    assert!(
        reason.starts_with("the rating due by 2027-06-30"),
        "{reason}"
    );
}

#[test]
fn planned_visits_are_named_and_a_held_one_is_matched() {
    let t = teacher("edu-000000000001", Employment::Tenured);
    let visit = |id: &str, date: &str, announced: bool| PlannedVisit {
        schema: RECORD_SCHEMA,
        id: id.into(),
        educator_id: t.id.clone(),
        kind: ObservationKind::Informal,
        at: at(&format!("{date}T09:40:00-05:00")),
        minutes: Some(30),
        room: "Room 114".into(),
        announced,
        created: at("2026-12-01T09:00:00-05:00"),
        changed: at("2026-12-01T09:00:00-05:00"),
    };
    let planned = [
        visit("vis-000000000001", "2026-10-06", true),
        visit("vis-000000000002", "2027-02-09", false),
    ];
    let o = seen(
        "obs-000000000001",
        &t.id,
        "2026-10-06",
        ObservationKind::Formal,
        45,
    );
    let c = contents(vec![t.clone()], vec![o]);
    let s = schedule(&c, &planned, &rules("new-jersey"), day("2027-01-05"));
    assert_eq!(s.visits[0].state(s.on), "held");
    assert_eq!(s.visits[1].state(s.on), "planned");
    assert!(
        s.people[0]
            .reason
            .contains("(1 planned: 2027-02-09 unannounced)"),
        "{}",
        s.people[0].reason
    );
    assert_eq!(
        schedule(&c, &planned, &rules("new-jersey"), day("2027-02-10")).visits[1]
            .state(day("2027-02-10")),
        "missed"
    );
}

fn refused(text: &str) -> String {
    match parse_rules("district.ron", text.as_bytes()) {
        Ok(_) => panic!("accepted: {text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn wrong_rule_files_are_refused_with_their_position() {
    let good = include_str!("../rubrics/rules/illinois.ron");
    let bad_day = good.replacen("(month: 6, day: 30)", "(month: 2, day: 30)", 1);
    let e = refused(&bad_day);
    assert!(
        e.contains("month 2 day 30 is not a day every year has"),
        "{e}"
    );
    assert!(e.starts_with("district.ron:"), "{e}");
    let line: usize = e
        .split(':')
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("a line");
    assert!(
        bad_day
            .lines()
            .nth(line - 1)
            .is_some_and(|l| l.contains("by:")),
        "{e}"
    );
    let e = refused(&good.replacen("formal: 2", "formal: 7", 1));
    assert!(
        e.contains("7 formal observations is more than the 3 required"),
        "{e}"
    );
    let e = refused(&good.replacen("observations: 3", "observations: 3, colour: \"red\"", 1));
    assert!(e.contains("colour"), "{e}");
    let e = refused(&good.replacen("[\"tenured\"]", "[\"probationary\"]", 1));
    assert!(
        e.contains("the status `probationary` has a rule already"),
        "{e}"
    );
    let e = refused(&good.replacen("schema: 1", "schema: 9", 1));
    assert!(e.contains("format version 9"), "{e}");
    let e = refused(&"x".repeat(300 * 1024));
    assert!(e.contains("more than a rules file may have"), "{e}");
    for hostile in [
        "",
        "(",
        "ComplianceRules(",
        "\u{0}\u{1}",
        "ComplianceRules(schema: 1, id: \"../x\", title: \"t\", state: \"s\", source: \"\", statuses: [])",
    ] {
        let _ = refused(hostile);
    }
}

#[test]
fn a_districts_file_replaces_the_bundled_one_of_its_id() {
    let dir = tempfile::tempdir().expect("dir");
    let text = include_str!("../rubrics/rules/new-jersey.ron")
        .replace("min_minutes: 20", "min_minutes: 30");
    std::fs::write(dir.path().join("new-jersey.ron"), text).expect("write");
    std::fs::write(dir.path().join("broken.ron"), "ComplianceRules(").expect("write");
    let sets = RuleSets::load(&[dir.path().to_path_buf()]);
    assert_eq!(sets.entries.len(), 3);
    assert_eq!(
        sets.get("new-jersey").expect("loaded").statuses[0].min_minutes,
        30
    );
    assert_eq!(sets.errors.len(), 1);
    assert!(sets.errors[0].file.ends_with("broken.ron"));
}
