//! The year's calendar as an iCalendar file (RFC 5545), for Outlook,
//! Google Calendar and the rest: one event per planned visit (its time, in
//! UTC) and one all-day event per deadline. UIDs come from record ids, so a
//! file imported again updates the events instead of doubling them. It
//! carries names, times, kinds and places, never evaluation content.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, EventLike, Property};

use super::{DueItem, EducatorDue, Schedule, Standing, VisitLine, Wanted};
use crate::rubric::Visits;

/// The part of every UID after the record's id.
const UID_DOMAIN: &str = "teacher-eval";
/// A visit with no length given is shown this long.
const DEFAULT_MINUTES: u32 = 45;

/// The calendar file's text: every planned visit and every deadline of
/// `schedule`, stamped `stamp` (the time of the export); each visit named
/// as its educator's role names its kind in `visits`.
#[must_use]
pub fn calendar_text(schedule: &Schedule, visits: &Visits, stamp: DateTime<Utc>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new(
            "PRODID",
            "-//teacher-eval//Observation calendar//EN",
        ))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(&clean(&format!("Observations {}", schedule.year)));
    for line in &schedule.visits {
        calendar.push(visit_event(line, visits, stamp));
    }
    for person in &schedule.people {
        for item in &person.items {
            calendar.push(deadline_event(person, item, stamp));
        }
    }
    calendar.done().to_string()
}

fn visit_event(line: &VisitLine, visits: &Visits, stamp: DateTime<Utc>) -> icalendar::Event {
    let visit = &line.visit;
    let start = visit.at.with_timezone(&Utc);
    let minutes = visit.minutes.unwrap_or(DEFAULT_MINUTES);
    let mut event = icalendar::Event::new();
    event
        .uid(&format!("{}@{UID_DOMAIN}", visit.id))
        .timestamp(stamp)
        .starts(start)
        .ends(start + Duration::minutes(i64::from(minutes)))
        .summary(&clean(&format!(
            "{} ({}): {}",
            visits.kind(&line.educator_role, visit.kind).name,
            visit.announcement(),
            line.educator_name
        )))
        .description("A visit planned in teacher-eval.");
    if !visit.room.is_empty() {
        event.location(&clean(&visit.room));
    }
    event.done()
}

fn deadline_event(person: &EducatorDue, item: &DueItem, stamp: DateTime<Utc>) -> icalendar::Event {
    let what = match &item.wanted {
        Wanted::Observations => "observations".to_string(),
        Wanted::PostConference { .. } => "post-conference".to_string(),
        Wanted::Rating { number }
            if person
                .items
                .iter()
                .filter(|i| matches!(i.wanted, Wanted::Rating { .. }))
                .count()
                > 1 =>
        {
            format!("rating {number}")
        }
        Wanted::Rating { .. } => "rating".to_string(),
    };
    let state = match item.standing {
        Standing::Done => "done",
        Standing::Overdue => "overdue",
        Standing::Due | Standing::NoRule => "due",
    };
    icalendar::Event::new()
        .uid(&format!("{}@{UID_DOMAIN}", item.key))
        .timestamp(stamp)
        .starts(item.by)
        .ends(item.by + Duration::days(1))
        .summary(&clean(&format!("{}: {what} {state}", person.name)))
        .description(&clean(&item.words))
        .done()
}

/// Control characters (newlines among them) become spaces: a name is one
/// line, and RFC 5545 text may hold no control character but a tab.
fn clean(text: &str) -> String {
    text.split(char::is_control)
        .filter(|w| !w.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(super::clean("Ana\r\nDíaz\u{7}"), "Ana Díaz");
        assert_eq!(super::clean("a;b,c"), "a;b,c");
    }
}
