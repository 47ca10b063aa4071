//! The computer's own fonts, for characters the bundled ones lack (Chinese,
//! Japanese and Korean above all: Noto Sans CJK is 20 MB a weight, too much
//! to ship in the program). Looked up only when such a character is met,
//! each character once; a font file is read through the same bounded reader
//! as every other file, and one that does not parse is passed over.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use fontdb::{Database, Source, Style};

use super::font_file::FontFile;
use crate::files::bounded::read_bounded;

/// Largest font file read: Noto Sans CJK's collection is 20 MB.
const MAX_FONT_BYTES: usize = 64 * 1024 * 1024;

/// Families tried first, in order, for the characters they cover: the
/// ones made for the text a report most often lacks, so a Chinese name is
/// not set in whatever font happens to sort first.
const PREFERRED: &[&str] = &[
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "Noto Sans CJK TC",
    "Source Han Sans SC",
    "Source Han Sans",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "DejaVu Sans",
];

/// The system's fonts, found once, and those of them read so far.
#[derive(Default)]
pub(crate) struct SystemFonts {
    db: Option<Database>,
    loaded: Vec<(fontdb::ID, Arc<FontFile>)>,
    /// Files that would not read or parse, never tried again.
    refused: Vec<fontdb::ID>,
    by_char: HashMap<(char, bool), Option<Arc<FontFile>>>,
}

impl SystemFonts {
    /// A system font with a glyph for `c` (bold when asked and there is
    /// one), read now if need be; `next_id` numbers a newly read font.
    pub(crate) fn font_for(
        &mut self,
        c: char,
        bold: bool,
        next_id: usize,
    ) -> Option<Arc<FontFile>> {
        if let Some(found) = self.by_char.get(&(c, bold)) {
            return found.clone();
        }
        let found = self.find(c, bold, next_id);
        self.by_char.insert((c, bold), found.clone());
        found
    }

    /// How many fonts have been read from the system, for numbering.
    pub(crate) fn count(&self) -> usize {
        self.loaded.len()
    }

    fn find(&mut self, c: char, bold: bool, next_id: usize) -> Option<Arc<FontFile>> {
        let db = self.db.get_or_insert_with(|| {
            let mut db = Database::new();
            db.load_system_fonts();
            db
        });
        for id in candidates(db, bold) {
            if self.refused.contains(&id) || !has_outline_for(db, id, c) {
                continue;
            }
            if let Some((_, file)) = self.loaded.iter().find(|(loaded, _)| *loaded == id) {
                return Some(Arc::clone(file));
            }
            match read(db, id, next_id) {
                Some(file) => {
                    let file = Arc::new(file);
                    self.loaded.push((id, Arc::clone(&file)));
                    return Some(file);
                }
                None => self.refused.push(id),
            }
        }
        None
    }
}

/// Upright faces, preferred families first, then by family name; in each
/// family the weight nearest the one wanted.
fn candidates(db: &Database, bold: bool) -> Vec<fontdb::ID> {
    let want = if bold { 700 } else { 400 };
    let mut faces: Vec<(usize, String, u16, fontdb::ID)> = db
        .faces()
        .filter(|f| f.style == Style::Normal)
        .map(|f| {
            let family = f
                .families
                .first()
                .map(|(n, _)| n.clone())
                .unwrap_or_default();
            let rank = PREFERRED
                .iter()
                .position(|p| *p == family)
                .unwrap_or(PREFERRED.len());
            (rank, family, f.weight.0.abs_diff(want), f.id)
        })
        .collect();
    faces.sort();
    faces.into_iter().map(|(.., id)| id).collect()
}

/// Whether face `id` maps `c` to a glyph with an outline (colour bitmap
/// fonts, such as emoji fonts, cannot be embedded as outlines).
fn has_outline_for(db: &Database, id: fontdb::ID, c: char) -> bool {
    db.with_face_data(id, |data, index| {
        ttf_parser::Face::parse(data, index).is_ok_and(|face| {
            let tables = face.tables();
            (tables.glyf.is_some() || tables.cff.is_some())
                && face.glyph_index(c).is_some_and(|g| g.0 != 0)
        })
    })
    .unwrap_or(false)
}

fn read(db: &Database, id: fontdb::ID, next_id: usize) -> Option<FontFile> {
    let (source, index) = db.face_source(id)?;
    let path: PathBuf = match source {
        Source::File(path) | Source::SharedFile(path, _) => path,
        Source::Binary(_) => return None,
    };
    let bytes = read_bounded(&path, MAX_FONT_BYTES).ok()?;
    let name = db
        .face(id)
        .and_then(|f| f.families.first().map(|(n, _)| n.clone()))
        .unwrap_or_else(|| path.display().to_string());
    FontFile::parse(next_id, &name, Cow::Owned(bytes), index).ok()
}
