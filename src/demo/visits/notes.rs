//! The scripted notes of a visit: each picked for the level its components
//! are rated at, none twice, and none claiming more minutes than have passed.

use chrono::Duration;

use super::super::bank::{self, NoteKind, NoteTemplate, Support};
use super::super::rng::Rng;
use super::visit::{Timing, Visit};
use crate::record::{EvidenceKind, EvidenceNote, ObservationKind};

impl Visit<'_> {
    /// Whether component number `c` can be rated on this visit: one its
    /// kind rates, and on a walkthrough only what the lesson shows.
    pub(super) fn sees(&self, c: usize) -> bool {
        self.rates.get(c).copied().unwrap_or(false)
            && (self.kind != ObservationKind::Walkthrough || self.person.components[c].observable)
    }

    /// Whether a note is evidence for the level each of its components is
    /// rated at (`targets`, level indexes), and this visit can see them all.
    fn fits(&self, template: &NoteTemplate, targets: &[usize]) -> bool {
        let upper = self.rubric.levels.len() / 2;
        template.components.iter().all(|id| {
            let Some(c) = self.person.components.iter().position(|p| p.id == *id) else {
                return false;
            };
            self.sees(c)
                && match template.support {
                    Support::Strong => targets[c] >= upper,
                    Support::Weak => targets[c] < upper,
                    Support::Context => true,
                }
        })
    }

    /// The scripted notes in time order, with what each is evidence for.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_possible_wrap,
        reason = "a visit has a few dozen notes, each within its hour"
    )]
    pub(super) fn evidence(
        &self,
        rng: &mut Rng,
        timing: Timing,
        note_count: u64,
        (topic, class_size): (&str, u64),
        targets: &[usize],
    ) -> (Vec<EvidenceNote>, Vec<Support>) {
        let mut offsets: Vec<u64> = (0..note_count)
            .map(|_| rng.range(20, timing.duration_secs))
            .collect();
        offsets.sort_unstable();
        // Two notes are never typed in the same second.
        for i in 1..offsets.len() {
            offsets[i] = offsets[i].max(offsets[i - 1] + 1);
        }
        let mut pool: Vec<&NoteTemplate> = self
            .templates
            .iter()
            .copied()
            .filter(|t| self.fits(t, targets))
            .collect();
        let mut notes = Vec::new();
        let mut supports = Vec::new();
        for offset in offsets.into_iter().filter(|o| *o < timing.duration_secs) {
            let fitting: Vec<usize> = (0..pool.len())
                .filter(|&i| least_offset(&pool[i].text) <= offset)
                .collect();
            if fitting.is_empty() {
                continue;
            }
            // Taken out of the pool, so no note repeats within a visit.
            let template = pool.swap_remove(*rng.pick(&fitting));
            let (text, names_students) = fill(&template.text, rng, topic, class_size, offset);
            notes.push(EvidenceNote {
                id: notes.len() as u32 + 1,
                offset_secs: offset,
                at: timing.started_at + Duration::seconds(offset as i64),
                text,
                kind: match template.kind {
                    NoteKind::Quote => EvidenceKind::Quote,
                    NoteKind::Action => EvidenceKind::ObservedAction,
                    NoteKind::Artifact => EvidenceKind::Artifact,
                    NoteKind::EvaluatorNote => EvidenceKind::EvaluatorNote,
                },
                components: template.components.clone(),
                names_students,
            });
            supports.push(template.support);
        }
        (notes, supports)
    }
}

/// The least time into a visit, in seconds, at which a note may be typed:
/// it cannot tell of more minutes ("for 12 min") than have passed.
fn least_offset(template: &str) -> u64 {
    let placeholder = if template.contains("{minutes}") {
        MIN_MINUTES
    } else {
        0
    };
    minutes_told(template).max(placeholder) * 60
}

/// The shortest span a `{minutes}` placeholder is filled with.
const MIN_MINUTES: u64 = 2;

/// The largest "N min" a text tells of, or 0.
fn minutes_told(text: &str) -> u64 {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| w[1].starts_with("min"))
        .filter_map(|w| w[0].parse::<u64>().ok())
        .max()
        .unwrap_or(0)
}

/// Fills a template's placeholders; says whether it now names a student.
/// `{minutes}` is at most the minutes passed at `offset` (and at most 15).
fn fill(
    template: &str,
    rng: &mut Rng,
    topic: &str,
    class_size: u64,
    offset: u64,
) -> (String, bool) {
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
    let most = (offset / 60).clamp(MIN_MINUTES, 15);
    let text = text
        .replace("{n}", &rng.range(2, 9).to_string())
        .replace("{count}", &class_size.to_string())
        .replace("{minutes}", &rng.range(MIN_MINUTES, most).to_string());
    (text, names_students)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_are_read_from_the_words_before_min() {
        assert_eq!(
            minutes_told("Side talk for 12 min; then 3 min of quiet."),
            12
        );
        assert_eq!(minutes_told("Plan timing: 8-min warm-up."), 0);
        assert_eq!(minutes_told("No minutes here"), 0);
        assert_eq!(least_offset("T speaks once in {minutes} min."), 120);
        assert_eq!(least_offset("Session is 40 min of demonstration."), 2400);
    }
}
