//! The agent process a test, the benchmark or the soak started: found by the config folder in its
//! environment (the agent's own command line names none), and its peak memory read from /proc.

use std::path::Path;

/// The pid of the agent serving `config` (as the agent's environment spells it: a Windows path
/// under Wine).
pub fn pid(config: &str) -> Option<u32> {
    let marker = format!("ZCW_CONFIG_DIR={config}");
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
            let environ = std::fs::read(entry.path().join("environ")).ok()?;
            let is_agent = String::from_utf8_lossy(&cmdline).contains("--idle-timeout-secs");
            let ours = environ
                .split(|b| *b == 0)
                .any(|var| var == marker.as_bytes());
            (is_agent && ours).then_some(pid)
        })
}

/// The agent's peak resident memory (VmHWM) in KiB, found by its config folder.
pub fn peak_kib(config: &Path) -> Option<u64> {
    status_kib(pid(&config.display().to_string())?, "VmHWM:")
}

/// A `… kB` line of a process's /proc status (VmHWM, VmRSS).
pub fn status_kib(pid: u32, field: &str) -> Option<u64> {
    proc_kib(pid, "status", field)
}

/// The memory a process has locked in RAM (smaps' `Locked:`, summed): with `mlockall`'s
/// on-fault locking, what it touched, where VmLck counts its whole address space.
pub fn locked_kib(pid: u32) -> Option<u64> {
    proc_kib(pid, "smaps_rollup", "Locked:")
}

fn proc_kib(pid: u32, file: &str, field: &str) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/{file}"))
        .ok()?
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|kib| kib.trim().trim_end_matches("kB").trim().parse().ok())
}
