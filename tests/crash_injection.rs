//! Crash injection: a child process saves records (or exports a PDF) in a
//! loop and is killed with SIGKILL at a random moment; then every record must
//! load and hold either its old or its new content, nothing reported saved may
//! be missing, and the next open removes the stray temporary files. Every
//! record's history must hold each version a save replaced (but those the
//! count limit pruned), in order, whole, named by its fingerprint.
//!
//! The child is this test binary run again with `crash_child` selected and
//! `CRASH_MODE` set. The normal suite runs a short version; the long one is
//! `cargo test --release --test crash_injection -- --ignored --nocapture`
//! (`CRASH_TRIALS=N` changes its count).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{Educator, EvidenceKind, EvidenceNote, Observation};
use teacher_eval::report::{Paper, ReportOptions, observation_report, save_pdf};
use teacher_eval::rubric::Catalog;
use teacher_eval::workspace::history::{HISTORY_DIR, MAX_VERSIONS};
use teacher_eval::workspace::{Record, Workspace, is_temp_name};

/// Records saved over and over: two educators and two observations.
const FIXED: u64 = 4;

/// The record that step `s` saves: record `s % FIXED`, version `s`, in its
/// short form on even rounds and its long form on odd ones.
enum Version {
    Educator(Box<Educator>),
    Observation(Box<Observation>),
}

fn fixed_id(i: u64) -> String {
    if i < 2 {
        format!("edu-00000000c0d{i}")
    } else {
        format!("obs-00000000c0d{i}")
    }
}

fn version(step: u64) -> Version {
    let i = step % FIXED;
    let long = (step / FIXED) % 2 == 1;
    if i < 2 {
        let mut e = sample_educator(&fixed_id(i), "Ngozi Adébáyọ̀-Øster");
        e.subject = format!(
            "v{step} {}",
            if long {
                "Ω".repeat(20_000)
            } else {
                "short".into()
            }
        );
        Version::Educator(Box::new(e))
    } else {
        let mut o = sample_observation(&fixed_id(i), &fixed_id(0));
        o.duration_secs = step;
        if long {
            o.evidence = (0..400)
                .map(|n| EvidenceNote {
                    id: n,
                    offset_secs: u64::from(n) * 7,
                    at: at("2026-10-14T10:03:05-05:00"),
                    text: format!("Note {n} of version {step}: students explain their reasoning."),
                    kind: EvidenceKind::ObservedAction,
                    components: vec!["3b".into()],
                    names_students: false,
                })
                .collect();
        }
        Version::Observation(Box::new(o))
    }
}

/// The educator created new at step `s`.
fn created(step: u64) -> Educator {
    sample_educator(
        &format!("edu-1{step:011x}"),
        &format!("Created at step {step}"),
    )
}

/// The step whose version educator `e` is, checked to be that version whole.
fn educator_step(e: &Educator, what: &str) -> u64 {
    let v: u64 = e.subject[1..]
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("version");
    let Version::Educator(expected) = version(v) else {
        unreachable!()
    };
    assert_eq!(e, &*expected, "{what} mixes versions");
    v
}

/// The step whose version observation `o` is, checked to be that version whole.
fn observation_step(o: &Observation, what: &str) -> u64 {
    let v = o.duration_secs;
    let Version::Observation(expected) = version(v) else {
        unreachable!()
    };
    assert_eq!(o, &*expected, "{what} mixes versions");
    v
}

/// The child: saves from step `CRASH_START` on until it is killed.
#[test]
#[ignore = "run by the crash-injection tests as their child process"]
fn crash_child() {
    let Some(mode) = std::env::var_os("CRASH_MODE") else {
        return;
    };
    let dir = PathBuf::from(std::env::var_os("CRASH_DIR").expect("CRASH_DIR"));
    let mut out = std::io::stdout().lock();
    if mode == "pdf" {
        let (a, b) = two_pdfs();
        std::fs::write(dir.join("a.bin"), &a.bytes).expect("reference a");
        std::fs::write(dir.join("b.bin"), &b.bytes).expect("reference b");
        writeln!(out, "ready")
            .and_then(|()| out.flush())
            .expect("stdout");
        for n in 0u64.. {
            let pdf = if n % 2 == 0 { &a } else { &b };
            save_pdf(&dir.join("report.pdf"), pdf).expect("save pdf");
            writeln!(out, "pdf {n}")
                .and_then(|()| out.flush())
                .expect("stdout");
        }
    }
    let start: u64 = std::env::var("CRASH_START")
        .expect("CRASH_START")
        .parse()
        .expect("number");
    let ws = Workspace::open(&dir).expect("open");
    assert_eq!(
        ws.read_only_reason(),
        None,
        "the killed child's lock is gone"
    );
    writeln!(out, "ready")
        .and_then(|()| out.flush())
        .expect("stdout");
    for step in start.. {
        match version(step) {
            Version::Educator(e) => ws.save(&*e),
            Version::Observation(o) => ws.save(&*o),
        }
        .expect("save");
        writeln!(out, "saved {step}")
            .and_then(|()| out.flush())
            .expect("stdout");
        ws.create(&created(step)).expect("create");
        writeln!(out, "created {step}")
            .and_then(|()| out.flush())
            .expect("stdout");
    }
}

/// Two different, complete reports of one observation.
fn two_pdfs() -> (teacher_eval::report::Pdf, teacher_eval::report::Pdf) {
    let rubric = Catalog::load(&[])
        .get("danielson-2013")
        .expect("bundled")
        .rubric
        .clone();
    let educator = sample_educator("edu-000000000001", "Amaka Okonkwo");
    let options = ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: at("2026-10-20T14:05:00-05:00"),
        artifacts_from: None,
    };
    let Version::Observation(short) = version(2) else {
        unreachable!()
    };
    let Version::Observation(long) = version(FIXED + 2) else {
        unreachable!()
    };
    let report = |o: &Observation| {
        observation_report(
            o,
            &educator,
            Some(&rubric),
            &teacher_eval::rubric::VisitKind::unlisted(o.kind),
            &options,
        )
    };
    (report(&short).expect("a"), report(&long).expect("b"))
}

/// A small deterministic generator for the kill delays.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Starts the child, waits until it is ready, kills it after `delay`, and
/// returns every line it printed.
fn run_child(mode: &str, dir: &Path, start: u64, delay: Duration) -> Vec<String> {
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "crash_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("CRASH_MODE", mode)
        .env("CRASH_DIR", dir)
        .env("CRASH_START", start.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the child");
    let stdout = child.stdout.take().expect("stdout");
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<()>();
    let lines = std::thread::spawn(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.ends_with("ready") {
                let _ = ready_tx.send(());
            }
            lines.push(line);
        }
        lines
    });
    ready_rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the child got ready");
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    lines.join().expect("lines")
}

/// What the trials did, for docs/reliability.md.
#[derive(Debug, Default)]
struct Tally {
    trials: u64,
    saves_reported: u64,
    records_verified: u64,
    temps_cleaned: u64,
    in_flight_seen: u64,
    /// Kept versions read back and checked, summed over the kills.
    versions_verified: u64,
    history_temps_cleaned: u64,
    /// Checks that found the current version kept ahead of its save's
    /// rename (the child died between the two).
    kept_before_rename_seen: u64,
    /// Kills after a save kept a version, before it pruned the oldest.
    unpruned_seen: u64,
    /// Versions the count limit removed, at the end.
    pruned: u64,
}

fn reported(lines: &[String], word: &str) -> Vec<u64> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix(word)?.trim().parse().ok())
        .collect()
}

fn temps_in(root: &Path) -> u64 {
    ["educators", "observations", "evaluations", "growth-plans"]
        .iter()
        .filter_map(|f| std::fs::read_dir(root.join(f)).ok())
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| is_temp_name(&e.file_name().to_string_lossy()))
        .count() as u64
}

/// The entries of every record's history folder: (`FOLDER/ID`, temporary
/// files, other entries).
fn history_listing(root: &Path) -> Vec<(String, u64, u64)> {
    let entries = |dir: &Path| -> Vec<std::fs::DirEntry> {
        std::fs::read_dir(dir)
            .map(|l| l.filter_map(Result::ok).collect())
            .unwrap_or_default()
    };
    let mut found = Vec::new();
    for folder in entries(&root.join(HISTORY_DIR)) {
        for record in entries(&folder.path()) {
            let names: Vec<String> = entries(&record.path())
                .iter()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            let temps = names.iter().filter(|n| is_temp_name(n)).count() as u64;
            found.push((
                format!(
                    "{}/{}",
                    folder.file_name().to_string_lossy(),
                    record.file_name().to_string_lossy()
                ),
                temps,
                names.len() as u64 - temps,
            ));
        }
    }
    found
}

fn history_temps_in(root: &Path) -> u64 {
    history_listing(root)
        .iter()
        .map(|(_, temps, _)| temps)
        .sum()
}

/// Each kept version of record `id`, read back: (number, name's fingerprint,
/// step). It must decode as a record of `id` whose content fingerprint
/// begins with the one in its name.
fn kept_steps<R: Record>(
    ws: &Workspace,
    id: &str,
    step: impl Fn(&R) -> u64,
) -> Vec<(u64, String, u64)> {
    ws.versions::<R>(id)
        .unwrap_or_else(|e| panic!("{id}: a kept version cannot be read: {e}"))
        .into_iter()
        .map(|(kept, record)| {
            assert_eq!(record.id(), id);
            assert!(
                record.content_fingerprint().starts_with(&kept.fingerprint),
                "{}: the content's fingerprint is not the one in the name",
                kept.path.display()
            );
            (kept.number, kept.fingerprint, step(&record))
        })
        .collect()
}

/// What the test knows of one fixed record's history.
#[derive(Debug, Default, Clone)]
struct HistoryOf {
    /// The versions its landed saves replaced, oldest first: version N at index N-1.
    replaced: Vec<u64>,
    /// Versions kept beyond the count limit (kills between keeping and pruning).
    excess: usize,
    /// Versions the count limit removed, at the last check.
    pruned: usize,
}

/// Checks the history of fixed record `i`, which holds version `current`:
/// numbers rise by one, no two versions side by side alike, and the versions
/// are the newest of `replaced`, plus `current` when the child died after
/// keeping it but before its rename. Only the count limit removes any, and
/// each kill can leave at most one more than it allows. Returns how many.
#[allow(
    clippy::cast_possible_truncation,
    reason = "versions and the four fixed records are small counts, used as indexes"
)]
fn check_history(
    ws: &Workspace,
    i: u64,
    history: &mut HistoryOf,
    current: Option<u64>,
    what: &str,
    tally: &mut Tally,
) -> usize {
    let id = fixed_id(i);
    let kept = if i < 2 {
        kept_steps::<Educator>(ws, &id, |e| educator_step(e, what))
    } else {
        kept_steps::<Observation>(ws, &id, |o| observation_step(o, what))
    };
    for pair in kept.windows(2) {
        assert_eq!(pair[1].0, pair[0].0 + 1, "{what}: version numbers {kept:?}");
        assert_ne!(
            pair[0].1, pair[1].1,
            "{what}: the same content kept twice side by side"
        );
    }
    let newest = kept.last().map_or(0, |k| k.0 as usize);
    let mut expected = history.replaced.clone();
    if newest == expected.len() + 1 {
        expected.extend(current);
        tally.kept_before_rename_seen += 1;
    }
    assert_eq!(
        newest,
        expected.len(),
        "{what}: the newest version's number"
    );
    for (number, _, step) in &kept {
        assert_eq!(
            Some(step),
            expected.get(*number as usize - 1),
            "{what}: version {number} is not the version that save replaced"
        );
    }
    let excess = kept.len() - expected.len().min(MAX_VERSIONS);
    assert!(
        excess <= history.excess + 1 && (excess == 0 || kept.len() > MAX_VERSIONS),
        "{what}: {} versions kept of {} replaced",
        kept.len(),
        expected.len()
    );
    tally.unpruned_seen += u64::from(excess > history.excess);
    tally.versions_verified += kept.len() as u64;
    history.excess = excess;
    history.pruned = expected.len() - kept.len();
    kept.len()
}

/// Adds to `replaced` what fixed record `i`'s saves this trial replaced:
/// `held` before the first reported save, each one before the next, and the
/// last before the save in flight when it landed (`found`). A save of the
/// same version again replaces nothing.
fn note_saves(
    replaced: &mut Vec<u64>,
    held: Option<u64>,
    saved: &[u64],
    i: u64,
    found: Option<u64>,
) {
    let landed = saved
        .iter()
        .copied()
        .filter(|s| s % FIXED == i)
        .chain(found);
    let mut before = held;
    for after in landed {
        if let Some(b) = before.filter(|b| *b != after) {
            replaced.push(b);
        }
        before = Some(after);
    }
}

/// The history folder of fixed record `i`, as [`history_listing`] names it.
fn history_name(i: u64) -> String {
    let folder = if i < 2 { "educators" } else { "observations" };
    format!("{folder}/{}", fixed_id(i))
}

/// Only fixed records have history, and their folders hold nothing but the
/// `kept` versions just checked.
#[allow(
    clippy::cast_possible_truncation,
    reason = "versions and the four fixed records are small counts, used as indexes"
)]
fn check_history_files(root: &Path, kept: &[usize], trial: u64) {
    for (name, _, files) in history_listing(root) {
        let i = (0..FIXED)
            .find(|i| history_name(*i) == name)
            .unwrap_or_else(|| panic!("trial {trial}: history for {name}, never saved over"));
        assert_eq!(
            files, kept[i as usize] as u64,
            "trial {trial}: {name} holds files that are not versions"
        );
    }
}

/// Kills a saving child `trials` times over one workspace and checks it after each kill.
#[allow(
    clippy::too_many_lines,
    clippy::cast_possible_truncation,
    reason = "one kill-and-check loop in order; the four fixed records index small arrays"
)]
fn records_survive(trials: u64, seed: u64, max_delay_ms: u64) -> Tally {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    // The version each fixed record held after the last check.
    let mut held: Vec<Option<u64>> = vec![None; FIXED as usize];
    let mut histories: Vec<HistoryOf> = vec![HistoryOf::default(); FIXED as usize];
    let mut next = 0u64;
    let mut created_so_far: Vec<u64> = Vec::new();
    for trial in 0..trials {
        let delay = Duration::from_millis(1 + rng.below(max_delay_ms));
        let lines = run_child("records", dir.path(), next, delay);
        let saved = reported(&lines, "saved ");
        created_so_far.extend(reported(&lines, "created "));
        tally.trials += 1;
        tally.saves_reported += saved.len() as u64 + reported(&lines, "created ").len() as u64;

        let temps = temps_in(dir.path());
        let history_temps = history_temps_in(dir.path());
        let ws = Workspace::open(dir.path()).expect("reopen after the kill");
        assert_eq!(
            temps_in(dir.path()),
            0,
            "trial {trial}: stray temporary files stay"
        );
        assert_eq!(
            history_temps_in(dir.path()),
            0,
            "trial {trial}: the open left a killed history write's temporary file"
        );
        tally.temps_cleaned += temps;
        tally.history_temps_cleaned += history_temps;
        let contents = ws.load();
        assert!(
            contents.set_aside.is_empty(),
            "trial {trial}: unreadable records {:?}",
            contents.set_aside
        );

        let mut kept = [0usize; FIXED as usize];
        for i in 0..FIXED {
            let last = saved.iter().copied().filter(|s| s % FIXED == i).max();
            let first_this_trial = next + (i + FIXED - next % FIXED) % FIXED;
            // Old or new content: the last reported save, or the one after it in flight.
            let allowed: Vec<Option<u64>> = match last {
                Some(s) => vec![Some(s), Some(s + FIXED)],
                None => vec![held[i as usize], Some(first_this_trial)],
            };
            let what = format!("trial {trial}: record {i}");
            let found = if i < 2 {
                contents
                    .educator(&fixed_id(i))
                    .map(|e| educator_step(e, &what))
            } else {
                contents
                    .observation(&fixed_id(i))
                    .map(|o| observation_step(o, &what))
            };
            assert!(
                allowed.contains(&found),
                "trial {trial}: record {i} holds version {found:?}, expected one of {allowed:?}"
            );
            // The save that was under way when the child died reached its rename.
            if found.is_some() && found == allowed[1] && allowed[0] != allowed[1] {
                tally.in_flight_seen += 1;
            }
            let history = &mut histories[i as usize];
            note_saves(&mut history.replaced, held[i as usize], &saved, i, found);
            kept[i as usize] = check_history(&ws, i, history, found, &what, &mut tally);
            held[i as usize] = found;
            tally.records_verified += u64::from(found.is_some());
        }
        tally.pruned = histories.iter().map(|h| h.pruned as u64).sum();
        check_history_files(dir.path(), &kept, trial);
        // Every create reported is there, whole; one killed before it was
        // reported is whole or absent.
        let by_id: std::collections::HashMap<&str, &Educator> = contents
            .educators
            .iter()
            .map(|e| (e.id.as_str(), e))
            .collect();
        for step in &created_so_far {
            let e = by_id
                .get(created(*step).id.as_str())
                .unwrap_or_else(|| panic!("trial {trial}: created record {step} is missing"));
            assert_eq!(*e, &created(*step), "trial {trial}");
            tally.records_verified += 1;
        }
        let known: std::collections::HashSet<String> =
            created_so_far.iter().map(|s| created(*s).id).collect();
        for e in contents
            .educators
            .iter()
            .filter(|e| e.id.starts_with("edu-1") && !known.contains(&e.id))
        {
            let step = u64::from_str_radix(&e.id[5..], 16).expect("step");
            assert_eq!(
                e,
                &created(step),
                "trial {trial}: an unreported create is partial"
            );
            created_so_far.push(step);
            tally.records_verified += 1;
        }
        next = saved
            .iter()
            .max()
            .map_or(next, |s| s + 1)
            .max(created_so_far.iter().max().map_or(0, |s| s + 1));
        drop(ws);
    }
    tally
}

/// Kills a child exporting PDFs `trials` times; the target is absent or complete.
fn pdfs_survive(trials: u64, seed: u64, max_delay_ms: u64) -> (u64, u64, u64) {
    let mut rng = Rng(seed);
    let (mut complete, mut absent, mut temps_left) = (0, 0, 0);
    for trial in 0..trials {
        let dir = tempfile::tempdir().expect("tempdir");
        let delay = Duration::from_millis(1 + rng.below(max_delay_ms));
        let lines = run_child("pdf", dir.path(), 0, delay);
        let exported = reported(&lines, "pdf ");
        let target = dir.path().join("report.pdf");
        if let Ok(bytes) = std::fs::read(&target) {
            let a = std::fs::read(dir.path().join("a.bin")).expect("a");
            let b = std::fs::read(dir.path().join("b.bin")).expect("b");
            assert!(
                bytes == a || bytes == b,
                "trial {trial}: a partial PDF at the target"
            );
            lopdf::Document::load_mem(&bytes).expect("lopdf loads the PDF");
            complete += 1;
        } else {
            assert!(
                exported.is_empty(),
                "trial {trial}: an exported PDF vanished"
            );
            absent += 1;
        }
        // The killed export's temporary file may stay until the next export
        // of that name, which removes it.
        temps_left += temps_in(dir.path());
        let a = std::fs::read(dir.path().join("a.bin")).expect("a");
        let again = teacher_eval::report::Pdf {
            bytes: a,
            pages: 1,
            warnings: Vec::new(),
        };
        save_pdf(&target, &again).expect("the next export");
        assert_eq!(
            temps_in(dir.path()),
            0,
            "trial {trial}: the next export left the killed export's temporary file"
        );
    }
    (complete, absent, temps_left)
}

#[test]
fn killed_saves_leave_old_or_new_records_short() {
    let started = Instant::now();
    let mut tally = records_survive(20, 0x5eed_1234, 120);
    // A loaded machine saves less before the kill: the child gets longer
    // (every trial is checked all the same), never a pass for saving little.
    let mut window = 240;
    while tally.saves_reported <= 20 && window <= 960 {
        tally = records_survive(20, 0x5eed_1234, window);
        window *= 2;
    }
    println!("records, short run: {tally:?} in {:?}", started.elapsed());
    assert_eq!(tally.trials, 20);
    assert!(
        tally.saves_reported > 20,
        "the child saved too little to test: {tally:?}"
    );
    assert!(
        tally.versions_verified > 0,
        "no kept version was checked: {tally:?}"
    );
}

#[test]
fn killed_pdf_exports_leave_no_partial_pdf_short() {
    let (complete, absent, temps) = pdfs_survive(10, 0x9df7, 150);
    println!(
        "pdf, short run: {complete} complete, {absent} absent, {temps} temporary files left by the kills, each removed by the next export"
    );
    assert_eq!(complete + absent, 10);
}

#[test]
#[ignore = "long run: cargo test --release --test crash_injection -- --ignored --nocapture"]
fn killed_saves_leave_old_or_new_records_long() {
    let trials = std::env::var("CRASH_TRIALS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let started = Instant::now();
    let tally = records_survive(trials, 0x00c0_ffee, 200);
    println!("records, long run: {tally:?} in {:?}", started.elapsed());
    let (complete, absent, temps) = pdfs_survive(trials / 2, 0x0bad_f00d, 100);
    println!(
        "pdf, long run: {} trials, {complete} complete, {absent} absent, {temps} temporary files left by the kills, each removed by the next export",
        trials / 2
    );
}
