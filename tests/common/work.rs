//! How much work a call did, as the operating system counted it rather than
//! by a clock: a slow test machine cannot fail these checks, and a program
//! that reads a file it should have refused unread fails them everywhere.

#[cfg(unix)]
use std::io::Read;
#[cfg(unix)]
use std::process::{Command, Output, Stdio};

/// Bytes this process has read through system calls so far (`rchar` in
/// Linux's `/proc/self/io`), or `None` where that is not counted.
fn bytes_read() -> Option<u64> {
    let io = std::fs::read_to_string("/proc/self/io").ok()?;
    io.lines()
        .find_map(|line| line.strip_prefix("rchar:"))
        .and_then(|n| n.trim().parse().ok())
}

/// Runs `f` and says how many bytes the process read meanwhile, `None`
/// where that is not counted. Tests running at the same time add what they
/// read, so compare with a bound far above that (a quarter of a file of
/// 100 MB, say), never with zero.
pub fn reading<T>(f: impl FnOnce() -> T) -> (T, Option<u64>) {
    let before = bytes_read();
    let value = f();
    let read = before.zip(bytes_read()).map(|(b, a)| a.saturating_sub(b));
    (value, read)
}

/// Fails when more than a quarter of a file of `size` bytes was read (a
/// file refused from its size is not read); says nothing where reading is
/// not counted.
pub fn assert_read_less_than_a_quarter_of(read: Option<u64>, size: u64) {
    if let Some(read) = read {
        assert!(read < size / 4, "{read} bytes read of a file of {size}");
    }
}

/// Runs `cmd` to its end and returns what it printed with its peak resident
/// memory in kilobytes (`ru_maxrss` of this one child, from `wait4`).
#[cfg(unix)]
#[allow(clippy::zombie_processes)] // reaped by `wait4` below, which also gives its usage
pub fn output_and_peak_memory(mut cmd: Command) -> (Output, u64) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the program starts");
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut err_pipe = child.stderr.take().expect("stderr piped");
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        err_pipe.read_to_end(&mut bytes).map(|_| bytes)
    });
    child
        .stdout
        .take()
        .expect("stdout piped")
        .read_to_end(&mut stdout)
        .expect("stdout read");
    stderr.extend(err_reader.join().expect("reader").expect("stderr read"));
    let pid = libc::pid_t::try_from(child.id()).expect("a process id");
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid, and both pointers outlive the call.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for.
    let waited = unsafe { libc::wait4(pid, &raw mut status, 0, &raw mut usage) };
    assert_eq!(waited, pid, "wait4");
    let status = std::os::unix::process::ExitStatusExt::from_raw(status);
    let peak = u64::try_from(usage.ru_maxrss).unwrap_or(0);
    (
        Output {
            status,
            stdout,
            stderr,
        },
        peak,
    )
}
