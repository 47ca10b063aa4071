//! What seals a bundle and what opens one: a passphrase (age's scrypt), or
//! X25519 keys a district hands out (`age1…` recipients, `AGE-SECRET-KEY-1…`
//! identities), or the deliberate choice of a plain bundle.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;

/// A passphrase file or an identity file is small; larger ones are refused unread.
pub const MAX_KEY_FILE_BYTES: usize = 64 * 1024;

/// Why a passphrase, identity or recipient cannot be used, in words that
/// finish a sentence and name the file given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("the passphrase file {0} cannot be read: {1}")]
    PassphraseFile(PathBuf, String),
    #[error("the passphrase file {0} has an empty first line, and an empty passphrase is refused")]
    EmptyPassphraseFile(PathBuf),
    #[error("the identity file {0} cannot be read: {1}")]
    IdentityFile(PathBuf, String),
    #[error(
        "line {1} of the identity file {0} is not an age identity (a secret key starting `AGE-SECRET-KEY-1`)"
    )]
    NotAnIdentity(PathBuf, usize),
    #[error("the identity file {0} holds no identity")]
    NoIdentity(PathBuf),
    #[error("`{0}` is not an age recipient (a public key starting `age1`)")]
    NotARecipient(String),
    #[error(
        "a recipient given is a secret key (`AGE-SECRET-KEY-1…`); give its public key (`age1…`) and keep the secret one to yourself"
    )]
    SecretKeyAsRecipient,
}

/// A passphrase that is never empty and never shown (`Debug` hides it).
#[derive(Clone)]
pub struct Passphrase {
    secret: SecretString,
    /// scrypt's work factor (log2 of N) for sealing, and the most an opened
    /// bundle may ask for; `None` lets age time about a second on this
    /// computer (and accept up to 16 times that).
    work_factor: Option<u8>,
}

impl Passphrase {
    /// The passphrase as typed; an empty one is refused.
    pub fn new(text: &str) -> Result<Passphrase, KeyError> {
        if text.is_empty() {
            return Err(KeyError::EmptyPassphrase);
        }
        Ok(Passphrase {
            secret: SecretString::from(text.to_string()),
            work_factor: None,
        })
    }

    /// The first line of the file at `path`, without its line break (`\n`
    /// or `\r\n`): what `echo secret > file` and editors write.
    pub fn read_file(path: &Path) -> Result<Passphrase, KeyError> {
        let unreadable = |why: String| KeyError::PassphraseFile(path.to_path_buf(), why);
        let bytes = read_key_file(path).map_err(unreadable)?;
        let text =
            std::str::from_utf8(&bytes).map_err(|_| unreadable("it is not text (UTF-8)".into()))?;
        let line = text.split('\n').next().unwrap_or_default();
        let line = line.strip_suffix('\r').unwrap_or(line);
        Passphrase::new(line).map_err(|_| KeyError::EmptyPassphraseFile(path.to_path_buf()))
    }

    /// Seals with, and accepts at most, scrypt's N = 2^`log_n` instead of
    /// age's timed default: for tests and fuzzing, where a second a try is too slow.
    #[must_use]
    pub fn with_work_factor(mut self, log_n: u8) -> Passphrase {
        self.work_factor = Some(log_n.clamp(1, 63));
        self
    }

    /// age's passphrase recipient, for sealing.
    pub(super) fn recipient(&self) -> age::scrypt::Recipient {
        let mut recipient = age::scrypt::Recipient::new(self.secret.clone());
        if let Some(log_n) = self.work_factor {
            recipient.set_work_factor(log_n);
        }
        recipient
    }

    /// age's passphrase identity, for opening.
    pub(super) fn identity(&self) -> age::scrypt::Identity {
        let mut identity = age::scrypt::Identity::new(self.secret.clone());
        if let Some(log_n) = self.work_factor {
            identity.set_max_work_factor(log_n);
        }
        identity
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(hidden)")
    }
}

/// Two passphrases are equal when they are the same text (for tests of the window's requests).
impl PartialEq for Passphrase {
    fn eq(&self, other: &Passphrase) -> bool {
        self.secret.expose_secret() == other.secret.expose_secret()
            && self.work_factor == other.work_factor
    }
}

/// The X25519 identities (secret keys) of one identity file.
#[derive(Clone)]
pub struct Identities {
    file: PathBuf,
    keys: Arc<[x25519::Identity]>,
}

impl Identities {
    /// Reads an age identity file: one `AGE-SECRET-KEY-1…` a line, `#`
    /// comments and blank lines allowed, at least one key.
    pub fn read_file(path: &Path) -> Result<Identities, KeyError> {
        let unreadable = |why: String| KeyError::IdentityFile(path.to_path_buf(), why);
        let bytes = read_key_file(path).map_err(unreadable)?;
        let text =
            std::str::from_utf8(&bytes).map_err(|_| unreadable("it is not text (UTF-8)".into()))?;
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let key = line
                .parse::<x25519::Identity>()
                .map_err(|_| KeyError::NotAnIdentity(path.to_path_buf(), n + 1))?;
            keys.push(key);
        }
        if keys.is_empty() {
            return Err(KeyError::NoIdentity(path.to_path_buf()));
        }
        Ok(Identities::from_keys(path, keys))
    }

    /// Identities already in memory, named after `file` in messages.
    #[must_use]
    pub fn from_keys(file: &Path, keys: Vec<x25519::Identity>) -> Identities {
        Identities {
            file: file.to_path_buf(),
            keys: keys.into(),
        }
    }

    /// The file they came from.
    #[must_use]
    pub fn file(&self) -> &Path {
        &self.file
    }

    pub(super) fn keys(&self) -> &[x25519::Identity] {
        &self.keys
    }
}

impl fmt::Debug for Identities {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Identities({}, {} keys)",
            self.file.display(),
            self.keys.len()
        )
    }
}

/// The same file read once are the same identities.
impl PartialEq for Identities {
    fn eq(&self, other: &Identities) -> bool {
        self.file == other.file && Arc::ptr_eq(&self.keys, &other.keys)
    }
}

/// Reads an `age1…` public key as given on the command line.
pub fn parse_recipient(text: &str) -> Result<x25519::Recipient, KeyError> {
    if text
        .trim()
        .to_ascii_uppercase()
        .starts_with("AGE-SECRET-KEY")
    {
        return Err(KeyError::SecretKeyAsRecipient);
    }
    text.trim()
        .parse::<x25519::Recipient>()
        .map_err(|_| KeyError::NotARecipient(shown_key(text)))
}

/// How an export is written.
#[derive(Debug, Clone, PartialEq)]
pub enum Seal {
    /// Sealed with a passphrase: whoever knows it can open the bundle.
    Passphrase(Passphrase),
    /// Sealed to these public keys: each one's identity opens the bundle.
    Recipients(Vec<x25519::Recipient>),
    /// Not encrypted, chosen on purpose: whoever gets the file reads it.
    Plain,
}

impl Seal {
    /// "sealed with a passphrase", for the line saying what was written.
    #[must_use]
    pub fn said(&self) -> String {
        match self {
            Seal::Passphrase(_) => "sealed with a passphrase".into(),
            Seal::Recipients(keys) => format!(
                "sealed to {}",
                crate::text::count(keys.len(), "key", "keys")
            ),
            Seal::Plain => "plain, not encrypted".into(),
        }
    }
}

/// How an import or a summary opens a bundle file, and so which bundles it takes.
#[derive(Debug, Clone, PartialEq)]
pub enum Opening {
    /// A bundle sealed with this passphrase.
    Passphrase(Passphrase),
    /// A bundle sealed to one of these identities' public keys.
    Identities(Identities),
    /// A plain bundle; a sealed one is refused, as there is nothing to open it with.
    Plain,
    /// A sealed bundle was required but nothing to open it was given: every
    /// bundle is refused, saying whether it was sealed or plain.
    NoKey,
}

/// A key file's bytes, or why not in words.
fn read_key_file(path: &Path) -> Result<Vec<u8>, String> {
    crate::files::bounded::read_bounded(path, MAX_KEY_FILE_BYTES).map_err(|e| super::unreadable(&e))
}

/// A mistyped key as it may be shown: at most 20 characters, escaped (it could be a secret pasted by mistake).
fn shown_key(text: &str) -> String {
    let shown: String = text
        .chars()
        .take(20)
        .flat_map(char::escape_default)
        .collect();
    if text.chars().count() > 20 {
        format!("{shown}…")
    } else {
        shown
    }
}
