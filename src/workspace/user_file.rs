//! The one way to write a file the user names: a PDF, a CSV, a bundle, the
//! preferences. Every window and command output goes through here.
//!
//! The file is refused, before anything is written, when it is a symbolic
//! link (replacing it would move the output somewhere the user did not
//! name), a pipe, a device or a socket (renaming over `/dev/full` as root
//! replaces the device), or anything inside a workspace's record folders,
//! history or trash (an export over a record is evidence destroyed). It is
//! written atomically and owner-only. Several files of one command are
//! written all or none.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{self, commit, parent, remove_abandoned_temps_of, sync_dir, temp_path};

/// Why a file the user named is not written, in words after "X cannot be written: ".
#[derive(Debug, thiserror::Error)]
pub enum NotWritten {
    #[error("it names no file; give a file name")]
    NoName,
    #[error("it is a folder; give a file name")]
    Folder,
    #[error("the folder {} does not exist", .0.display())]
    FolderMissing(PathBuf),
    #[error("{} is a file, not a folder", .0.display())]
    NotAFolder(PathBuf),
    #[error(
        "it is a symbolic link, and nothing is written in place of one or where it points; name the file itself"
    )]
    Link,
    #[error("it is {0}, not a regular file, so it is not replaced")]
    Special(&'static str),
    #[error(
        "it is a record of the workspace {}, and records change only through the program, never by a file written over them", workspace.display()
    )]
    Record { workspace: PathBuf },
    #[error(
        "it is inside the workspace {} ({part}), where only the program's own records go; choose a folder outside it", workspace.display()
    )]
    InWorkspace { workspace: PathBuf, part: String },
    #[error("it is named twice in one command; give each file its own name")]
    Twice,
    #[error("{}", super::plain(.0))]
    Io(#[from] io::Error),
}

/// A file of several that is not written, and why; none of them was.
#[derive(Debug, thiserror::Error)]
#[error("{} cannot be written: {why}", path.display())]
pub struct FileNotWritten {
    pub path: PathBuf,
    pub why: NotWritten,
}

/// So a caller that speaks in sentences can pass the reason on with `?`.
impl From<NotWritten> for String {
    fn from(why: NotWritten) -> String {
        why.to_string()
    }
}

/// Writes one file the user named; see the module's rules.
pub fn write_user_file(path: &Path, bytes: &[u8]) -> Result<(), NotWritten> {
    write_user_files(&[(path, bytes)]).map_err(|e| e.why)
}

/// Writes every file or none: each is checked (and two of one name are
/// refused) before the first is written, each is complete on disk before
/// any replaces what was there, and a replacement that fails puts back the
/// ones already made. Only a crash among the final renames can leave some
/// new and some old, each file whole.
pub fn write_user_files(files: &[(&Path, &[u8])]) -> Result<(), FileNotWritten> {
    let mut seen = Vec::with_capacity(files.len());
    for (path, _) in files {
        let not_written = |why| FileNotWritten {
            path: path.to_path_buf(),
            why,
        };
        let key = check(path).map_err(not_written)?;
        if seen.contains(&key) {
            return Err(not_written(NotWritten::Twice));
        }
        seen.push(key);
    }
    let temps = write_temps(files)?;
    let targets: Vec<&Path> = files.iter().map(|(path, _)| *path).collect();
    replace_all(&targets, &temps).map_err(|(i, source)| FileNotWritten {
        path: targets[i].to_path_buf(),
        why: NotWritten::Io(source),
    })
}

/// Checks, before a folder is made or any file written into it, that
/// `folder` is not a part of a workspace, where no file the user names goes.
///
/// # Errors
/// When it is (or lies inside) a workspace's records, history or trash.
pub fn check_user_folder(folder: &Path) -> Result<(), NotWritten> {
    refuse_workspace_part(&resolved(folder).join("document.pdf"), false)
}

/// The folder with links resolved as far as it exists: folders still to be
/// made are joined to the nearest one that does.
fn resolved(folder: &Path) -> PathBuf {
    let mut missing = Vec::new();
    let mut at = folder;
    loop {
        if let Ok(found) = fs::canonicalize(at) {
            return missing
                .iter()
                .rev()
                .fold(found, |path, name| path.join(name));
        }
        match at.file_name() {
            Some(name) => {
                missing.push(name);
                at = parent(at);
            }
            None => return folder.to_path_buf(),
        }
    }
}

/// Checks that `path` may be written, and returns the file it names
/// (folder links resolved), to find two names of one file.
fn check(path: &Path) -> Result<PathBuf, NotWritten> {
    let name = path.file_name().ok_or(NotWritten::NoName)?;
    let folder = parent(path);
    match fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(NotWritten::NotAFolder(folder.to_path_buf())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(NotWritten::FolderMissing(folder.to_path_buf()));
        }
        Err(e) => return Err(NotWritten::Io(e)),
    }
    let exists = match fs::symlink_metadata(path) {
        Ok(meta) => {
            refuse_odd_kind(&meta)?;
            true
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(NotWritten::Io(e)),
    };
    let file = fs::canonicalize(folder)
        .unwrap_or_else(|_| folder.to_path_buf())
        .join(name);
    refuse_workspace_part(&file, exists)?;
    Ok(comparable(file))
}

/// Refuses what is at the target unless it is a regular file.
fn refuse_odd_kind(meta: &fs::Metadata) -> Result<(), NotWritten> {
    let kind = meta.file_type();
    if kind.is_symlink() {
        return Err(NotWritten::Link);
    }
    if kind.is_dir() {
        return Err(NotWritten::Folder);
    }
    if kind.is_file() {
        return Ok(());
    }
    Err(NotWritten::Special(special_kind(kind)))
}

/// What a file that is neither regular, a folder nor a link is, in words.
fn special_kind(kind: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    let _ = kind;
    "a special file"
}

/// Refuses a file inside a workspace's record folders, history or trash,
/// or its lock or settings, in any workspace around `file`.
fn refuse_workspace_part(file: &Path, exists: bool) -> Result<(), NotWritten> {
    for workspace in file.ancestors().skip(1) {
        if !super::looks_like_workspace(workspace) {
            continue;
        }
        let Some(part) = file
            .strip_prefix(workspace)
            .ok()
            .and_then(|rest| rest.components().next())
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
        else {
            continue;
        };
        if !super::is_reserved_name(&part) {
            continue;
        }
        let workspace = workspace.to_path_buf();
        let in_records = super::is_record_folder(&part)
            || part == super::history::HISTORY_DIR
            || part == super::TRASH_FOLDER;
        return Err(if exists && in_records {
            NotWritten::Record { workspace }
        } else {
            NotWritten::InWorkspace { workspace, part }
        });
    }
    Ok(())
}

/// A file's path as two names of it compare: without case where the
/// platform's file names usually are.
fn comparable(file: PathBuf) -> PathBuf {
    if cfg!(any(target_os = "macos", target_os = "windows")) {
        PathBuf::from(file.to_string_lossy().to_lowercase())
    } else {
        file
    }
}

/// Every file's temporary copy, complete and synced; none left on an error.
fn write_temps(files: &[(&Path, &[u8])]) -> Result<Vec<PathBuf>, FileNotWritten> {
    let mut temps = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        remove_abandoned_temps_of(path);
        match atomic::write_temp(path, bytes) {
            Ok(temp) => temps.push(temp),
            Err(source) => {
                remove_all(&temps);
                return Err(FileNotWritten {
                    path: path.to_path_buf(),
                    why: NotWritten::Io(source),
                });
            }
        }
    }
    Ok(temps)
}

/// Renames each temporary file over its target. With several, the files
/// they replace are first kept aside, so a failed rename can put back the
/// ones already done; returns the index of the target that failed.
fn replace_all(targets: &[&Path], temps: &[PathBuf]) -> Result<(), (usize, io::Error)> {
    if let ([target], [temp]) = (targets, temps) {
        commit(temp, target).map_err(|e| (0, e))?;
        sync_dir(parent(target));
        return Ok(());
    }
    let mut kept = Vec::with_capacity(targets.len());
    for (i, target) in targets.iter().enumerate() {
        match keep_aside(target) {
            Ok(backup) => kept.push(backup),
            Err(e) => {
                remove_all(temps);
                remove_all(&kept.into_iter().flatten().collect::<Vec<_>>());
                return Err((i, e));
            }
        }
    }
    for (i, (temp, target)) in temps.iter().zip(targets).enumerate() {
        if let Err(e) = fs::rename(temp, target) {
            put_back(&targets[..i], &kept[..i]);
            remove_all(&temps[i..]);
            remove_all(&kept[i..].iter().flatten().cloned().collect::<Vec<_>>());
            return Err((i, e));
        }
    }
    remove_all(&kept.into_iter().flatten().collect::<Vec<_>>());
    for target in targets {
        sync_dir(parent(target));
    }
    Ok(())
}

/// A second name (or, where links cannot be made, a copy) of the file a
/// write will replace; `None` when there is none. Named as a temporary
/// file, so one a crash leaves is tidied by the next write of that name.
fn keep_aside(target: &Path) -> io::Result<Option<PathBuf>> {
    match fs::symlink_metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    let backup = temp_path(target);
    fs::hard_link(target, &backup).or_else(|_| fs::copy(target, &backup).map(|_| ()))?;
    Ok(Some(backup))
}

/// Undoes the renames done: each target gets its old file back, or goes
/// if it had none.
fn put_back(targets: &[&Path], kept: &[Option<PathBuf>]) {
    for (target, backup) in targets.iter().zip(kept) {
        let _ = match backup {
            Some(backup) => fs::rename(backup, target),
            None => fs::remove_file(target),
        };
    }
}

fn remove_all(paths: &[PathBuf]) {
    for path in paths {
        let _ = fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn devices_pipes_and_links_are_refused_without_writing() {
        assert!(matches!(
            check(Path::new("/dev/null")),
            Err(NotWritten::Special("a device"))
        ));
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("elsewhere.pdf");
        fs::write(&target, b"kept").expect("write");
        let link = dir.path().join("report.pdf");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        assert!(matches!(check(&link), Err(NotWritten::Link)));
        let dangling = dir.path().join("dangling.pdf");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).expect("link");
        assert!(matches!(check(&dangling), Err(NotWritten::Link)));
    }

    #[test]
    fn a_workspace_is_found_by_its_lock_or_two_record_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ws = dir.path().join("ws");
        fs::create_dir_all(ws.join("educators")).expect("mkdir");
        let inside = ws.join("educators").join("list.csv");
        assert!(
            check(&inside).is_ok(),
            "one folder named educators is not a workspace"
        );
        fs::create_dir_all(ws.join("observations")).expect("mkdir");
        assert!(matches!(
            check(&inside),
            Err(NotWritten::InWorkspace { part, .. }) if part == "educators"
        ));
        assert!(
            check(&ws.join("summary.pdf")).is_ok(),
            "beside the folders is fine"
        );
        assert!(check(&ws.join("settings.ron")).is_err());
    }

    #[test]
    fn a_failed_replacement_puts_back_the_files_already_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = dir.path().join("a.csv");
        let second = dir.path().join("b.csv");
        fs::write(&first, b"old a").expect("write");
        let temps = vec![
            atomic::write_temp(&first, b"new a").expect("temp"),
            atomic::write_temp(&second, b"new b").expect("temp"),
        ];
        // A folder where the second file goes, as if made after the checks.
        fs::create_dir(&second).expect("mkdir");
        fs::write(second.join("inside"), b"x").expect("write");
        let failed = replace_all(&[&first, &second], &temps).expect_err("a folder is in the way");
        assert_eq!(failed.0, 1);
        assert_eq!(fs::read(&first).expect("read"), b"old a");
        let names: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names.len(),
            2,
            "no temporary file or copy is left: {names:?}"
        );
    }
}
