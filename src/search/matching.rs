//! Where a search's words are in a folded text: each word (or phrase) at
//! the start of a word, so "ticket" finds "tickets" but not "sticker"; a
//! word of a script written without spaces anywhere.

use std::ops::Range;

use super::fold::Folded;
use super::query::{Query, Term};

/// At most this many places of a text are marked for one search.
const MAX_MARKED: usize = 16;

/// Whether every term of `query` is in `folded` (a folded text).
#[must_use]
pub fn matches(query: &Query, folded: &str) -> bool {
    query
        .terms
        .iter()
        .all(|term| occurrences(folded, term).next().is_some())
}

/// Where the terms are in a folded text that matches: the folded ranges
/// of each occurrence, in order, and whether the whole search is there as
/// a phrase (or, for one word, as a whole word).
#[must_use]
pub fn marks(query: &Query, folded: &Folded) -> (Vec<Range<usize>>, bool) {
    let text = folded.text.as_str();
    let phrase = query.phrase();
    let (terms, exact): (Vec<&Term>, bool) = match &phrase {
        Some(phrase) if occurrences(text, phrase).next().is_some() => (vec![phrase], true),
        Some(_) => (query.terms.iter().collect(), false),
        None => {
            let term = &query.terms[0];
            let whole = occurrences(text, term).any(|at| ends_word(text, at + term.folded.len()));
            (vec![term], whole)
        }
    };
    let mut ranges: Vec<Range<usize>> = terms
        .iter()
        .flat_map(|term| occurrences(text, term).map(|at| at..at + term.folded.len()))
        .take(MAX_MARKED * 4)
        .collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    ranges.dedup_by(|later, earlier| later.start < earlier.end);
    ranges.truncate(MAX_MARKED);
    (ranges, exact)
}

/// The starts of `term` in `text`: where a word starts, unless the term is
/// of a script without spaces.
fn occurrences<'a>(text: &'a str, term: &'a Term) -> impl Iterator<Item = usize> + 'a {
    let needle = term.folded.as_str();
    let mut from = 0;
    std::iter::from_fn(move || {
        while from <= text.len() {
            let at = from + text.get(from..)?.find(needle)?;
            // On to the next character, so overlapping places are found too.
            from = at + text[at..].chars().next().map_or(1, char::len_utf8);
            if term.unspaced || starts_word(text, at) {
                return Some(at);
            }
        }
        None
    })
}

fn starts_word(text: &str, at: usize) -> bool {
    at == 0 || text.as_bytes().get(at - 1) == Some(&b' ')
}

fn ends_word(text: &str, at: usize) -> bool {
    matches!(text.as_bytes().get(at), None | Some(&b' '))
}

#[cfg(test)]
mod tests {
    use super::super::fold::{fold, fold_mapped};
    use super::*;

    fn found(query: &str, text: &str) -> bool {
        matches(&Query::parse(query).expect("a search"), &fold(text))
    }

    #[test]
    fn case_accents_and_hyphens_do_not_matter() {
        assert!(found("exit ticket", "Students filled in exit-tickets."));
        assert!(found("EXIT TICKET", "exit ticket"));
        assert!(found("exit-ticket", "Exit tickets collected"));
        assert!(found("eleve", "Chaque élève lit."));
        assert!(found("Élève", "ELEVE"));
        assert!(found("strasse", "Straße"));
        assert!(found("şahin", "SAHIN"));
    }

    #[test]
    fn every_word_must_appear_each_at_a_word_start() {
        assert!(found("ticket exit", "exit ticket"), "any order unquoted");
        assert!(!found("exit ticket", "exit only"));
        assert!(found("ticket", "tickets"));
        assert!(!found("icket", "tickets"), "not inside a word");
        assert!(!found("ticket", "sticker"));
        assert!(found("3b", "Questions (3b) were open"));
    }

    #[test]
    fn a_quoted_phrase_keeps_its_order() {
        assert!(found("\"exit ticket\"", "an exit ticket"));
        assert!(!found("\"ticket exit\"", "an exit ticket"));
        assert!(!found("\"exit ticket\"", "exit the room; the ticket"));
        assert!(
            found("\"exit ticket\"", "exit, ticket"),
            "punctuation is a space"
        );
        assert!(!found("\"exit ticket\"", "exiting ticket"));
    }

    #[test]
    fn scripts_without_spaces_match_anywhere() {
        assert!(found("教室", "学生在教室里讨论。"));
        assert!(found("きょうしつ", "みんなきょうしつでよむ"));
        assert!(!found("教师", "学生在教室里讨论。"));
        assert!(found("Учитель", "учительница спросила"));
        assert!(found("δάσκαλος", "Ο ΔΑΣΚΑΛΟΣ ρώτησε"));
    }

    #[test]
    fn marks_say_where_and_whether_the_phrase_is_there() {
        let q = Query::parse("exit ticket").expect("a search");
        let text = "Exit tickets, then an exit ticket";
        let folded = fold_mapped(text);
        let (ranges, exact) = marks(&q, &folded);
        assert!(exact);
        let shown: Vec<&str> = ranges
            .iter()
            .map(|r| &text[folded.original(text, r.clone())])
            .collect();
        assert_eq!(shown, ["Exit ticket", "exit ticket"]);
        let (ranges, exact) = marks(&q, &fold_mapped("the ticket to exit"));
        assert!(!exact);
        assert_eq!(ranges.len(), 2);
    }

    #[test]
    fn overlapping_places_are_not_missed() {
        assert!(found("\"a a\"", "xa a a"));
    }
}
