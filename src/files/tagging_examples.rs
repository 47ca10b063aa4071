//! What the evaluator taught the suggester: each tag accepted, added or
//! removed on a note, kept in their own data folder (owner-only, written
//! atomically), never in a workspace, so no bundle or export carries it.
//!
//! An example keeps the stems of the note's words, not its text, and no word
//! that looks like a name (see `rubric::suggest`). A file that cannot be
//! read as examples is set aside under another name, never written over.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::files::bounded::{Links, read_bounded_with};

/// The version of the examples file this build reads.
pub const EXAMPLES_SCHEMA: u32 = 1;
/// Most examples kept: the oldest go first (about 200 KB at the cap).
pub const MAX_EXAMPLES: usize = 2000;
/// Larger files are set aside unread.
pub const MAX_EXAMPLES_BYTES: usize = 2 * 1024 * 1024;

/// One tag on one note: the component, whether it was chosen (accepted or
/// added) or removed, and the stems of the note's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub rubric: String,
    pub component: String,
    pub chosen: bool,
    pub terms: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "TaggingExamples")]
struct ExamplesFile {
    schema: u32,
    examples: Vec<Example>,
}

/// The examples read, and the file set aside to read them, if it was damaged.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub examples: Vec<Example>,
    pub set_aside: Option<SetAside>,
}

/// A damaged examples file, moved to `kept_as`, and why it was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub kept_as: PathBuf,
    pub why: String,
}

impl std::fmt::Display for SetAside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "The tagging examples could not be read ({}); the file was set aside as {} and \
             suggestions start learning afresh",
            self.why,
            self.kept_as.display()
        )
    }
}

/// Why the examples were not read or written.
#[derive(Debug, thiserror::Error)]
pub enum ExamplesError {
    /// Reading failed for a reason other than the file's content (it is left as it is).
    #[error("the tagging examples {} cannot be read: {}", .0.display(), crate::workspace::plain(.1))]
    Read(PathBuf, std::io::Error),
    /// A damaged file could not be moved aside, so nothing is written over it.
    #[error("the damaged tagging examples {} could not be set aside: {}", .0.display(), crate::workspace::plain(.1))]
    SetAside(PathBuf, std::io::Error),
    #[error("the tagging examples cannot be written: {0}")]
    Encode(#[from] ron::error::Error),
    #[error("the folder of {} cannot be made: {}", .0.display(), crate::workspace::plain(.1))]
    Folder(PathBuf, std::io::Error),
    #[error("the tagging examples {} cannot be written: {}", .0.display(), .1)]
    Write(PathBuf, crate::workspace::NotWritten),
    #[error("the tagging examples {} cannot be removed: {}", .0.display(), crate::workspace::plain(.1))]
    Remove(PathBuf, std::io::Error),
}

/// One writer at a time in this process: two reads then two writes would lose one.
static WRITING: Mutex<()> = Mutex::new(());

/// Reads the examples (none when there is no file yet). A file that is not
/// examples (damaged, too large, a link, the wrong version) is set aside.
pub fn load(path: &Path) -> Result<Loaded, ExamplesError> {
    match read(path)? {
        Ok(examples) => Ok(Loaded {
            examples,
            set_aside: None,
        }),
        Err(why) => set_aside(path, why),
    }
}

/// Reads the examples without changing anything: `Ok(Err(why))` for a
/// file that is not examples (the command line then leaves it be).
pub fn read(path: &Path) -> Result<Result<Vec<Example>, String>, ExamplesError> {
    let bytes = match read_bounded_with(path, MAX_EXAMPLES_BYTES, Links::Refuse) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Ok(Vec::new())),
        Err(e) if is_content(&e) => return Ok(Err(crate::workspace::plain(&e))),
        Err(e) => return Err(ExamplesError::Read(path.to_path_buf(), e)),
    };
    Ok(
        match crate::files::ron_text::parse::<ExamplesFile>(&bytes, "`TaggingExamples(`", 8) {
            Ok(file) if file.schema == EXAMPLES_SCHEMA => Ok(file.examples),
            Ok(file) => Err(format!(
                "it is version {}; this teacher-eval reads version {EXAMPLES_SCHEMA}",
                file.schema
            )),
            Err(e) => Err(format!("line {}: {}", e.position.line, e.message)),
        },
    )
}

/// Errors that come from what stands at the path, not from being unable to read it.
fn is_content(e: &std::io::Error) -> bool {
    use std::io::ErrorKind as K;
    // A link or a pipe is refused as InvalidInput (`bounded::open_regular`).
    matches!(
        e.kind(),
        K::FileTooLarge | K::InvalidInput | K::IsADirectory
    )
}

/// Moves a damaged file beside itself under a dated name, never over another.
fn set_aside(path: &Path, why: String) -> Result<Loaded, ExamplesError> {
    let stamp = crate::clock::local_now().format("%Y%m%d-%H%M%S");
    let name = |n: u32| {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("-{n}")
        };
        path.with_file_name(format!("tagging-examples.damaged-{stamp}{suffix}.ron"))
    };
    let mut kept_as = name(0);
    for n in 1..1000 {
        if std::fs::symlink_metadata(&kept_as).is_err() {
            break;
        }
        kept_as = name(n);
    }
    std::fs::rename(path, &kept_as).map_err(|e| ExamplesError::SetAside(path.to_path_buf(), e))?;
    Ok(Loaded {
        examples: Vec::new(),
        set_aside: Some(SetAside { kept_as, why }),
    })
}

/// Adds `new` to the file (the oldest dropped beyond [`MAX_EXAMPLES`]) and
/// returns what it then holds, with any damaged file it had to set aside.
pub fn append(path: &Path, new: &[Example]) -> Result<Loaded, ExamplesError> {
    let _one = WRITING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut loaded = load(path)?;
    loaded.examples.extend_from_slice(new);
    let over = loaded.examples.len().saturating_sub(MAX_EXAMPLES);
    loaded.examples.drain(..over);
    let file = ExamplesFile {
        schema: EXAMPLES_SCHEMA,
        examples: loaded.examples,
    };
    let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())?;
    if let Some(folder) = path.parent() {
        crate::workspace::create_private_dir(folder)
            .map_err(|e| ExamplesError::Folder(path.to_path_buf(), e))?;
    }
    crate::workspace::write_user_file(path, format!("{text}\n").as_bytes())
        .map_err(|e| ExamplesError::Write(path.to_path_buf(), e))?;
    loaded.examples = file.examples;
    Ok(loaded)
}

/// Removes the file; returns how many examples it held (0 when there was none).
pub fn forget(path: &Path) -> Result<usize, ExamplesError> {
    let _one = WRITING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let held = load(path).map_or(0, |l| l.examples.len());
    match std::fs::remove_file(path) {
        Ok(()) => Ok(held),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(held),
        Err(e) => Err(ExamplesError::Remove(path.to_path_buf(), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(component: &str) -> Example {
        Example {
            rubric: "r".into(),
            component: component.into(),
            chosen: true,
            terms: vec!["exit".into(), "ticket".into()],
        }
    }

    #[test]
    fn appends_caps_and_forgets() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("data").join("tagging-examples.ron");
        assert!(load(&path).expect("none yet").examples.is_empty());
        let many: Vec<Example> = (0..MAX_EXAMPLES + 5)
            .map(|i| example(&i.to_string()))
            .collect();
        let held = append(&path, &many).expect("written").examples;
        assert_eq!(held.len(), MAX_EXAMPLES);
        assert_eq!(held[0].component, "5", "the oldest go first");
        assert_eq!(load(&path).expect("read").examples, held);
        assert_eq!(forget(&path).expect("removed"), MAX_EXAMPLES);
        assert!(!path.exists());
        assert_eq!(forget(&path).expect("nothing to remove"), 0);
    }

    #[test]
    fn a_damaged_file_is_set_aside_never_written_over() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("tagging-examples.ron");
        std::fs::write(&path, "TaggingExamples(schema: 1, examples: [(rubric: ").expect("write");
        let loaded = append(&path, &[example("3d")]).expect("set aside, then written");
        let aside = loaded.set_aside.expect("set aside");
        assert!(aside.why.contains("line 1"), "{}", aside.why);
        assert_eq!(
            std::fs::read_to_string(&aside.kept_as).expect("kept"),
            "TaggingExamples(schema: 1, examples: [(rubric: "
        );
        assert_eq!(loaded.examples, [example("3d")]);
    }
}
