//! The educator's draft of a response, kept on their own computer while
//! they answer a packet: everything typed (the name, the reflection, the
//! files to attach with their captions, the self-assessment), saved as
//! they type so a crash or a closed window loses nothing. One file per
//! packet, `<packet_id>.ron` in the user's data folder
//! (`files::folders::packet_drafts_dir`), owner-only and written
//! atomically. A file that does not read is renamed aside, never
//! overwritten; the response itself is the only other file written.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::record::artifact::resolve_components;
use crate::record::{ProposedGoal, SelfRating, Timestamp, is_valid_id};
use crate::workspace::packet::{Answers, Attachment, MayAnswer, SelfAssessmentAnswer};

/// A draft holds at most a reflection's 100,000 characters and a
/// self-assessment: far less than this. Larger files are set aside unread.
pub const MAX_DRAFT_BYTES: usize = 4 * 1024 * 1024;

/// Everything typed in answer to one packet. Missing fields take their
/// defaults, so a draft from an older version still reads.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PacketDraft {
    pub packet_id: String,
    /// When it was last saved.
    pub saved_at: Option<Timestamp>,
    /// The name typed to acknowledge.
    pub name: String,
    /// As typed, line breaks included.
    pub reflection: String,
    pub attachments: Vec<DraftAttachment>,
    /// The educator's level and evidence of each component touched.
    pub ratings: Vec<SelfRating>,
    pub goals: Vec<DraftGoal>,
    /// Where the response is to be written, as typed.
    pub out: String,
    /// The last response written from this draft.
    pub written: Option<WrittenResponse>,
}

/// A file to attach, as chosen and described.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftAttachment {
    pub path: String,
    pub caption: String,
    /// As typed, e.g. "1e, 4a".
    pub components: String,
}

/// A proposed goal, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftGoal {
    pub text: String,
    /// As typed, e.g. "3b, 3c".
    pub components: String,
}

/// A response written from the draft: where, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrittenResponse {
    pub to: String,
    pub at: Timestamp,
}

/// What was found where a draft is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftFound {
    /// No draft yet.
    None,
    Draft(Box<PacketDraft>),
    /// The file did not read (`why`); it was renamed to `kept_as`, or,
    /// when even that failed, left where it is (`None`) and no draft is saved over it.
    Damaged {
        why: String,
        kept_as: Option<PathBuf>,
    },
}

/// Why a draft was not saved, in words that finish "Your draft was not saved: …".
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("{0}")]
    Encode(#[from] ron::Error),
    #[error("the folder {} could not be made: {}", .0.display(), crate::workspace::plain(.1))]
    Folder(PathBuf, std::io::Error),
    #[error("{0}")]
    Write(#[from] crate::workspace::NotWritten),
}

/// The draft file of `packet_id` in `dir`; `None` for an id that is not one
/// (a packet's id comes from a file, so it is never trusted as a file name).
#[must_use]
pub fn draft_file(dir: &Path, packet_id: &str) -> Option<PathBuf> {
    (is_valid_id(packet_id) && packet_id.starts_with("pkt-"))
        .then(|| dir.join(format!("{packet_id}.ron")))
}

/// Reads the draft at `path`. A file that does not read is renamed aside
/// (`NAME.damaged-YYYYMMDD-HHMMSS`) so that the next save cannot replace it.
#[must_use]
pub fn read_draft(path: &Path) -> DraftFound {
    use crate::files::bounded::{Links, read_bounded_with};
    let why = match read_bounded_with(path, MAX_DRAFT_BYTES, Links::Refuse) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return DraftFound::None,
        Err(e) => crate::workspace::plain(&e),
        Ok(bytes) => match crate::files::ron_text::parse::<PacketDraft>(
            &bytes,
            "a draft starting with `(`",
            8,
        ) {
            Ok(draft) => return DraftFound::Draft(Box::new(draft)),
            Err(e) => format!("line {}: {}", e.position.line, e.message),
        },
    };
    let stamp = crate::clock::local_now().format("%Y%m%d-%H%M%S");
    let name = path
        .file_name()
        .map_or_else(|| "draft".to_string(), |n| n.to_string_lossy().into_owned());
    let aside = path.with_file_name(format!("{name}.damaged-{stamp}"));
    let kept_as = (std::fs::symlink_metadata(&aside).is_err()
        && std::fs::rename(path, &aside).is_ok())
    .then_some(aside);
    log::warn!("a response draft did not read and was set aside");
    DraftFound::Damaged { why, kept_as }
}

/// Writes `draft` to `path` atomically and owner-only, making the folder.
pub fn save_draft(path: &Path, draft: &PacketDraft) -> Result<(), DraftError> {
    let text = ron::ser::to_string_pretty(draft, ron::ser::PrettyConfig::default())?;
    if let Some(folder) = path.parent() {
        crate::workspace::create_private_dir(folder)
            .map_err(|e| DraftError::Folder(folder.to_path_buf(), e))?;
    }
    crate::workspace::write_user_file(path, format!("{text}\n").as_bytes())?;
    Ok(())
}

/// Removes the draft at `path` ("Start over"); a draft that is not there is fine.
pub fn remove_draft(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(crate::workspace::plain(&e)),
        _ => Ok(()),
    }
}

impl PacketDraft {
    /// A new, empty draft of `packet_id`, to be written to `out`.
    #[must_use]
    pub fn new(packet_id: &str, out: &Path) -> PacketDraft {
        PacketDraft {
            packet_id: packet_id.to_string(),
            out: out.display().to_string(),
            ..PacketDraft::default()
        }
    }

    /// The answers as `build_response` takes them, acknowledged `at`; only
    /// what the packet allows goes in. A goal's components are read against
    /// `rubric` ("3B" is 3b); one it does not know is said.
    pub fn answers(
        &self,
        may: MayAnswer,
        rubric: &crate::rubric::Rubric,
        at: Timestamp,
    ) -> Result<Answers, String> {
        let attachments = (self.attachments.iter())
            .filter(|_| may.artifacts)
            .map(|a| Attachment {
                path: PathBuf::from(a.path.trim()),
                caption: a.caption.clone(),
                components: vec![a.components.clone()],
            })
            .collect();
        let self_assessment = if may.self_assessment {
            Some(self.self_assessment(rubric)?)
        } else {
            None
        };
        Ok(Answers {
            name: self.name.clone(),
            acknowledged_at: at,
            reflection: if may.reflection {
                self.reflection.clone()
            } else {
                String::new()
            },
            attachments,
            self_assessment,
        })
    }

    /// The components assessed or given evidence, and the goals with words.
    fn self_assessment(
        &self,
        rubric: &crate::rubric::Rubric,
    ) -> Result<SelfAssessmentAnswer, String> {
        let components = (self.ratings.iter())
            .filter(|r| r.level.is_some() || !r.evidence.trim().is_empty())
            .cloned()
            .collect();
        let mut goals = Vec::new();
        for (i, goal) in self.goals.iter().enumerate() {
            if goal.text.trim().is_empty() {
                continue;
            }
            let components = resolve_components(rubric, std::slice::from_ref(&goal.components))
                .map_err(|e| format!("goal {}: {e}", i + 1))?;
            goals.push(ProposedGoal {
                text: goal.text.trim().to_string(),
                components,
            });
        }
        Ok(SelfAssessmentAnswer { components, goals })
    }

    /// Nothing typed, nothing written: a draft not worth a file.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.name.is_empty()
            && self.reflection.is_empty()
            && self.attachments.is_empty()
            && self.ratings.is_empty()
            && self.goals.is_empty()
            && self.written.is_none()
    }

    /// The rating of `component`, made if it is not there yet.
    pub fn rating_mut(&mut self, component: &str) -> &mut SelfRating {
        let found = self.ratings.iter().position(|r| r.component == component);
        let at = found.unwrap_or_else(|| {
            self.ratings.push(SelfRating {
                component: component.to_string(),
                level: None,
                evidence: String::new(),
            });
            self.ratings.len() - 1
        });
        &mut self.ratings[at]
    }

    /// The rating of `component`, if one was given.
    #[must_use]
    pub fn rating(&self, component: &str) -> Option<&SelfRating> {
        self.ratings.iter().find(|r| r.component == component)
    }
}

/// Where a response to the packet at `packet` goes by default: beside it,
/// as `<packet stem> - response.teresponse`; when that folder cannot be
/// written (a mail program's read-only attachment folder, a CD), the
/// user's Documents or home folder.
#[must_use]
pub fn suggested_response_path(packet: &Path) -> PathBuf {
    let stem = packet
        .file_stem()
        .map_or_else(|| "packet".into(), |s| s.to_string_lossy().into_owned());
    let name = format!("{stem} - response.teresponse");
    let folder = packet.parent().filter(|p| !p.as_os_str().is_empty());
    match folder {
        Some(folder) if writable(folder) => folder.join(name),
        None if writable(Path::new(".")) => PathBuf::from(name),
        _ => crate::files::folders::documents_dir().join(name),
    }
}

/// Whether this user may make files in `folder`.
fn writable(folder: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let Ok(c_path) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: `c_path` is a valid NUL-terminated string that outlives the call;
        // `access` only reads it.
        unsafe { libc::access(c_path.as_ptr(), libc::W_OK | libc::X_OK) == 0 }
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(folder).is_ok_and(|m| m.is_dir() && !m.permissions().readonly())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_file_is_named_only_by_a_packet_id() {
        let dir = Path::new("/d");
        assert_eq!(
            draft_file(dir, "pkt-abc123"),
            Some(PathBuf::from("/d/pkt-abc123.ron"))
        );
        assert_eq!(draft_file(dir, "../../etc/passwd"), None);
        assert_eq!(draft_file(dir, "obs-1"), None);
        assert_eq!(draft_file(dir, ""), None);
    }

    #[test]
    fn a_damaged_draft_is_set_aside_and_a_good_one_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pkt-1.ron");
        assert_eq!(read_draft(&path), DraftFound::None);
        let mut draft = PacketDraft::new("pkt-1", Path::new("/out.teresponse"));
        draft.reflection = "Line one\n\nLine three  ".into();
        save_draft(&path, &draft).unwrap();
        assert_eq!(read_draft(&path), DraftFound::Draft(Box::new(draft)));
        std::fs::write(&path, "PacketDraft(reflection: \"unfinished").unwrap();
        let DraftFound::Damaged { kept_as, .. } = read_draft(&path) else {
            panic!("a damaged draft reads as damaged");
        };
        let kept_as = kept_as.unwrap();
        assert!(!path.exists());
        assert_eq!(
            std::fs::read_to_string(kept_as).unwrap(),
            "PacketDraft(reflection: \"unfinished"
        );
    }

    #[test]
    fn a_response_goes_beside_the_packet() {
        let dir = tempfile::tempdir().unwrap();
        let packet = dir.path().join("Ana Ruiz observation.tepacket");
        assert_eq!(
            suggested_response_path(&packet),
            dir.path()
                .join("Ana Ruiz observation - response.teresponse")
        );
    }
}
