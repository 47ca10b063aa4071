//! A batch's outcome in sentences, the same in the window and on the
//! command line.

use super::{BatchOutcome, BatchRequest};
use crate::text::many;

impl BatchOutcome {
    /// "12 documents written to /x (40 pages in all). 3 files already…".
    #[must_use]
    pub fn said(&self, request: &BatchRequest) -> String {
        let mut said = vec![self.written_sentence()];
        if self.cancelled {
            said.push("Stopped as asked; the documents written stay.".into());
        }
        if let Some(why) = &self.halted {
            said.push(format!("It stopped: {why}"));
        }
        if let Some(kept) = self.kept_sentence() {
            said.push(kept);
        }
        said.extend(self.failed.iter().map(|why| format!("Not made: {why}")));
        if self.drafts_left > 0 {
            said.push(format!(
                "{} left out (drafts are not sent unless asked for).",
                count(self.drafts_left, "draft observation")
            ));
        }
        said.extend(
            self.none_of
                .iter()
                .map(|kind| self.none_sentence(kind, request)),
        );
        let found_nothing =
            self.written.is_empty() && self.kept.is_empty() && self.failed.is_empty();
        if self.halted.is_none() && self.none_of.is_empty() && found_nothing {
            said.push(nothing(self.educators, request));
        }
        said.join(" ")
    }

    fn written_sentence(&self) -> String {
        match self.written.len() {
            0 => format!("No document was written to {}.", self.folder.display()),
            n => format!(
                "{} written to {} ({} in all).",
                count(n, "document"),
                self.folder.display(),
                count(self.written.iter().map(|w| w.pages).sum(), "page")
            ),
        }
    }

    fn kept_sentence(&self) -> Option<String> {
        let one = self.kept.len() == 1;
        (!self.kept.is_empty()).then(|| {
            format!(
                "{} already in the folder {} kept as {}; asking to replace files writes over them.",
                count(self.kept.len(), "file"),
                if one { "was" } else { "were" },
                if one { "it was" } else { "they were" },
            )
        })
    }

    /// "None of the 12 educators has a stored summative evaluation of 2026-27."
    fn none_sentence(&self, kind: &str, request: &BatchRequest) -> String {
        let when = if kind.starts_with("an ") {
            when(request)
        } else {
            format!("of {}", request.year)
        };
        match self.educators {
            1 => {
                let bare = kind.split_once(' ').map_or(kind, |(_, rest)| rest);
                format!("The educator has no {bare} {when}.")
            }
            n => format!("None of the {n} educators has {kind} {when}."),
        }
    }
}

/// Why a batch found nothing to write.
fn nothing(educators: usize, request: &BatchRequest) -> String {
    let whose = match &request.school {
        Some(school) if educators == 0 => {
            return format!("No educator on the roster is at the school `{school}`.");
        }
        Some(school) => format!("the {} at {school}", count(educators, "educator")),
        None => format!("the {}", count(educators, "educator")),
    };
    format!(
        "There is nothing of the kinds asked for {} for {whose}.",
        when(request)
    )
}

/// "in 2026-27", "from 2026-09-01 to 2026-10-31".
fn when(request: &BatchRequest) -> String {
    match (request.from, request.to) {
        (None, None) => format!("in {}", request.year),
        (Some(from), None) => format!("from {from}"),
        (None, Some(to)) => format!("up to {to}"),
        (Some(from), Some(to)) => format!("from {from} to {to}"),
    }
}

/// "1 document", "1,204 documents".
fn count(n: usize, what: &str) -> String {
    many(n, what, &format!("{what}s"))
}
