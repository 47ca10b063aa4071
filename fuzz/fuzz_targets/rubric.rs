//! Any bytes as a rubric file: an error list or a rubric, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = teacher_eval::rubric::parse_rubric("fuzz.ron", data);
});
