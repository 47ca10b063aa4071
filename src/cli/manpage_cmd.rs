//! `teacher-eval manpage --out-dir DIR` (hidden; for packagers): the man
//! pages made by `clap_mangen` from the grammar that parses the command line,
//! one for the program and one for each command (`teacher-eval-rubric-list.1`),
//! as git has. Written all or none, as every file the user names is.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::output::{fail, print_out, write_files};

pub fn run(out_dir: &Path) -> ExitCode {
    if !out_dir.is_dir() {
        return fail(format!(
            "{} is not a folder; give a folder that exists for the man pages.",
            out_dir.display()
        ));
    }
    let mut top = super::command().disable_help_subcommand(true);
    top.build();
    let mut pages = Vec::new();
    if let Err(e) = render(&top, &mut pages) {
        return fail(format!("the man pages could not be made: {e}."));
    }
    let files: Vec<(PathBuf, Vec<u8>)> = pages
        .into_iter()
        .map(|(name, text)| (out_dir.join(name), text))
        .collect();
    let named: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(path, text)| (path.as_path(), text.as_slice()))
        .collect();
    if let Err(message) = write_files(&named) {
        return fail(message);
    }
    print_out(&format!(
        "Wrote {} man pages into {}.\n",
        files.len(),
        out_dir.display()
    ));
    ExitCode::SUCCESS
}

/// The page of `command` and of each command under it that is not hidden,
/// each as its file name and its text.
fn render(command: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        render(sub, pages)?;
    }
    let man = clap_mangen::Man::new(command.clone());
    let mut text = Vec::new();
    man.render(&mut text)?;
    pages.push((man.get_filename(), text));
    Ok(())
}
