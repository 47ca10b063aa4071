//! What the summative and growth plan commands share: reading a school
//! year from the command line, loading scoring profiles, and choosing the
//! evaluation to work from (the stored one for the year, else a fresh,
//! unsaved draft).

use super::output::say;
use crate::files::folders::Folders;
use crate::record::Educator;
use crate::rubric::Catalog;
use crate::scoring::{Profiles, Scored, parse_school_year, school_year_of, score};
use crate::workspace::{Contents, YearSummative};

/// The school year named on the command line ("2026-27", or "2026-2027"),
/// or the one containing today when none is given.
pub fn school_year(arg: Option<&str>) -> Result<String, String> {
    match arg {
        Some(text) => parse_school_year(text),
        None => Ok(school_year_of(crate::record::now().date_naive())),
    }
}

/// Bundled profiles, then `scoring/` in each rubric folder; files that did
/// not load are reported on stderr and the rest are used.
pub fn profiles(folders: &Folders) -> Profiles {
    let profiles = Profiles::load(&folders.profile_dirs());
    for error in &profiles.errors {
        say!("teacher-eval: a scoring profile was not loaded: {error}");
    }
    profiles
}

pub fn educator<'a>(contents: &'a Contents, id: &str) -> Result<&'a Educator, String> {
    contents.educator(id).ok_or_else(|| {
        format!("there is no educator with the id `{id}` in the workspace (see `teacher-eval educator list`).")
    })
}

/// The evaluation a command works from, and whether it is stored.
pub type Chosen = YearSummative;

impl YearSummative {
    /// The evaluation scored over the educator's observations; when it
    /// cannot be, `failed` starts the sentence that says why.
    pub fn score<'a>(
        &self,
        educator: &Educator,
        contents: &'a Contents,
        catalog: &'a Catalog,
        profiles: &'a Profiles,
        failed: &str,
    ) -> Result<Scored<'a>, String> {
        score(
            &self.summative,
            educator,
            &contents.observations,
            &contents.measures,
            catalog,
            profiles,
        )
        .map_err(|e| format!("{failed}: {e}."))
    }
}

/// The educator's stored evaluation for `year` (`Contents::summative_for`
/// says which, should there be two), else a new draft that is not saved. `profile` picks the
/// profile of a new draft; on a stored draft it is applied for this run
/// only (said on stderr); a finalised evaluation keeps its own.
pub fn summative(
    contents: &Contents,
    educator: &Educator,
    year: &str,
    profile: Option<&str>,
    profiles: &Profiles,
) -> Result<Chosen, String> {
    if let Some(id) = profile
        && profiles.get(id).is_none()
    {
        return Err(format!("{}.", profiles.not_loaded(id)));
    }
    let chosen = contents.summative_or_draft(educator, year, profile);
    if !chosen.stored {
        return Ok(chosen);
    }
    let mut summative = chosen.summative;
    if let Some(id) = profile
        && id != summative.profile_id
    {
        if summative.finalized.is_some() {
            return Err(format!(
                "the {year} evaluation of {} is finalised under the profile `{}`; it cannot be shown under `{id}` unless it is reopened.",
                educator.name, summative.profile_id
            ));
        }
        say!(
            "teacher-eval: showing the stored {year} evaluation under the profile `{id}` instead of its own `{}` (nothing is saved).",
            summative.profile_id
        );
        summative.profile_id = id.to_string();
    }
    Ok(Chosen {
        summative,
        stored: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_years_are_read_strictly() {
        assert_eq!(school_year(Some("2026-27")).as_deref(), Ok("2026-27"));
        assert_eq!(school_year(Some(" 2026-2027 ")).as_deref(), Ok("2026-27"));
        assert_eq!(school_year(Some("1999-00")).as_deref(), Ok("1999-00"));
        for bad in [
            "2026",
            "2026-28",
            "26-27",
            "2026-027",
            "２０２６-27",
            "2026-",
            "-27",
            "",
        ] {
            assert!(school_year(Some(bad)).is_err(), "{bad}");
        }
        assert!(school_year(None).is_ok());
    }
}
