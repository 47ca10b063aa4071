//! Sealed bundles: the plain bundle, byte for byte, encrypted as one age
//! file (binary, not armored). Opening a bundle file is one rule for the
//! window, `import` and `summary`: an age header means sealed, and it is
//! opened with the passphrase or identities given; anything else is read as
//! a plain bundle only when plain was chosen. Then every check of the plain
//! format runs on what was inside.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use age::{DecryptError, Decryptor, Encryptor};

use super::keys::{Opening, Seal};
use super::{Bundle, BundleError, MAX_BUNDLE_BYTES, parse_bundle};

/// How every binary age file starts (`age-encryption.org/v1`; a later
/// version changes what follows the slash).
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/";
/// How an armored (text) age file starts; this program writes and reads binary only.
const ARMOR_MAGIC: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
/// How a plain bundle of any version starts.
pub(crate) const PLAIN_MAGIC: &[u8] = b"teacher-eval bundle ";
/// What age adds to a bundle may take at most: 16 bytes for every 64 KiB
/// chunk (256 KiB for a bundle at its limit), a 16-byte nonce, and a header
/// of about 100 bytes a recipient.
pub const MAX_SEAL_OVERHEAD: usize = 1 << 20;
/// Larger sealed files are refused unread.
pub const MAX_SEALED_BYTES: usize = MAX_BUNDLE_BYTES + MAX_SEAL_OVERHEAD;
/// age encrypts in chunks of this many bytes, each with a 16-byte tag.
pub const AGE_CHUNK_BYTES: usize = 64 * 1024;

/// The bytes to write for a plain bundle `plain`, sealed as `seal` says.
pub fn seal_bytes(plain: Vec<u8>, seal: &Seal) -> Result<Vec<u8>, String> {
    let encryptor = match seal {
        Seal::Plain => return Ok(plain),
        Seal::Passphrase(passphrase) => {
            let recipient = passphrase.recipient();
            Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        }
        Seal::Recipients(keys) => {
            Encryptor::with_recipients(keys.iter().map(|k| k as &dyn age::Recipient))
        }
    }
    .map_err(|e| format!("the bundle cannot be sealed: {e}"))?;
    let mut sealed = Vec::with_capacity(plain.len() + plain.len() / AGE_CHUNK_BYTES * 16 + 1024);
    let sealing = |e: io::Error| format!("the bundle cannot be sealed: {e}");
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(sealing)?;
    io::Write::write_all(&mut writer, &plain).map_err(sealing)?;
    writer.finish().map_err(sealing)?;
    Ok(sealed)
}

/// Reads and checks the bundle file at `path` as `opening` allows: the
/// sealed file at most [`MAX_SEALED_BYTES`], what it holds (or a plain
/// file) at most [`MAX_BUNDLE_BYTES`].
pub fn open_bundle(path: &Path, opening: &Opening) -> Result<Bundle, BundleError> {
    let opened = read_checked(path, opening);
    match &opened {
        Ok(bundle) => log::info!("bundle opened: {} records", bundle.record_count()),
        Err(e) => log::warn!("bundle refused: {}", crate::files::log_file::kind_of(e)),
    }
    opened
}

fn read_checked(path: &Path, opening: &Opening) -> Result<Bundle, BundleError> {
    let unreadable = |e: io::Error| BundleError::Read(super::unreadable(&e));
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => unreadable(crate::files::bounded::missing_file(path)),
        _ => unreadable(e),
    })?;
    if meta.is_dir() {
        return Err(unreadable(io::ErrorKind::IsADirectory.into()));
    }
    if !meta.is_file() {
        return Err(BundleError::Read("it is not a regular file".into()));
    }
    if meta.len() > MAX_SEALED_BYTES as u64 {
        return Err(BundleError::SealedFileTooLarge(meta.len()));
    }
    let mut file = File::open(path).map_err(unreadable)?;
    let start = read_start(&mut file).map_err(unreadable)?;
    let room =
        usize::try_from(meta.len()).map_or(MAX_BUNDLE_BYTES, |len| len.min(MAX_BUNDLE_BYTES));
    match start_kind(&start) {
        Kind::Sealed => {
            let input = io::Cursor::new(start).chain(file.take(MAX_SEALED_BYTES as u64));
            let plain = unseal(input, opening, MAX_BUNDLE_BYTES, room)?;
            parse_bundle(&plain)
        }
        kind => {
            refuse_unsealed(kind, &start, opening)?;
            if meta.len() > MAX_BUNDLE_BYTES as u64 {
                return Err(BundleError::TooLarge(meta.len()));
            }
            let mut bytes = Vec::with_capacity(room);
            io::Cursor::new(start)
                .chain(file.take(MAX_BUNDLE_BYTES as u64))
                .read_to_end(&mut bytes)
                .map_err(unreadable)?;
            parse_bundle(&bytes)
        }
    }
}

/// As [`open_bundle`], for a bundle already in memory (the fuzzer, tests).
pub fn open_bundle_bytes(bytes: &[u8], opening: &Opening) -> Result<Bundle, BundleError> {
    let start = &bytes[..bytes.len().min(START_BYTES)];
    match start_kind(start) {
        Kind::Sealed => {
            if bytes.len() > MAX_SEALED_BYTES {
                return Err(BundleError::SealedFileTooLarge(bytes.len() as u64));
            }
            let room = bytes.len().min(MAX_BUNDLE_BYTES);
            parse_bundle(&unseal(bytes, opening, MAX_BUNDLE_BYTES, room)?)
        }
        kind => {
            refuse_unsealed(kind, start, opening)?;
            parse_bundle(bytes)
        }
    }
}

/// How many bytes tell the kinds of file apart.
const START_BYTES: usize = 64;

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sealed,
    /// The start of an age header, and then the file ends.
    CutInAgeHeader,
    Armored,
    Other,
}

fn start_kind(start: &[u8]) -> Kind {
    if start.starts_with(AGE_MAGIC) {
        Kind::Sealed
    } else if !start.is_empty() && AGE_MAGIC.starts_with(start) {
        Kind::CutInAgeHeader
    } else if start.starts_with(ARMOR_MAGIC) {
        Kind::Armored
    } else {
        Kind::Other
    }
}

/// The first [`START_BYTES`] of a file (fewer if it is shorter).
fn read_start(file: &mut File) -> io::Result<Vec<u8>> {
    let mut start = Vec::with_capacity(START_BYTES);
    file.by_ref()
        .take(START_BYTES as u64)
        .read_to_end(&mut start)?;
    Ok(start)
}

/// A file that is not sealed goes on to be read as a plain bundle only if
/// plain was chosen; otherwise it is refused, saying what it is.
fn refuse_unsealed(kind: Kind, start: &[u8], opening: &Opening) -> Result<(), BundleError> {
    match kind {
        Kind::CutInAgeHeader => Err(BundleError::SealDamaged("it ends inside its age header")),
        Kind::Armored => Err(BundleError::Armored),
        _ if matches!(opening, Opening::Plain) || start.is_empty() => Ok(()),
        _ if start.starts_with(PLAIN_MAGIC) => Err(BundleError::NotSealed),
        _ => Err(BundleError::NotABundle),
    }
}

/// Decrypts a sealed bundle with what `opening` gives, streaming: at most
/// `max` plain bytes are kept (`room` of them reserved at once), so a
/// sealed file cannot make more of itself than a plain bundle may be.
pub(crate) fn unseal(
    input: impl Read,
    opening: &Opening,
    max: usize,
    room: usize,
) -> Result<Vec<u8>, BundleError> {
    let decryptor = Decryptor::new_buffered(BufReader::new(input)).map_err(header_error)?;
    let reader = match opening {
        Opening::Plain | Opening::NoKey => return Err(BundleError::Sealed),
        Opening::Passphrase(passphrase) => {
            if !decryptor.is_scrypt() {
                return Err(BundleError::SealedToKeys);
            }
            let identity = passphrase.identity();
            decryptor
                .decrypt(std::iter::once(&identity as &dyn age::Identity))
                .map_err(|e| key_error(e, BundleError::WrongPassphrase))?
        }
        Opening::Identities(identities) => {
            if decryptor.is_scrypt() {
                return Err(BundleError::SealedWithPassphrase);
            }
            let keys = identities.keys().iter().map(|k| k as &dyn age::Identity);
            decryptor.decrypt(keys).map_err(|e| {
                key_error(
                    e,
                    BundleError::WrongIdentity(identities.file().display().to_string()),
                )
            })?
        }
    };
    let mut plain = Vec::with_capacity(room.min(max));
    reader
        .take(max as u64 + 1)
        .read_to_end(&mut plain)
        .map_err(stream_error)?;
    if plain.len() > max {
        return Err(BundleError::SealedTooLarge(max));
    }
    Ok(plain)
}

/// An age header that does not read.
fn header_error(e: DecryptError) -> BundleError {
    match e {
        DecryptError::UnknownFormat => BundleError::NewerSeal,
        DecryptError::Io(e) => stream_error(e),
        _ => BundleError::SealDamaged("its age header is damaged"),
    }
}

/// A header that reads but does not open with the key given: `wrong` when
/// the key is not the one, a sentence of its own otherwise.
fn key_error(e: DecryptError, wrong: BundleError) -> BundleError {
    match e {
        DecryptError::DecryptionFailed
        | DecryptError::KeyDecryptionFailed
        | DecryptError::NoMatchingKeys => wrong,
        DecryptError::ExcessiveWork { required, target } => {
            BundleError::TooMuchWork { required, target }
        }
        DecryptError::InvalidMac => BundleError::SealDamaged("its age header fails its check"),
        DecryptError::Io(e) => stream_error(e),
        _ => BundleError::SealDamaged("its age header is damaged"),
    }
}

/// Reading the encrypted contents failed: damaged, cut short, or the disk.
#[allow(
    clippy::needless_pass_by_value,
    reason = "called as map_err(stream_error)"
)]
fn stream_error(e: io::Error) -> BundleError {
    match e.kind() {
        io::ErrorKind::InvalidData => {
            BundleError::SealDamaged("its encrypted contents were damaged or changed")
        }
        io::ErrorKind::UnexpectedEof => BundleError::SealDamaged("it is cut short"),
        _ => BundleError::Read(super::unreadable(&e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::bundle::Passphrase;

    fn quick() -> Opening {
        Opening::Passphrase(passphrase())
    }

    fn passphrase() -> Passphrase {
        Passphrase::new("correct horse")
            .expect("not empty")
            .with_work_factor(2)
    }

    #[test]
    fn at_most_max_plain_bytes_come_out_of_a_sealed_bundle() {
        let max = 3 * AGE_CHUNK_BYTES + 5;
        let at_limit = vec![b'x'; max];
        let sealed = seal_bytes(at_limit.clone(), &Seal::Passphrase(passphrase())).expect("sealed");
        let out = unseal(&sealed[..], &quick(), max, 0).expect("the limit itself is allowed");
        assert_eq!(out, at_limit);
        let over =
            seal_bytes(vec![b'x'; max + 1], &Seal::Passphrase(passphrase())).expect("sealed");
        let err = unseal(&over[..], &quick(), max, 0).expect_err("one byte more is not");
        assert!(
            matches!(err, BundleError::SealedTooLarge(m) if m == max),
            "{err}"
        );
    }

    #[test]
    fn a_bundle_at_the_limit_sealed_fits_the_sealed_limit() {
        // age's overhead, measured: a header, a nonce, a tag per 64 KiB chunk.
        for len in [0, 1, AGE_CHUNK_BYTES, 2 * AGE_CHUNK_BYTES + 1] {
            let sealed = seal_bytes(vec![0; len], &Seal::Passphrase(passphrase())).expect("sealed");
            let chunks = len.div_ceil(AGE_CHUNK_BYTES).max(1);
            let header = sealed.len() - len - 16 - 16 * chunks;
            assert!(header < 300, "a passphrase header is {header} bytes");
        }
        let tags = 16 + 16 * MAX_BUNDLE_BYTES.div_ceil(AGE_CHUNK_BYTES);
        assert!(
            MAX_BUNDLE_BYTES + tags + 300 <= MAX_SEALED_BYTES,
            "a passphrase-sealed bundle at the limit is not refused for its size"
        );
        // To keys: a district's 1,000 principals' keys still fit.
        let keys: Vec<_> = (0..50)
            .map(|_| age::x25519::Identity::generate().to_public())
            .collect();
        let sealed = seal_bytes(Vec::new(), &Seal::Recipients(keys)).expect("sealed");
        let per_key = sealed.len() / 50;
        assert!(MAX_BUNDLE_BYTES + tags + 1_000 * per_key <= MAX_SEALED_BYTES);
    }
}
