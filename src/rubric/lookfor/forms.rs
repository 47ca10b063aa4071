//! The catalog's look-for forms: the bundled ones, then each rubric folder's
//! `lookfors/`, checked once every rubric is loaded (a form may name a
//! rubric from another folder). A later form replaces an id, as rubrics do.

use std::path::{Path, PathBuf};

use super::{LookForEntry, LookForForm, MAX_LOOKFOR_BYTES, parse_lookfor};
use crate::rubric::{Catalog, RubricSource, form_fingerprint};

/// The forms compiled into the binary (editable copies in `rubrics/lookfors/`).
const BUNDLED: &[(&str, &str)] = &[
    (
        "classroom-walkthrough.ron",
        include_str!("../../../rubrics/lookfors/classroom-walkthrough.ron"),
    ),
    (
        "classroom-walkthrough-2022.ron",
        include_str!("../../../rubrics/lookfors/classroom-walkthrough-2022.ron"),
    ),
    (
        "technology-site-visit.ron",
        include_str!("../../../rubrics/lookfors/technology-site-visit.ron"),
    ),
];

/// A form file read but not yet checked.
struct Unread {
    label: String,
    bytes: Vec<u8>,
    source: RubricSource,
}

impl Catalog {
    /// Reads and checks every form against the rubrics now loaded.
    pub(in crate::rubric) fn add_lookfors(&mut self, folders: &[PathBuf]) {
        let mut files: Vec<Unread> = BUNDLED
            .iter()
            .map(|(name, text)| Unread {
                label: format!("bundled:lookfors/{name}"),
                bytes: text.as_bytes().to_vec(),
                source: RubricSource::Bundled,
            })
            .collect();
        for folder in folders {
            files.extend(self.read_lookfor_folder(&folder.join("lookfors")));
        }
        for file in files {
            let parsed = parse_lookfor(&file.label, &file.bytes, |id| {
                self.get(id).map(|e| &e.rubric)
            });
            match parsed {
                Ok(form) => self.insert_lookfor(form, file.source),
                // A district that replaced a bundled rubric did not write the
                // bundled forms made for it: those are left out, not reported.
                Err(_) if file.source == RubricSource::Bundled && self.replaced_rubric(&file) => {}
                Err(error) => self.errors.push(error),
            }
        }
    }

    /// Whether the bundled form `file` names a rubric a user's file replaced.
    fn replaced_rubric(&self, file: &Unread) -> bool {
        let text = String::from_utf8_lossy(&file.bytes);
        self.entries
            .iter()
            .filter(|e| e.replaced.is_some())
            .any(|e| text.contains(&format!("rubric: \"{}\"", e.rubric.id)))
    }

    fn read_lookfor_folder(&mut self, folder: &Path) -> Vec<Unread> {
        let Ok(listing) = std::fs::read_dir(folder) else {
            return Vec::new();
        };
        crate::rubric::read_data_files(listing, "ron", MAX_LOOKFOR_BYTES, &mut self.errors)
            .into_iter()
            .map(|file| Unread {
                label: file.label,
                bytes: file.bytes,
                source: RubricSource::File(file.path),
            })
            .collect()
    }

    fn insert_lookfor(&mut self, form: LookForForm, source: RubricSource) {
        let entry = LookForEntry {
            fingerprint: form_fingerprint(&form),
            form,
            source,
        };
        match self
            .lookfors
            .iter_mut()
            .find(|e| e.form.id == entry.form.id)
        {
            Some(existing) => *existing = entry,
            None => self.lookfors.push(entry),
        }
    }

    /// The form with this id, if one loaded.
    #[must_use]
    pub fn lookfor(&self, id: &str) -> Option<&LookForEntry> {
        self.lookfors.iter().find(|e| e.form.id == id)
    }

    /// The forms that go with a rubric, in catalog order.
    pub fn lookfors_for<'a>(
        &'a self,
        rubric_id: &'a str,
    ) -> impl Iterator<Item = &'a LookForEntry> {
        self.lookfors
            .iter()
            .filter(move |e| e.form.rubric == rubric_id)
    }

    /// The sentence refusing a form id no loaded file has, naming those that are.
    #[must_use]
    pub fn lookfor_not_loaded(&self, id: &str) -> String {
        let known: Vec<&str> = self.lookfors.iter().map(|e| e.form.id.as_str()).collect();
        format!(
            "there is no look-for form `{id}`; the loaded forms are {}",
            known.join(", ")
        )
    }
}
