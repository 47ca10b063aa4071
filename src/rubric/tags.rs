//! The component tags typed into a note, and which components apply to an
//! educator at a school level.

use super::{Component, Rubric, SchoolLevel};

/// The components rated for an educator at `level` (all, when unknown).
pub fn applicable(rubric: &Rubric, level: Option<SchoolLevel>) -> impl Iterator<Item = &Component> {
    rubric
        .domains
        .iter()
        .filter(move |d| d.applies_to.is_empty() || level.is_none_or(|l| d.applies_to.contains(&l)))
        .flat_map(|d| d.components.iter())
}

/// A note's text with its typed tags taken out, and the tags found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    pub text: String,
    pub components: Vec<String>,
}

/// Finds component tags typed into a note: a leading list ending in a colon
/// (`3b 3c: Students explain…`) and `#3b` anywhere. Only ids the rubric has
/// count (any case; stored as the rubric spells them). A tag and the space
/// before it are taken out; every other character stays as typed, so
/// punctuation after a tag (`#2a, then`) is kept.
pub fn parse_tags(rubric: &Rubric, input: &str) -> Tagged {
    let mut components: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        if let Some(c) = rubric.component(id)
            && !components.contains(&c.id)
        {
            components.push(c.id.clone());
        }
    };
    let mut rest = input.trim();
    if let Some((head, tail)) = rest.split_once(':') {
        let ids: Vec<&str> = head
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|t| !t.is_empty())
            .collect();
        if !ids.is_empty() && ids.iter().all(|id| rubric.component(id).is_some()) {
            for id in &ids {
                add(id);
            }
            rest = tail.trim_start();
        }
    }
    let mut text = String::with_capacity(rest.len());
    let mut tail = rest;
    while let Some(at) = tail.find('#') {
        let (before, from_hash) = tail.split_at(at);
        let word_end = from_hash[1..]
            .find(char::is_whitespace)
            .map_or(from_hash.len(), |i| i + 1);
        let word = &from_hash[1..word_end];
        let id = word.trim_end_matches(TAG_END);
        let starts_word = before.is_empty() && text.is_empty()
            || before.ends_with(char::is_whitespace)
            || before.is_empty() && text.ends_with(char::is_whitespace);
        if starts_word && !id.is_empty() && rubric.component(id).is_some() {
            add(id);
            text.push_str(before);
            let after = &from_hash[1 + id.len()..];
            if text.ends_with(' ') && !after.starts_with(char::is_alphanumeric) {
                text.pop();
            }
            tail = if text.is_empty() {
                after.trim_start_matches(' ')
            } else {
                after
            };
        } else {
            text.push_str(before);
            text.push('#');
            tail = &from_hash[1..];
        }
    }
    text.push_str(tail);
    Tagged {
        text: text.trim().to_string(),
        components,
    }
}

/// Punctuation that may follow a tag and belongs to the sentence.
const TAG_END: [char; 8] = [',', '.', ';', ':', '!', '?', ')', '"'];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Catalog;

    fn rubric() -> Rubric {
        Catalog::load(&[])
            .get("danielson-2013")
            .map_or_else(|| panic!("bundled"), |e| e.rubric.clone())
    }

    #[test]
    fn leading_tags_with_a_colon() {
        let r = rubric();
        let t = parse_tags(&r, "3B, 3c: Students explain their reasoning");
        assert_eq!(t.components, ["3b", "3c"]);
        assert_eq!(t.text, "Students explain their reasoning");
    }

    #[test]
    fn hash_tags_anywhere() {
        let r = rubric();
        let t = parse_tags(&r, "T asks why #3b and waits 5 s #2a.");
        assert_eq!(t.components, ["3b", "2a"]);
        assert_eq!(t.text, "T asks why and waits 5 s.");
    }

    #[test]
    fn tags_never_take_punctuation_or_spacing() {
        let r = rubric();
        let t = parse_tags(&r, "Ss rotate #2a, then  #3c regroup; \"ok?\" (#2b)");
        assert_eq!(t.components, ["2a", "3c"], "a tag starts a word");
        assert_eq!(t.text, "Ss rotate, then  regroup; \"ok?\" (#2b)");
        let t = parse_tags(&r, "#3b Students explain\nwhy #3b.");
        assert_eq!(t.components, ["3b"]);
        assert_eq!(t.text, "Students explain\nwhy.");
        let t = parse_tags(&r, "Score 10#3 stays; C# too; #nope stays");
        assert!(t.components.is_empty());
        assert_eq!(t.text, "Score 10#3 stays; C# too; #nope stays");
    }

    #[test]
    fn ordinary_colons_and_unknown_ids_stay_text() {
        let r = rubric();
        let t = parse_tags(&r, "Agenda: warm-up, then #9z stations");
        assert!(t.components.is_empty());
        assert_eq!(t.text, "Agenda: warm-up, then #9z stations");
        let t = parse_tags(&r, "10:15 lesson starts");
        assert!(t.components.is_empty());
        assert_eq!(t.text, "10:15 lesson starts");
    }
}
