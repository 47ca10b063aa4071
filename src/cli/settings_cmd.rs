//! `teacher-eval settings`: shows the workspace's settings, or changes them.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::SettingsArgs;
use super::output::{catalog, fail, load_for_reading, open_for_writing, print_out};
use super::school_year::profiles;
use crate::files::folders::Folders;
use crate::scoring::{DEFAULT_PROFILE, Profiles};
use crate::workspace::Settings;

/// With no option, prints the settings; otherwise changes every one given,
/// all in one save, or none when any is wrong.
pub fn run(args: &SettingsArgs, folders: &Folders) -> ExitCode {
    let profiles = profiles(folders);
    let workspace_options = args.scoring_profile.is_some()
        || args.district.is_some()
        || !args.role_profile.is_empty()
        || args.rules.is_some()
        || !args.holiday.is_empty()
        || !args.no_holiday.is_empty()
        || !args.minimum_degree.is_empty();
    if args.forget_tagging {
        if let Err(code) = forget_tagging() {
            return code;
        }
        if !workspace_options {
            return ExitCode::SUCCESS;
        }
    }
    if !workspace_options {
        return show(folders, &profiles);
    }
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let mut settings = workspace.load().settings;
    let said = match change(&mut settings, args, folders, &profiles) {
        Ok(said) => said,
        Err(message) => return fail(format!("{message}; nothing was changed.")),
    };
    if let Err(e) = workspace.save_settings(&settings) {
        return fail(format!("{e}."));
    }
    print_out(&said);
    ExitCode::SUCCESS
}

/// Removes the user's tagging examples, saying how many there were.
fn forget_tagging() -> Result<(), ExitCode> {
    let Some(file) = crate::files::folders::tagging_examples_file() else {
        return Err(fail(
            "There is no data folder here, so no tagging examples either.".to_string(),
        ));
    };
    match crate::files::tagging_examples::forget(&file) {
        Ok(n) => {
            print_out(&format!(
                "Suggestions forgot the {} they had learned from ({}).\n",
                crate::text::count(n, "tag", "tags"),
                file.display()
            ));
            Ok(())
        }
        Err(e) => Err(fail(format!("{e}."))),
    }
}

/// Applies the options to `settings`, saying what each did.
fn change(
    settings: &mut Settings,
    args: &SettingsArgs,
    folders: &Folders,
    profiles: &Profiles,
) -> Result<String, String> {
    let mut said = String::new();
    if let Some(id) = &args.scoring_profile {
        let chosen = if id == "default" { DEFAULT_PROFILE } else { id };
        let profile = profiles
            .get(chosen)
            .ok_or_else(|| format!("{} (or `default`)", profiles.not_loaded(id)))?;
        settings.scoring_profile = (id != "default").then(|| chosen.to_string());
        let _ = writeln!(
            said,
            "New summative evaluations in {} start under {} ({}).",
            folders.workspace.display(),
            profile.id,
            profile.title
        );
    }
    if let Some(name) = &args.district {
        settings.set_district(name)?;
        let _ = match &settings.district {
            Some(name) => writeln!(said, "The district on the state's forms is {name}."),
            None => writeln!(said, "The district's name is cleared."),
        };
    }
    change_calendar(settings, args, folders, &mut said)?;
    let catalog = catalog(folders);
    for text in &args.minimum_degree {
        let _ = match settings.set_minimum_degree(text, &catalog)? {
            (role, Some(level)) => writeln!(
                said,
                "The role {role} needs at least a {level} degree; the overview lists who falls short."
            ),
            (role, None) => writeln!(said, "The role {role} has no minimum degree now."),
        };
    }
    if !args.role_profile.is_empty() {
        for text in &args.role_profile {
            let (role, profile) = settings.set_role_profile(text, &catalog, profiles)?;
            let _ = match profile {
                Some(id) => writeln!(said, "New evaluations of the role {role} start under {id}."),
                None => writeln!(
                    said,
                    "New evaluations of the role {role} start under the workspace's profile."
                ),
            };
        }
    }
    Ok(said)
}

/// The state's rules and the school's holidays.
fn change_calendar(
    settings: &mut Settings,
    args: &SettingsArgs,
    folders: &Folders,
    said: &mut String,
) -> Result<(), String> {
    if let Some(id) = &args.rules {
        if id == "none" {
            settings.compliance_rules = None;
            said.push_str("The workspace's calendar follows no state's rules now.\n");
        } else {
            let sets = super::schedule_cmd::rule_sets(folders);
            let rules = sets
                .get(id)
                .ok_or_else(|| format!("{} (or `none`)", sets.not_loaded(id)))?;
            settings.compliance_rules = Some(rules.id.clone());
            let _ = writeln!(
                said,
                "The year's calendar follows {} ({}).",
                rules.id, rules.title
            );
        }
    }
    let order = crate::record::DateOrder::from_env();
    let date = |text: &String| crate::record::parse_date(text, order).map_err(|e| e.to_string());
    for text in &args.holiday {
        let day = date(text)?;
        if !settings.school_holidays.contains(&day) {
            settings.school_holidays.push(day);
            settings.school_holidays.sort_unstable();
        }
        let _ = writeln!(
            said,
            "{day} is a school holiday: not a working day for deadlines."
        );
    }
    for text in &args.no_holiday {
        let day = date(text)?;
        settings.school_holidays.retain(|d| *d != day);
        let _ = writeln!(said, "{day} is not a school holiday.");
    }
    Ok(())
}

fn show(folders: &Folders, profiles: &Profiles) -> ExitCode {
    let contents = match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let settings = &contents.settings;
    let title = |id: &str| {
        profiles.get(id).map_or_else(
            || "not loaded: evaluations under it cannot be scored until it is".to_string(),
            |p| p.title.clone(),
        )
    };
    let id = settings.scoring_profile();
    let origin = if settings.scoring_profile.is_some() {
        "set for this workspace"
    } else {
        "the built-in default"
    };
    let mut out = format!("scoring-profile: {id} ({}; {origin})\n", title(id));
    let _ = match &settings.district {
        Some(name) => writeln!(out, "district: {name}"),
        None => writeln!(
            out,
            "district: not set (`teacher-eval settings --district NAME` sets it)"
        ),
    };
    if settings.role_profiles.is_empty() {
        out.push_str("role-profiles: none (every role starts under the scoring profile)\n");
    }
    for (role, id) in &settings.role_profiles {
        let _ = writeln!(out, "role-profile {role}: {id} ({})", title(id));
    }
    if settings.minimum_degrees.is_empty() {
        out.push_str("minimum-degrees: none (`teacher-eval settings --minimum-degree edtech-coordinator=bachelor` sets one)\n");
    }
    for (role, level) in &settings.minimum_degrees {
        let _ = writeln!(out, "minimum-degree {role}: {}", level.key());
    }
    let _ = match &settings.compliance_rules {
        Some(id) => writeln!(out, "rules: {id}"),
        None => writeln!(
            out,
            "rules: none (`teacher-eval settings --rules new-jersey` chooses a state's)"
        ),
    };
    if !settings.school_holidays.is_empty() {
        let days: Vec<String> = settings
            .school_holidays
            .iter()
            .map(ToString::to_string)
            .collect();
        let _ = writeln!(out, "school-holidays: {}", days.join(", "));
    }
    print_out(&out);
    ExitCode::SUCCESS
}
