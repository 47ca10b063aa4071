//! Which components a typed evidence note is likely evidence for, from the
//! rubric's keywords, and the component tags typed into a note.

use super::{Component, Rubric, SchoolLevel};

/// Components whose keywords appear in `text` as whole words, best first,
/// leaving out those in `exclude` and domains that do not apply at `level`.
/// A longer matching phrase counts for more than a single word.
#[must_use]
pub fn suggest<'a>(
    rubric: &'a Rubric,
    level: Option<SchoolLevel>,
    text: &str,
    exclude: &[String],
    limit: usize,
) -> Vec<&'a Component> {
    let words = words(text);
    if words.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize, &Component)> = applicable(rubric, level)
        .enumerate()
        .filter(|(_, c)| !exclude.iter().any(|e| crate::text::same_text(e, &c.id)))
        .filter_map(|(order, c)| {
            let score: usize = c
                .keywords
                .iter()
                .map(|k| words_of_phrase_in(&words, k))
                .sum();
            (score > 0).then_some((score, order, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(limit).map(|(_, _, c)| c).collect()
}

/// The components rated for an educator at `level` (all, when unknown).
pub fn applicable(rubric: &Rubric, level: Option<SchoolLevel>) -> impl Iterator<Item = &Component> {
    rubric
        .domains
        .iter()
        .filter(move |d| d.applies_to.is_empty() || level.is_none_or(|l| d.applies_to.contains(&l)))
        .flat_map(|d| d.components.iter())
}

/// Lower-case words of `text`, letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many words the phrase has, if it occurs in `words` as a run; else 0.
/// A last word may match with a plural or verb ending ("question" finds "questions").
fn words_of_phrase_in(words: &[String], phrase: &str) -> usize {
    let phrase = self::words(phrase);
    if phrase.is_empty() || phrase.len() > words.len() {
        return 0;
    }
    let found = words.windows(phrase.len()).any(|run| {
        run.iter()
            .zip(&phrase)
            .enumerate()
            .all(|(i, (w, p))| w == p || (i == phrase.len() - 1 && p.len() >= 4 && inflected(w, p)))
    });
    if found { phrase.len() } else { 0 }
}

fn inflected(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem)
        .is_some_and(|rest| matches!(rest, "s" | "es" | "ed" | "ing" | "d"))
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

    #[test]
    fn keywords_suggest_components() {
        let r = rubric();
        let s = suggest(
            &r,
            None,
            "T asks an open question and waits; wait time 5 s",
            &[],
            3,
        );
        assert_eq!(
            s.first().map(|c| c.id.as_str()),
            Some("3b"),
            "{:?}",
            s.iter().map(|c| &c.id).collect::<Vec<_>>()
        );
        let s = suggest(
            &r,
            None,
            "T asks an open question and waits; wait time 5 s",
            &["3b".into()],
            3,
        );
        assert!(s.iter().all(|c| c.id != "3b"));
        assert!(suggest(&r, None, "", &[], 3).is_empty());
    }
}
