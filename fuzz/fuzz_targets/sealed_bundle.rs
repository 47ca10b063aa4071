//! Sealed exchange bundles: refused or read, never a panic. The first byte
//! picks how the rest is tried:
//! - 0, 1: as a sealed bundle file, opened with the fixed test passphrase
//!   (0) or the fixed test identity (1): mutations reach age's header and
//!   stream and the sealed-or-plain rule;
//! - 2, 3: as a plain bundle body, given its matching checksum line (as the
//!   `bundle` target does) and sealed to the test key (2) or with the test
//!   passphrase (3), so that mutations get through age to the inner checks.
//!   A sealed bundle must open exactly as its plain bundle reads, and no
//!   shorter copy of it may open at all.
//!
//! The passphrase's scrypt work is capped at 2^4, so a fuzzed header cannot
//! ask for seconds of work a run.
#![no_main]

use sha2::{Digest, Sha256};
use teacher_eval::workspace::bundle::{
    Identities, Opening, Passphrase, Seal, open_bundle_bytes, parse_bundle, parse_recipient,
    seal_bytes,
};

/// A key made for this fuzzer and nothing else.
const TEST_IDENTITY: &str =
    "AGE-SECRET-KEY-1VRPVG87JDJ3D4NS7ZJSXMQ7FETFF640CN5DXU8ET5MRWFTHX78JSLT0GUY";

/// Its public key.
const TEST_RECIPIENT: &str = "age1egu87wjlpepzqde6t906xnfyxu6f26x88tghzawgykq72sk8denqnhwuyu";

fn passphrase() -> Passphrase {
    Passphrase::new("fuzz passphrase")
        .expect("not empty")
        .with_work_factor(4)
}

fn identity() -> Opening {
    let key = TEST_IDENTITY.parse().expect("the test identity parses");
    Opening::Identities(Identities::from_keys(
        std::path::Path::new("test-key.txt"),
        vec![key],
    ))
}

/// The body with the checksum line that matches it.
fn with_checksum(body: &[u8]) -> Vec<u8> {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(b"sha256 ");
    for byte in Sha256::digest(body) {
        bytes.extend_from_slice(format!("{byte:02x}").as_bytes());
    }
    bytes.push(b'\n');
    bytes
}

/// Seals `plain` and checks the sealed file opens as the plain one reads,
/// and that a copy cut short anywhere does not open.
fn sealed_reads_as_plain(plain: Vec<u8>, seal: &Seal, opening: &Opening) {
    let expected = parse_bundle(&plain).map_err(|e| e.to_string());
    let sealed = seal_bytes(plain, seal).expect("sealing bytes in memory works");
    let opened = open_bundle_bytes(&sealed, opening).map_err(|e| e.to_string());
    assert_eq!(
        opened, expected,
        "a sealed bundle reads other than its plain one"
    );
    let cut = sealed.len() / 2 + usize::from(sealed[sealed.len() / 3]) % (sealed.len() / 2);
    assert!(
        open_bundle_bytes(&sealed[..cut], opening).is_err(),
        "a sealed bundle cut to {cut} of {} bytes opened",
        sealed.len()
    );
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 4 {
        0 => drop(open_bundle_bytes(rest, &Opening::Passphrase(passphrase()))),
        1 => drop(open_bundle_bytes(rest, &identity())),
        2 => {
            let key = parse_recipient(TEST_RECIPIENT).expect("the test recipient parses");
            sealed_reads_as_plain(
                with_checksum(rest),
                &Seal::Recipients(vec![key]),
                &identity(),
            );
        }
        _ => sealed_reads_as_plain(
            with_checksum(rest),
            &Seal::Passphrase(passphrase()),
            &Opening::Passphrase(passphrase()),
        ),
    }
});
