//! Saving an educator's self-assessment: one per educator and school year
//! (its id is made from the two, so a second is refused, never saved
//! beside the first), and once submitted every change an amendment with a
//! name and a reason. The window, the command line and (later) an imported
//! response all save through here.

use super::{Workspace, WorkspaceError};
use crate::record::SelfAssessment;
use crate::record::trail::{self, AmendError, Author};
use crate::rubric::Rubric;

/// Why a self-assessment was not saved, in words that finish a sentence.
#[derive(Debug, thiserror::Error)]
pub enum SelfAssessmentError {
    #[error(
        "the self-assessment `{id}` does not carry the id of {educator_id}'s {year} self-assessment (`{expected}`)"
    )]
    WrongId {
        id: String,
        educator_id: String,
        year: String,
        expected: String,
    },
    #[error(
        "{educator_id} already has a self-assessment for {year} (`{id}`, started {started}); open it to change it"
    )]
    Second {
        id: String,
        educator_id: String,
        year: String,
        started: String,
    },
    #[error(
        "the self-assessment was submitted, so changes are amendments signed with a name; give your name"
    )]
    NameRequired,
    #[error(
        "the self-assessment was submitted, so changing {field} needs a reason; say why it changes"
    )]
    ReasonRequired { field: String },
    #[error("{0}")]
    Workspace(#[from] WorkspaceError),
}

impl From<AmendError> for SelfAssessmentError {
    fn from(e: AmendError) -> Self {
        match e {
            AmendError::NameRequired { .. } => SelfAssessmentError::NameRequired,
            AmendError::ReasonRequired { field, .. } => {
                SelfAssessmentError::ReasonRequired { field }
            }
        }
    }
}

/// The stored self-assessment with this id, if there is one. A file that
/// cannot be read is an error, so it is never replaced.
pub fn stored_self_assessment(
    workspace: &Workspace,
    id: &str,
) -> Result<Option<SelfAssessment>, WorkspaceError> {
    match workspace.read::<SelfAssessment>(id) {
        Ok(found) => Ok(Some(found)),
        Err(WorkspaceError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Saves `record` as it is (its trail already settled by the caller, as
/// the window's amendment bar does), atomically, keeping the version it
/// replaces in the history. Refused: an id that is not the educator's and
/// year's, or a second self-assessment started beside a stored one.
pub fn save_self_assessment(
    workspace: &Workspace,
    record: &SelfAssessment,
) -> Result<(), SelfAssessmentError> {
    let expected = SelfAssessment::id_for(&record.educator_id, &record.school_year);
    if record.id != expected {
        return Err(SelfAssessmentError::WrongId {
            id: record.id.clone(),
            educator_id: record.educator_id.clone(),
            year: record.school_year.clone(),
            expected,
        });
    }
    if let Some(stored) = stored_self_assessment(workspace, &record.id)?
        && stored.created != record.created
    {
        return Err(SelfAssessmentError::Second {
            id: stored.id,
            educator_id: stored.educator_id,
            year: stored.school_year,
            started: stored.created.format("%Y-%m-%d %H:%M").to_string(),
        });
    }
    workspace.save(record)?;
    Ok(())
}

/// Records how `record` differs from the stored version (amendments, once
/// it was submitted, signed by `author`) and saves it: what the command
/// line, and an imported response, do in one step. Returns the record as saved.
pub fn amend_and_save_self_assessment(
    workspace: &Workspace,
    mut record: SelfAssessment,
    author: &Author,
    rubric: Option<&Rubric>,
) -> Result<SelfAssessment, SelfAssessmentError> {
    record.changed = author.at;
    if let Some(stored) = stored_self_assessment(workspace, &record.id)?
        && stored.created == record.created
    {
        let from = stored.trail.amendments.len();
        trail::settle(
            &stored,
            &mut record,
            author,
            from,
            "self-assessment",
            rubric,
        )?;
    }
    save_self_assessment(workspace, &record)?;
    Ok(record)
}
