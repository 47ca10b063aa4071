//! Named files taken out of a zip held in memory. Only the names asked for
//! are read, matched by their base name (the entry's folders are never used
//! for anything), each up to a size limit that is checked while inflating:
//! a small zip that would inflate to gigabytes stops at the limit. Nothing
//! is ever written from the zip.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// The entries of `bytes` whose base name is one of `names` (compared
/// ignoring ASCII case), each at most `max` bytes once inflated, by the
/// name as asked. A name found twice, an entry too large or unreadable, or
/// bytes that are no zip is a sentence.
pub fn read_named_entries(
    bytes: &[u8],
    names: &[&'static str],
    max: usize,
) -> Result<BTreeMap<&'static str, Vec<u8>>, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("the file is not a zip that can be read ({e})"))?;
    let mut found = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|e| format!("an entry of the zip cannot be read ({e})"))?;
        if entry.is_dir() {
            continue;
        }
        let Some(name) = wanted(entry.name_raw(), names) else {
            continue;
        };
        if found.contains_key(name) {
            return Err(format!("the zip holds {name} twice; it may hold it once"));
        }
        let mut data = Vec::new();
        (&mut entry)
            .take(max as u64 + 1)
            .read_to_end(&mut data)
            .map_err(|e| format!("{name} in the zip cannot be read ({e})"))?;
        if data.len() > max {
            return Err(format!(
                "{name} in the zip is larger than the {max} bytes a roster file may have"
            ));
        }
        found.insert(name, data);
    }
    Ok(found)
}

/// The name asked for that an entry's base name is, if any.
fn wanted(raw: &[u8], names: &[&'static str]) -> Option<&'static str> {
    let base = raw
        .rsplit(|b| *b == b'/' || *b == b'\\')
        .next()
        .unwrap_or(raw);
    names
        .iter()
        .copied()
        .find(|n| n.as_bytes().eq_ignore_ascii_case(base))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            writer.start_file(*name, options).expect("start");
            writer.write_all(data).expect("write");
        }
        writer.finish().expect("finish").into_inner()
    }

    #[test]
    fn only_the_names_asked_are_read_by_their_base_name() {
        let bytes = zip_of(&[
            ("export/2026/USERS.csv", b"a"),
            ("../../etc/orgs.csv", b"b"),
            ("notes.txt", b"c"),
        ]);
        let found = read_named_entries(&bytes, &["users.csv", "orgs.csv"], 10).expect("read");
        let got: Vec<(&str, &[u8])> = found.iter().map(|(k, v)| (*k, v.as_slice())).collect();
        assert_eq!(got, [("orgs.csv", &b"b"[..]), ("users.csv", &b"a"[..])]);
    }

    #[test]
    fn an_entry_past_the_limit_and_a_name_twice_are_refused() {
        let zeros = vec![0u8; 1_000_000];
        let bytes = zip_of(&[("users.csv", &zeros)]);
        assert!(bytes.len() < 10_000, "zeros compress");
        let why = read_named_entries(&bytes, &["users.csv"], 1000).expect_err("too large");
        assert!(why.contains("larger than the 1000 bytes"), "{why}");
        let twice = zip_of(&[("a/users.csv", b"1"), ("b/users.csv", b"2")]);
        let why = read_named_entries(&twice, &["users.csv"], 1000).expect_err("twice");
        assert!(why.contains("twice"), "{why}");
        let why = read_named_entries(b"name,school\n", &["users.csv"], 1000).expect_err("no zip");
        assert!(why.contains("not a zip"), "{why}");
    }
}
