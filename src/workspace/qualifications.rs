//! Changing an educator's degree and certifications on disk: the one place
//! the command line does it (the window saves the whole form).

use super::{ArchiveChange, Workspace, WorkspaceError};
use crate::record::{Certification, CertificationError, DegreeLevel, Educator, now};

/// Why a qualification was not changed. Each reads as one sentence.
#[derive(Debug, thiserror::Error)]
pub enum QualificationsError {
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    #[error(transparent)]
    Certification(#[from] CertificationError),
    #[error("{educator} has no certification named {name}")]
    NoSuchCertification { educator: String, name: String },
}

impl Workspace {
    /// Sets the degree's level (`Some(None)` clears it) and its text, as given.
    pub fn set_degree(
        &self,
        id: &str,
        level: Option<Option<DegreeLevel>>,
        text: Option<&str>,
    ) -> Result<ArchiveChange, WorkspaceError> {
        self.change_educator(id, |e| {
            let before = e.qualifications.clone();
            if let Some(level) = level {
                e.qualifications.degree_level = level;
            }
            if let Some(text) = text {
                e.qualifications.degree = crate::record::roster::clean(text);
            }
            touched(e, &before)
        })
    }

    /// Adds the certification, or replaces the one of the same name.
    pub fn put_certification(
        &self,
        id: &str,
        certification: Certification,
    ) -> Result<ArchiveChange, QualificationsError> {
        let mut refused = None;
        let change = self.change_educator(id, |e| {
            let before = e.qualifications.clone();
            match e.qualifications.put_certification(certification) {
                Ok(()) => touched(e, &before),
                Err(error) => {
                    refused = Some(error);
                    false
                }
            }
        })?;
        match refused {
            Some(error) => Err(error.into()),
            None => Ok(change),
        }
    }

    /// Removes the certification named `name` (any case).
    pub fn remove_certification(
        &self,
        id: &str,
        name: &str,
    ) -> Result<ArchiveChange, QualificationsError> {
        let change = self.change_educator(id, |e| {
            let removed = e.qualifications.remove_certification(name);
            if removed {
                e.changed = now();
            }
            removed
        })?;
        if change.changed {
            return Ok(change);
        }
        Err(QualificationsError::NoSuchCertification {
            educator: change.educator.name,
            name: crate::files::csv_rows::shown(name.trim()),
        })
    }
}

/// Whether the qualifications differ from `before`; the change time moves if so.
fn touched(e: &mut Educator, before: &crate::record::Qualifications) -> bool {
    let changed = e.qualifications != *before;
    if changed {
        e.changed = now();
    }
    changed
}
