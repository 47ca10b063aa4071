//! Earlier versions of every record, kept inside the workspace:
//!
//! ```text
//! WORKSPACE/history/observations/obs-…/000012-3f9a1c0b7d2e4a55.ron
//! ```
//!
//! Before a save replaces a record whose content changed, the file it
//! replaces is copied here (atomically, owner-only), numbered and named by
//! the fingerprint of its content. Saves that change only what is not
//! content (the note being typed, the timer's reading) keep no copy. Each
//! record keeps its newest [`MAX_VERSIONS`] versions within [`MAX_BYTES`];
//! a version that was shared or acknowledged is never removed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{create_private_dir, is_temp_name, remove_stray_temps, write_atomic};

/// The folder inside the workspace.
pub const HISTORY_DIR: &str = "history";
/// Versions kept per record (besides those shared or acknowledged).
pub const MAX_VERSIONS: usize = 200;
/// Bytes of versions kept per record (besides those shared or acknowledged).
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// One kept version, as its file name tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptVersion {
    /// 1 for the oldest kept; numbers are never reused.
    pub number: u64,
    /// The first 16 hex digits of the content's fingerprint.
    pub fingerprint: String,
    pub path: PathBuf,
    pub bytes: u64,
}

/// The folder of one record's versions.
#[must_use]
pub fn folder_of(root: &Path, record_folder: &str, id: &str) -> PathBuf {
    root.join(HISTORY_DIR).join(record_folder).join(id)
}

/// The versions kept of a record, oldest first; none when there is no folder.
pub fn versions(folder: &Path) -> io::Result<Vec<KeptVersion>> {
    let listing = match fs::read_dir(folder) {
        Ok(listing) => listing,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found: Vec<KeptVersion> = listing
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let (number, fingerprint) = parse_name(&name)?;
            Some(KeptVersion {
                number,
                fingerprint,
                bytes: e.metadata().map_or(0, |m| m.len()),
                path: e.path(),
            })
        })
        .collect();
    found.sort_by_key(|v| v.number);
    Ok(found)
}

/// `000012-3f9a1c0b7d2e4a55.ron` → (12, "3f9a1c0b7d2e4a55").
fn parse_name(name: &str) -> Option<(u64, String)> {
    if is_temp_name(name) {
        return None;
    }
    let stem = name.strip_suffix(".ron")?;
    let (number, fingerprint) = stem.split_once('-')?;
    let valid = fingerprint.len() == 16 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit());
    Some((number.parse().ok()?, fingerprint.to_string())).filter(|_| valid)
}

/// Keeps `bytes`, the file a save is about to replace, whose content has
/// `fingerprint`. Nothing is written when the newest kept version is the
/// same content (a save that crashed after keeping it). Then removes the
/// oldest versions over the limits, except those `pinned` (fingerprints).
pub fn keep(folder: &Path, bytes: &[u8], fingerprint: &str, pinned: &[&str]) -> io::Result<()> {
    let short = &fingerprint[..fingerprint.len().min(16)];
    let existing = versions(folder)?;
    if existing.last().is_some_and(|v| v.fingerprint == short) {
        return Ok(());
    }
    create_private_dir(folder)?;
    let number = existing.last().map_or(1, |v| v.number + 1);
    write_atomic(&folder.join(format!("{number:06}-{short}.ron")), bytes)?;
    prune(folder, pinned)
}

/// Removes the temporary files a killed history write left in any record's
/// history folder. Called on opening for writing (the lock is held, so no
/// write is under way): a record that is never saved again with a change
/// would otherwise keep its stray copy for ever. Links are not followed.
pub(super) fn remove_stray_temps_in_history(root: &Path) {
    let top = root.join(HISTORY_DIR);
    if !fs::symlink_metadata(&top).is_ok_and(|m| m.is_dir()) {
        return;
    }
    for record_folder in real_subfolders(&top) {
        for folder in real_subfolders(&record_folder) {
            remove_stray_temps(&folder);
        }
    }
}

/// The folders directly in `dir`, links left out.
fn real_subfolders(dir: &Path) -> Vec<PathBuf> {
    let Ok(listing) = fs::read_dir(dir) else {
        return Vec::new();
    };
    listing
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect()
}

/// Removes the oldest unpinned versions beyond the count and size limits.
fn prune(folder: &Path, pinned: &[&str]) -> io::Result<()> {
    let is_pinned = |v: &KeptVersion| pinned.iter().any(|p| p.starts_with(&v.fingerprint));
    let mut unpinned: Vec<KeptVersion> = versions(folder)?
        .into_iter()
        .filter(|v| !is_pinned(v))
        .collect();
    let mut total: u64 = unpinned.iter().map(|v| v.bytes).sum();
    while unpinned.len() > MAX_VERSIONS || (total > MAX_BYTES && unpinned.len() > 1) {
        let oldest = unpinned.remove(0);
        total -= oldest.bytes;
        fs::remove_file(&oldest.path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_odd_names_are_ignored() {
        assert_eq!(
            parse_name("000012-3f9a1c0b7d2e4a55.ron"),
            Some((12, "3f9a1c0b7d2e4a55".into()))
        );
        assert_eq!(parse_name("notes.txt"), None);
        assert_eq!(parse_name("12-xyz.ron"), None);
        assert_eq!(parse_name(".000012-3f9a1c0b7d2e4a55.ron.tmp-1-2"), None);
    }

    #[test]
    fn keeps_numbers_skips_repeats_and_prunes_oldest_unpinned() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("h");
        let fp = |i: usize| format!("{i:016x}{}", "0".repeat(48));
        for i in 0..MAX_VERSIONS + 5 {
            keep(&folder, b"v", &fp(i), &[&fp(0)]).expect("keep");
        }
        keep(&folder, b"v", &fp(MAX_VERSIONS + 4), &[]).expect("repeat");
        let kept = versions(&folder).expect("list");
        assert_eq!(kept.len(), MAX_VERSIONS + 1, "the pinned one stays");
        assert_eq!(kept[0].number, 1, "version 1 was pinned");
        assert_eq!(kept[1].number, 6);
        assert_eq!(kept.last().map(|v| v.number), Some(MAX_VERSIONS as u64 + 5));
    }
}
