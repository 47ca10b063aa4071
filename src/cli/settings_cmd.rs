//! `teacher-eval settings`: shows the workspace's settings, or changes one.

use std::process::ExitCode;

use super::output::{fail, load_for_reading, open_for_writing, print_out};
use super::school_year::profiles;
use crate::files::folders::Folders;
use crate::scoring::{DEFAULT_PROFILE, Profiles};

/// With no option, prints the settings; `--scoring-profile ID` (or `default`) sets one.
pub fn run(scoring_profile: Option<String>, folders: &Folders) -> ExitCode {
    let profiles = profiles(folders);
    match scoring_profile {
        None => show(folders, &profiles),
        Some(id) => set_scoring_profile(&id, folders, &profiles),
    }
}

fn show(folders: &Folders, profiles: &Profiles) -> ExitCode {
    let contents = match load_for_reading(folders) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let id = contents.settings.scoring_profile();
    let title = profiles.get(id).map_or_else(
        || "not loaded: new evaluations cannot be scored until it is".to_string(),
        |p| p.title.clone(),
    );
    let origin = if contents.settings.scoring_profile.is_some() {
        "set for this workspace"
    } else {
        "the built-in default"
    };
    print_out(&format!("scoring-profile: {id} ({title}; {origin})\n"));
    ExitCode::SUCCESS
}

fn set_scoring_profile(id: &str, folders: &Folders, profiles: &Profiles) -> ExitCode {
    let chosen = if id == "default" { DEFAULT_PROFILE } else { id };
    let Some(profile) = profiles.get(chosen) else {
        let known: Vec<&str> = profiles
            .entries
            .iter()
            .map(|e| e.profile.id.as_str())
            .collect();
        return fail(format!(
            "there is no scoring profile `{id}`; the loaded profiles are {} (or `default`).",
            known.join(", ")
        ));
    };
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let mut settings = workspace.load().settings;
    settings.scoring_profile = (id != "default").then(|| chosen.to_string());
    if let Err(e) = workspace.save_settings(&settings) {
        return fail(format!("{e}."));
    }
    print_out(&format!(
        "New summative evaluations in {} start under {} ({}).\n",
        folders.workspace.display(),
        profile.id,
        profile.title
    ));
    ExitCode::SUCCESS
}
