//! Any bytes as an exchange bundle: refused or read, never a panic. The bytes
//! are tried twice: as they are, and sealed with the checksum line that
//! matches them, so that mutations get past the checksum to the entries and
//! records. A bundle that reads must pack into one that reads and packs to the same bytes.
#![no_main]

use sha2::{Digest, Sha256};
use teacher_eval::workspace::bundle::{ExportFilter, pack, parse_bundle};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = parse_bundle(data);
    let mut sealed = data.to_vec();
    sealed.extend_from_slice(b"sha256 ");
    for byte in Sha256::digest(data) {
        sealed.extend_from_slice(format!("{byte:02x}").as_bytes());
    }
    sealed.push(b'\n');
    let Ok(bundle) = parse_bundle(&sealed) else {
        return;
    };
    let count = bundle.record_count();
    let contents = bundle.into_contents();
    let packed = pack(&contents, &ExportFilter::default()).expect("a bundle that reads packs");
    let again = parse_bundle(&packed.bytes).expect("a packed bundle reads");
    assert_eq!(again.record_count(), count);
    let repacked = pack(&again.into_contents(), &ExportFilter::default()).expect("packs again");
    assert!(repacked.bytes == packed.bytes, "packing is not stable");
});
