//! Any bytes as a scoring profile: an error or a profile, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = teacher_eval::scoring::parse_profile("fuzz.ron", data);
});
