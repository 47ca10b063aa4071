//! A short hash of a rubric's content, so a record can tell when the rubric
//! it was rated against has since been edited.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::model::Rubric;

/// Hex SHA-256 (first 16 bytes) of the rubric re-serialised, so layout and
/// comments in the file do not change it but any change of content does.
#[must_use]
pub fn fingerprint(rubric: &Rubric) -> String {
    content_hash(rubric)
}

/// The same hash of a look-for form, which its answers keep.
#[must_use]
pub fn form_fingerprint(form: &super::LookForForm) -> String {
    content_hash(form)
}

fn content_hash<T: serde::Serialize>(value: &T) -> String {
    let canonical = ron::to_string(value).unwrap_or_default();
    let digest = Sha256::digest(canonical.as_bytes());
    digest[..16].iter().fold(String::new(), |mut hex, b| {
        // Writing to a String cannot fail.
        let _ = write!(hex, "{b:02x}");
        hex
    })
}
