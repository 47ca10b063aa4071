//! Any bytes as an exchange bundle: refused or read, never a panic. (The
//! checksum stops most mutations early; the seed corpus holds real bundles.)
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = teacher_eval::workspace::bundle::parse_bundle(data);
});
