//! What this build is: its version and the rubrics and scoring profiles
//! compiled into it. `teacher-eval --version` and the window's About box
//! both say it, so a district can tell which rubric text a record was
//! rated against from the program alone (a record keeps the rubric's
//! fingerprint; see `rubric::fingerprint`).

use crate::rubric::Catalog;
use crate::scoring::Profiles;

/// The program's version, as Cargo.toml gives it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// One rubric compiled into the program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundledRubric {
    pub id: String,
    pub edition: String,
    /// The fingerprint a record rated against this rubric keeps.
    pub fingerprint: String,
}

/// The version and what the program bundles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    pub version: &'static str,
    pub rubrics: Vec<BundledRubric>,
    /// The bundled scoring profiles' ids.
    pub profiles: Vec<String>,
}

impl About {
    /// Read from the bundled files alone: no folder of the user's counts.
    #[must_use]
    pub fn this_build() -> About {
        let rubrics = Catalog::load(&[])
            .entries
            .into_iter()
            .map(|e| BundledRubric {
                id: e.rubric.id,
                edition: e.rubric.edition,
                fingerprint: e.fingerprint,
            })
            .collect();
        let profiles = Profiles::load(&[])
            .entries
            .into_iter()
            .map(|e| e.profile.id)
            .collect();
        About {
            version: VERSION,
            rubrics,
            profiles,
        }
    }

    /// The lines `--version` prints and the About box shows: the program and
    /// its version, then a line for each rubric, then the profiles.
    #[must_use]
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!("teacher-eval {}", self.version)];
        lines.push("Bundled rubrics (id, edition, fingerprint):".to_string());
        for rubric in &self.rubrics {
            lines.push(format!(
                "  {}  {}  {}",
                rubric.id, rubric.edition, rubric.fingerprint
            ));
        }
        lines.push(format!(
            "Bundled scoring profiles: {}",
            self.profiles.join(", ")
        ));
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_names_each_bundled_rubric_with_its_fingerprint() {
        let about = About::this_build();
        let ids: Vec<&str> = about.rubrics.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            ["danielson-2013", "danielson-2022", "edtech-coordinator"]
        );
        assert!(
            about
                .rubrics
                .iter()
                .all(|r| r.fingerprint.len() == 32 && !r.edition.is_empty())
        );
        let lines = about.lines();
        assert_eq!(lines[0], format!("teacher-eval {VERSION}"));
        assert!(lines.iter().any(|l| l.contains("pennsylvania-82-1")));
    }
}
