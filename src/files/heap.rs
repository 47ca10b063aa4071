//! How the allocator keeps memory for this program.

/// Asks glibc for at most `heaps` heaps shared by all threads rather than
/// up to eight per core: a district's records are allocated by the reading
/// threads and kept, and split across many heaps they stay more resident.
/// Fewer heaps cost speed, as threads wait for one another to allocate;
/// measured on 75,000 educators (docs/performance.md): the window with one
/// heap peaks at 723 MB against 798 MB; a summary with two heaps takes
/// 12.6 s and 1.18 GB against 10.5 s and 1.42 GB with the default, and
/// 16.8 s and 1.05 GB with one.
pub fn limit_malloc_arenas(heaps: i32) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning parameter of the allocator, under
    // glibc's own lock, and touches no memory of ours; a refusal (0) leaves
    // the default in place.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, heaps);
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = heaps;
}

/// Gives the memory freed so far back to the system. glibc keeps freed
/// memory for later allocations, but a district's records freed as small
/// pieces do not serve the large buffers a document then needs: measured
/// on 75,000 educators, a summary's PDF and CSV took the peak from 900 MB
/// to 1,147 MB on top of the records it had already freed.
pub fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of glibc's own heaps to
    // the system, under its lock; no memory in use is touched.
    unsafe {
        libc::malloc_trim(0);
    }
}
