//! Any bytes as each record type's file (the first byte picks the type), and
//! a record that decodes must encode and decode to the same text.
#![no_main]

use teacher_eval::record::{Educator, GrowthPlan, Measure, Observation, Summative};
use teacher_eval::workspace::{Record, decode, encode};

fn round_trip<R: Record>(bytes: &[u8]) {
    // Read the id first, so a record of any id reaches the checks after it.
    let Ok(record) = teacher_eval::files::ron_text::parse::<R>(bytes, "a record", 64) else {
        return;
    };
    let Ok(record) = decode::<R>(bytes, record.id()) else {
        return;
    };
    let text = encode(&record).expect("a decoded record encodes");
    let again = decode::<R>(text.as_bytes(), record.id()).expect("and decodes again");
    assert_eq!(encode(&again).expect("encodes"), text);
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((kind, bytes)) = data.split_first() else {
        return;
    };
    match kind % 5 {
        0 => round_trip::<Educator>(bytes),
        1 => round_trip::<Observation>(bytes),
        2 => round_trip::<Summative>(bytes),
        3 => round_trip::<GrowthPlan>(bytes),
        _ => round_trip::<Measure>(bytes),
    }
});
