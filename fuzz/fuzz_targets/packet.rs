//! Any bytes as a packet and as a response: refused or read, never a panic.
//! The bytes are tried as they are and with the checksum line that matches
//! them appended, so that mutations get past the checksum to the entries,
//! the manifests, the record and the rubric.
#![no_main]

use sha2::{Digest, Sha256};
use teacher_eval::workspace::packet::{open_packet_bytes, parse_response_bytes};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = open_packet_bytes(data, None);
    let _ = parse_response_bytes(data);
    let mut sealed = data.to_vec();
    sealed.extend_from_slice(b"sha256 ");
    for byte in Sha256::digest(data) {
        sealed.extend_from_slice(format!("{byte:02x}").as_bytes());
    }
    sealed.push(b'\n');
    if let Ok(packet) = open_packet_bytes(&sealed, None) {
        // A packet that reads carries a record that hashes to its version.
        assert!(packet.manifest.version.is_some() || packet.record_text.is_none());
    }
    let _ = parse_response_bytes(&sealed);
});
