//! A local process that opens many idle connections to a port and holds them, as a hostile or
//! buggy program on the same machine would.

use std::process::{Child, Command, Stdio};

/// Python, because it raises its own open-files limit in one line and needs nothing built.
const SCRIPT: &str = r#"
import resource, socket, sys, time
port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
held, attempted, refused = [], 0, 0
start = time.monotonic()
for i in range(count):
    # Spread the attempts evenly over the given time.
    pause = start + seconds * i / count - time.monotonic()
    if pause > 0:
        time.sleep(pause)
    attempted += 1
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(0.2)
    try:
        s.connect(("127.0.0.1", port))
        held.append(s)
    except OSError:
        refused += 1
        s.close()
    if len(held) > hard - 64:
        held.pop(0).close()
print(f"attempted {attempted} held {len(held)} refused {refused}", flush=True)
sys.stdin.read()
"#;

/// Connections being held until dropped.
#[derive(Debug)]
pub struct Flood {
    child: Child,
}

impl Flood {
    /// Attempts `count` idle connections to 127.0.0.1:`port` over `seconds`, then holds them.
    /// Returns once every attempt was made, with the script's tally.
    pub fn start(port: u16, count: u32, seconds: f64) -> (Self, String) {
        let mut flood = Self::begin(port, count, seconds);
        let tally = flood.tally();
        (flood, tally)
    }

    /// [`Flood::start`] that returns at once, while the attempts go on.
    pub fn begin(port: u16, count: u32, seconds: f64) -> Self {
        crate::require_program("python3", "the Debian package python3");
        let child = Command::new("python3")
            .args(["-c", SCRIPT])
            .args([port.to_string(), count.to_string(), seconds.to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 starts");
        Flood { child }
    }

    /// The script's tally, once every attempt was made.
    pub fn tally(&mut self) -> String {
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(self.child.stdout.as_mut().unwrap()),
            &mut line,
        )
        .unwrap();
        line.trim().to_string()
    }
}

impl Drop for Flood {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
