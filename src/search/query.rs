//! What a search asks for: words that must all appear (each matching the
//! start of a word, so "ticket" finds "tickets"), and phrases in quotes,
//! whose words must appear in that order.

use super::fold::{fold, is_unspaced};

/// A search is at most this many characters: longer text is not a search.
pub const MAX_QUERY_CHARS: usize = 500;
/// And at most this many words and phrases, each of which every text is checked for.
pub const MAX_TERMS: usize = 32;

/// A search, parsed and folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// As typed, for messages.
    pub typed: String,
    pub terms: Vec<Term>,
}

/// One word or quoted phrase, folded (see `fold`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Its words, one space between each.
    pub folded: String,
    /// It holds letters of a script written without spaces (Chinese,
    /// Japanese, Thai…): it matches anywhere, not only where a word starts.
    pub unspaced: bool,
}

/// Why a text is not a search, in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("Type a word to search for: letters or figures, not only punctuation.")]
    Empty,
    #[error("A search is at most {MAX_QUERY_CHARS} characters.")]
    TooLong,
    #[error("A search has at most {MAX_TERMS} words and phrases.")]
    TooManyWords,
}

impl Query {
    /// Reads `typed`: words separated by spaces, and phrases between double
    /// quotes (straight or curly; an unclosed quote runs to the end). A word
    /// with punctuation inside ("exit-ticket", "don't") is a phrase of its parts.
    pub fn parse(typed: &str) -> Result<Query, QueryError> {
        if typed.chars().count() > MAX_QUERY_CHARS {
            return Err(QueryError::TooLong);
        }
        let mut terms: Vec<Term> = Vec::new();
        for (i, part) in typed.split(['"', '“', '”', '„']).enumerate() {
            let quoted = i % 2 == 1;
            let pieces: Vec<&str> = if quoted {
                vec![part]
            } else {
                part.split_whitespace().collect()
            };
            for piece in pieces {
                let folded = fold(piece);
                if folded.is_empty() || terms.iter().any(|t| t.folded == folded) {
                    continue;
                }
                let unspaced = folded.chars().any(is_unspaced);
                terms.push(Term { folded, unspaced });
            }
        }
        if terms.is_empty() {
            return Err(QueryError::Empty);
        }
        if terms.len() > MAX_TERMS {
            return Err(QueryError::TooManyWords);
        }
        Ok(Query {
            typed: typed.trim().to_string(),
            terms,
        })
    }

    /// The whole search as one phrase, when it has more than one word:
    /// texts holding it rank first.
    #[must_use]
    pub fn phrase(&self) -> Option<Term> {
        let words: Vec<&str> = self.terms.iter().map(|t| t.folded.as_str()).collect();
        let joined = words.join(" ");
        (joined.contains(' ')).then(|| Term {
            unspaced: self.terms.iter().any(|t| t.unspaced),
            folded: joined,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(typed: &str) -> Vec<String> {
        Query::parse(typed)
            .expect("a search")
            .terms
            .into_iter()
            .map(|t| t.folded)
            .collect()
    }

    #[test]
    fn words_and_phrases() {
        assert_eq!(words("Exit  TICKET"), ["exit", "ticket"]);
        assert_eq!(words("\"exit ticket\" rubric"), ["exit ticket", "rubric"]);
        assert_eq!(words("“Exit, ticket”"), ["exit ticket"]);
        assert_eq!(words("exit-ticket"), ["exit ticket"]);
        assert_eq!(words("\"unclosed phrase here"), ["unclosed phrase here"]);
        assert_eq!(words("élève ELEVE"), ["eleve"], "the same word once");
        assert!(Query::parse("教室").expect("a search").terms[0].unspaced);
    }

    #[test]
    fn what_is_not_a_search() {
        assert_eq!(Query::parse(""), Err(QueryError::Empty));
        assert_eq!(Query::parse("   "), Err(QueryError::Empty));
        assert_eq!(Query::parse("?!… -- \"\" ()"), Err(QueryError::Empty));
        let huge = "word ".repeat(10_000);
        assert_eq!(Query::parse(&huge), Err(QueryError::TooLong));
        let many = (0..40)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(Query::parse(&many), Err(QueryError::TooManyWords));
        let at_limit = "é".repeat(MAX_QUERY_CHARS);
        assert!(
            Query::parse(&at_limit).is_ok(),
            "counted in characters, not bytes"
        );
    }

    #[test]
    fn the_whole_search_as_a_phrase() {
        let q = Query::parse("exit ticket").expect("a search");
        assert_eq!(q.phrase().map(|t| t.folded), Some("exit ticket".into()));
        assert_eq!(Query::parse("exit").expect("a search").phrase(), None);
    }
}
