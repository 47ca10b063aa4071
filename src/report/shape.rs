//! One line of text as the page shows it: each character in the first font
//! that has it, right-to-left runs (Arabic, Hebrew) placed right to left by
//! the Unicode bidirectional algorithm inside the left-to-right page, every
//! run shaped (Arabic letters joined, Devanagari conjuncts formed), and each
//! glyph told the text it stands for, so copying from the PDF gives back
//! what was typed, in the order it was typed.

use std::sync::Arc;

use unicode_bidi::{BidiInfo, Level};
use unicode_normalization::UnicodeNormalization;

use super::font_file::FontFile;
use super::fonts::Fonts;
use super::style::Face;

/// A glyph placed on a line.
#[derive(Clone)]
pub(crate) struct Placed {
    pub font: Arc<FontFile>,
    pub gid: u16,
    /// From the line's start and baseline, in em of the text size (y up).
    pub x: f32,
    pub y: f32,
    /// What copying the glyph gives: one character, several (a ligature,
    /// a conjunct), or nothing for the second half of a split vowel.
    pub text: String,
    /// Where its text starts in the line (bytes), then its place among glyphs there.
    order: (usize, usize),
}

/// A shaped line: glyphs in the order the text was typed (the order a
/// reader copying it gets), each at its place on the page.
pub(crate) struct ShapedLine {
    pub glyphs: Vec<Placed>,
    /// Width in em of the text size.
    pub width: f32,
    /// The width each character adds, in em, for wrapping and cutting:
    /// a cluster's whole advance is its first character's.
    pub advances: Vec<f32>,
}

/// Shapes `text` (one line; a line break counts as a space) in `face`.
pub(crate) fn shape_line(fonts: &Fonts, face: Face, text: &str) -> ShapedLine {
    let text = text.replace('\n', " ");
    let mut line = ShapedLine {
        glyphs: Vec::new(),
        width: 0.0,
        advances: vec![0.0; text.chars().count()],
    };
    if text.is_empty() {
        return line;
    }
    let char_at = char_indexes(&text);
    let fonts_of = pick_fonts(fonts, face, &text);
    let bidi = BidiInfo::new(&text, Some(Level::ltr()));
    let Some(paragraph) = bidi.paragraphs.first() else {
        return line;
    };
    let (levels, runs) = bidi.visual_runs(paragraph, 0..text.len());
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(Level::is_rtl);
        let mut pieces = split_by_font(&fonts_of, run.start, run.end);
        if rtl {
            pieces.reverse();
        }
        for (start, end, font) in pieces {
            place_piece(&mut line, &text, &char_at, (start, end), &font, rtl);
        }
    }
    line.glyphs.sort_by_key(|g| g.order);
    line
}

/// For each byte where a character starts, its index among the characters.
fn char_indexes(text: &str) -> Vec<usize> {
    let mut at = vec![0; text.len() + 1];
    for (n, (i, _)) in text.char_indices().enumerate() {
        at[i] = n;
    }
    at
}

/// The font of each character (by byte offset): the first in the face's
/// list that has it. Spaces stay in the font of the letters before them
/// when it has them, so a name in one script is shaped (and copied) as one
/// run; so do punctuation and marks when that font is a bundled one, drawn
/// to match Noto Sans (a system font's may be full-width).
fn pick_fonts(fonts: &Fonts, face: Face, text: &str) -> Vec<(usize, Arc<FontFile>)> {
    let mut picked: Vec<(usize, Arc<FontFile>)> = Vec::new();
    let mut current: Option<Arc<FontFile>> = None;
    for (i, c) in text.char_indices() {
        let keep = current
            .as_ref()
            .filter(|f| {
                !c.is_alphabetic() && f.covers(c) && (c.is_whitespace() || fonts.is_bundled(f))
            })
            .cloned();
        let font = keep
            .or_else(|| fonts.font_for(face, c))
            .or_else(|| current.clone())
            .unwrap_or_else(|| fonts.primary(face));
        current = Some(Arc::clone(&font));
        picked.push((i, font));
    }
    picked
}

/// Runs of one font between bytes `start` and `end`, in typed order.
fn split_by_font(
    fonts_of: &[(usize, Arc<FontFile>)],
    start: usize,
    end: usize,
) -> Vec<(usize, usize, Arc<FontFile>)> {
    let mut pieces: Vec<(usize, usize, Arc<FontFile>)> = Vec::new();
    let first = fonts_of.partition_point(|(i, _)| *i < start);
    let last = fonts_of.partition_point(|(i, _)| *i < end);
    for (i, font) in &fonts_of[first..last] {
        match pieces.last_mut() {
            Some(last) if last.2.id == font.id => last.1 = *i,
            _ => pieces.push((*i, *i, Arc::clone(font))),
        }
    }
    // Each piece ends where the next begins (or at the run's end).
    let starts: Vec<usize> = pieces.iter().skip(1).map(|p| p.0).collect();
    for (piece, next) in pieces
        .iter_mut()
        .zip(starts.into_iter().chain(std::iter::once(end)))
    {
        piece.1 = next;
    }
    pieces
}

/// Shapes `text[start..end]` in `font` and places its glyphs at the line's pen.
fn place_piece(
    line: &mut ShapedLine,
    text: &str,
    char_at: &[usize],
    (start, end): (usize, usize),
    font: &Arc<FontFile>,
    rtl: bool,
) {
    let piece = &text[start..end];
    let glyphs = font.shape(piece, rtl);
    let mut bounds: Vec<usize> = glyphs.iter().map(|g| g.cluster).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut copied: Vec<(String, (usize, usize))> = vec![(String::new(), (0, 0)); glyphs.len()];
    // A cluster's glyphs are next to each other in the shaper's output.
    let mut from = 0;
    while from < glyphs.len() {
        let cluster = glyphs[from].cluster;
        let to = from
            + glyphs[from..]
                .iter()
                .take_while(|g| g.cluster == cluster)
                .count();
        let members: Vec<usize> = (from..to).collect();
        from = to;
        let k = bounds.partition_point(|&b| b <= cluster);
        let cluster_end = bounds.get(k).copied().unwrap_or(piece.len());
        let gids: Vec<u16> = members.iter().map(|&g| glyphs[g].gid).collect();
        let Some(cluster_text) = piece.get(cluster..cluster_end) else {
            continue;
        };
        for (m, found) in
            members
                .iter()
                .zip(cluster_texts(font, cluster_text, start + cluster, &gids))
        {
            copied[*m] = found;
        }
    }
    for (glyph, (copy, order)) in glyphs.iter().zip(copied) {
        if let Some(advance) = char_at
            .get(start + glyph.cluster)
            .and_then(|&n| line.advances.get_mut(n))
        {
            *advance += glyph.advance;
        }
        line.glyphs.push(Placed {
            font: Arc::clone(font),
            gid: glyph.gid,
            x: line.width + glyph.x_offset,
            y: glyph.y_offset,
            text: copy,
            order,
        });
        line.width += glyph.advance;
    }
}

/// Glyphs in a cluster matched one by one to its characters; real
/// clusters (a conjunct, a letter and its marks) have a handful.
const MAX_MATCHED: usize = 32;

/// The text each of a cluster's glyphs stands for, and its typed order.
/// A character whose own glyph is there gets it; one the shaper split into
/// several (Thai sara am) gets its parts when their glyphs are there;
/// characters left over (joined forms, ligatures, a reph) go, in order, to
/// a glyph no later character needs.
fn cluster_texts(
    font: &FontFile,
    cluster: &str,
    start: usize,
    gids: &[u16],
) -> Vec<(String, (usize, usize))> {
    // A cluster no script makes (a letter under a thousand accents): the
    // whole text to its first glyph, so matching stays linear.
    if gids.len() > MAX_MATCHED || cluster.len() > 4 * MAX_MATCHED {
        return (0..gids.len())
            .map(|g| {
                let text = if g == 0 {
                    cluster.to_string()
                } else {
                    String::new()
                };
                (text, (start, g))
            })
            .collect();
    }
    let mut out: Vec<Option<(String, (usize, usize))>> = vec![None; gids.len()];
    let chars: Vec<(usize, char)> = cluster
        .char_indices()
        .map(|(i, c)| (start + i, c))
        .collect();
    let mut pending: Option<(usize, String)> = None;
    for (k, &(at, c)) in chars.iter().enumerate() {
        let own = font.glyph(c).and_then(|g| free_glyph(&out, gids, g));
        let parts = if own.is_none() {
            split_parts(font, c, gids, &out)
        } else {
            None
        };
        let found: Vec<(usize, String)> = match (own, parts) {
            (Some(g), _) => vec![(g, c.to_string())],
            (None, Some(parts)) => parts,
            (None, None) => {
                pending.get_or_insert_with(|| (at, String::new())).1.push(c);
                continue;
            }
        };
        if let Some(left) = pending.take() {
            give_left_over(font, &mut out, gids, &chars[k..], left);
        }
        for (n, (g, text)) in found.into_iter().enumerate() {
            out[g] = Some((text, (at, n)));
        }
    }
    if let Some(left) = pending.take() {
        give_left_over(font, &mut out, gids, &[], left);
    }
    let last = chars.last().map_or(start, |(at, _)| *at);
    out.into_iter()
        .enumerate()
        .map(|(g, found)| found.unwrap_or_else(|| (String::new(), (last, 100 + g))))
        .collect()
}

/// The first glyph of the cluster equal to `gid` not yet given a text.
fn free_glyph(out: &[Option<(String, (usize, usize))>], gids: &[u16], gid: u16) -> Option<usize> {
    (0..gids.len()).find(|&g| gids[g] == gid && out[g].is_none())
}

/// The glyphs of `c`'s compatibility parts, when the shaper drew it as them.
fn split_parts(
    font: &FontFile,
    c: char,
    gids: &[u16],
    out: &[Option<(String, (usize, usize))>],
) -> Option<Vec<(usize, String)>> {
    let parts: Vec<char> = std::iter::once(c).nfkd().collect();
    if parts.len() < 2 {
        return None;
    }
    let mut taken: Vec<Option<(String, (usize, usize))>> = out.to_vec();
    let mut found = Vec::new();
    for part in parts {
        let g = free_glyph(&taken, gids, font.glyph(part)?)?;
        taken[g] = Some((String::new(), (0, 0)));
        found.push((g, part.to_string()));
    }
    Some(found)
}

/// Gives characters without a glyph of their own to a free glyph that no
/// later character needs, else to any free one, else to the glyph given
/// text last.
fn give_left_over(
    font: &FontFile,
    out: &mut [Option<(String, (usize, usize))>],
    gids: &[u16],
    later: &[(usize, char)],
    (at, text): (usize, String),
) {
    let needed = |g: usize| later.iter().any(|&(_, c)| font.glyph(c) == Some(gids[g]));
    let free = (0..gids.len())
        .find(|&g| out[g].is_none() && !needed(g))
        .or_else(|| (0..gids.len()).find(|&g| out[g].is_none()));
    if let Some(g) = free {
        out[g] = Some((text, (at, 0)));
    } else if let Some(Some(last)) = out.iter_mut().max_by_key(|o| o.as_ref().map(|(_, k)| *k)) {
        last.0.push_str(&text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        Fonts::bundled().expect("bundled fonts")
    }

    fn copied(line: &ShapedLine) -> String {
        line.glyphs.iter().map(|g| g.text.as_str()).collect()
    }

    #[test]
    fn each_name_copies_as_typed() {
        for text in [
            "محمد العلي",
            "דוד כהן",
            "अनीता शर्मा",
            "Nguyễn Thị Hương",
            "Σοφία",
            "Ольга",
            "Report for محمد العلي (3b), 2026",
            "क्षत्रिय श्री",
        ] {
            for face in Face::ALL {
                assert_eq!(copied(&shape_line(fonts(), face, text)), text, "{face:?}");
            }
        }
    }

    #[test]
    fn right_to_left_runs_are_drawn_right_to_left() {
        let line = shape_line(fonts(), Face::Regular, "Ms דוד כהן.");
        let x_of = |text: &str| {
            line.glyphs
                .iter()
                .find(|g| g.text == text)
                .map(|g| g.x)
                .expect("a glyph")
        };
        // Typed order: M s space ד ו ד space כ ה ן . — drawn: "Ms" then ןהכ דוד.
        assert!(x_of("M") < x_of("s"));
        assert!(x_of("s") < x_of("ן") && x_of("ן") < x_of("כ"));
        assert!(x_of("כ") < x_of("ו"), "the first word sits rightmost");
        assert!(
            x_of(".") > x_of("ו"),
            "the full stop ends the left-to-right line"
        );
    }

    #[test]
    fn arabic_letters_join_and_devanagari_conjuncts_form() {
        let fonts = fonts();
        let arabic = shape_line(fonts, Face::Regular, "محمد");
        let isolated: Vec<u16> = "محمد"
            .chars()
            .filter_map(|c| arabic.glyphs[0].font.glyph(c))
            .collect();
        let drawn: Vec<u16> = arabic.glyphs.iter().map(|g| g.gid).collect();
        assert_eq!(drawn.len(), 4);
        assert!(
            drawn.iter().filter(|g| !isolated.contains(g)).count() >= 3,
            "joined forms, not isolated letters: {drawn:?} {isolated:?}"
        );
        // र् + म: the ra becomes a reph mark, one glyph fewer than characters.
        let hindi = shape_line(fonts, Face::Regular, "शर्मा");
        assert!(hindi.glyphs.len() < "शर्मा".chars().count());
        assert_eq!(copied(&hindi), "शर्मा");
    }

    #[test]
    fn a_split_thai_vowel_copies_as_its_parts() {
        let line = shape_line(fonts(), Face::Regular, "สำราญ");
        // Sara am (U+0E33) is drawn as nikhahit and sara aa, and copies as
        // them: its compatibility form, the same text to a search.
        assert_eq!(copied(&line), "ส\u{0E4D}\u{0E32}ราญ");
        assert_eq!(
            copied(&line).nfkc().collect::<String>(),
            "สำราญ".nfkc().collect::<String>()
        );
        assert!(line.glyphs.iter().all(|g| !g.text.is_empty()));
    }

    #[test]
    fn widths_add_up_and_each_cluster_counts_once() {
        let line = shape_line(fonts(), Face::Bold, "अनीता शर्मा");
        let sum: f32 = line.advances.iter().sum();
        assert!((sum - line.width).abs() < 1e-4 && line.width > 2.0);
        assert_eq!(line.advances.len(), "अनीता शर्मा".chars().count());
    }
}
