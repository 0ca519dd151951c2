//! Runs the real desktop app under Xvfb, driven through tauri-driver and WebKitWebDriver.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

use crate::display::VirtualDisplay;
use crate::session::KeyringSession;
use crate::{free_port, require_program, wait_until};

/// One GUI test at a time: two WebKit instances rendering in software on two cores starve each
/// other, and WebKitWebDriver then reports crashed pages.
static ONE_GUI_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A private X display and tauri-driver on a test session's bus, stopped in order on drop.
#[derive(Debug)]
pub struct GuiHarness {
    app: PathBuf,
    display: VirtualDisplay,
    driver: Child,
    driver_port: u16,
    _turn: MutexGuard<'static, ()>,
}

/// The driver's, WebKit's and the app's stderr, kept out of the test output but inspectable.
fn driver_log(display: &str) -> Stdio {
    let dir = crate::target_dir().join("gui-logs");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::File::create(dir.join(format!(
        "tauri-driver-display{}.log",
        display.replace(':', "-")
    )))
    .map(Stdio::from)
    .unwrap_or_else(|_| Stdio::null())
}

impl GuiHarness {
    /// Starts the display and the driver for the app at `app`. The app, which tauri-driver
    /// starts, inherits the session's environment (bus, HOME, config folder) and `app_env` (with
    /// `ZCW_API_URL` set to `ZCW_ACCOUNTS_URL` when only that is given).
    pub fn start(session: &KeyringSession, app: &Path, app_env: &[(&str, &Path)]) -> Self {
        let turn = ONE_GUI_AT_A_TIME
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        require_program("Xvfb", "the Debian package xvfb");
        require_program("WebKitWebDriver", "the Debian package webkit2gtk-driver");
        require_program(
            "tauri-driver",
            "tauri-driver (cargo install tauri-driver --locked)",
        );

        let display = VirtualDisplay::start();
        let driver_port = free_port();
        let native_port = free_port();
        let mut driver = session.command("tauri-driver");
        driver
            .args(["--port", &driver_port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("DISPLAY", display.name())
            .env("GDK_BACKEND", "x11")
            .env("NO_AT_BRIDGE", "1")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env_remove("WAYLAND_DISPLAY")
            // English unless a test asks for another language (the app follows the system's).
            .env("LANGUAGE", "en")
            // The look for a new version at start never leaves this machine: a closed port
            // unless a test serves a feed.
            .env(
                "ZCW_UPDATE_URL",
                format!("http://127.0.0.1:{}/latest.json", free_port()),
            )
            .stdout(Stdio::null())
            .stderr(driver_log(&display.name()));
        for (key, value) in app_env {
            driver.env(key, value);
        }
        // The emulator that plays Zoho's accounts server plays its API too: a check or a test
        // call never leaves this machine.
        let accounts = app_env.iter().find(|(key, _)| *key == "ZCW_ACCOUNTS_URL");
        if let Some((_, url)) =
            accounts.filter(|_| !app_env.iter().any(|(k, _)| *k == "ZCW_API_URL"))
        {
            driver.env("ZCW_API_URL", url);
        }
        let driver = driver.spawn().expect("tauri-driver starts");
        // tauri-driver proxies to WebKitWebDriver: both must listen before a session can start.
        for port in [driver_port, native_port] {
            assert!(
                wait_until(Duration::from_secs(20), || {
                    std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
                }),
                "tauri-driver or WebKitWebDriver did not listen on port {port}"
            );
        }
        GuiHarness {
            app: app.to_path_buf(),
            display,
            driver,
            driver_port,
            _turn: turn,
        }
    }

    /// The display the app runs on (for its clipboard).
    pub fn display(&self) -> &VirtualDisplay {
        &self.display
    }

    /// Launches the app in a new WebDriver session and waits until the wizard is ready.
    pub async fn launch_app(&self) -> Client {
        self.launch_app_with(&[]).await
    }

    /// [`GuiHarness::launch_app`] with command-line arguments (a request file, say), as a
    /// double-click in a file manager starts it.
    pub async fn launch_app_with(&self, args: &[&str]) -> Client {
        let app = &self.app;
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app, "args": args }),
        );
        // The app of an earlier session may still be closing: it holds the single-instance name
        // on the bus, and a new one would hand its arguments over to it and stop.
        self.wait_for_earlier_app_to_end();
        let url = format!("http://127.0.0.1:{}", self.driver_port);
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            // Bounded: an app that stops before its window opens leaves WebKitWebDriver waiting
            // for ever.
            let mut builder = ClientBuilder::native();
            builder.capabilities(caps.clone());
            let connecting = builder.connect(&url);
            match tokio::time::timeout(Duration::from_secs(90), connecting).await {
                Ok(Ok(client)) => break client,
                Ok(Err(e)) if attempt < 3 => {
                    eprintln!("WebDriver session attempt {attempt} failed ({e}); retrying");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Ok(Err(e)) => panic!("no WebDriver session with the app: {e}"),
                Err(_) => panic!(
                    "no WebDriver session with the app within 90 s: the app did not open its window (see target/gui-logs/)"
                ),
            }
        };
        client
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css("body[data-ready='true']"))
            .await
            .expect("the wizard becomes ready");
        client
    }
}

impl GuiHarness {
    /// Waits (up to 20 s) until no process runs this harness's app binary: GUI tests run one at
    /// a time, so any such process is an earlier session's app, still closing.
    fn wait_for_earlier_app_to_end(&self) {
        let Ok(app) = self.app.canonicalize() else {
            return;
        };
        // A process of the app, or one still exiting: its memory (and /proc's exe link) goes
        // before its files do, so for a moment it still holds the single-instance name on the
        // bus, and a new app would find it and stop ("was still closing").
        let name: String = app
            .file_name()
            .map(|n| n.to_string_lossy().chars().take(15).collect())
            .unwrap_or_default();
        let running = || {
            std::fs::read_dir("/proc").is_ok_and(|entries| {
                entries
                    .flatten()
                    .any(|entry| match std::fs::read_link(entry.path().join("exe")) {
                        Ok(exe) => exe == app,
                        Err(_) => {
                            let stat = std::fs::read_to_string(entry.path().join("stat"))
                                .unwrap_or_default();
                            stat.rsplit_once(") ").is_some_and(|(head, rest)| {
                                head.ends_with(&format!("({name}")) && !rest.starts_with('Z')
                            })
                        }
                    })
            })
        };
        if !running() {
            return;
        }
        if !wait_until(Duration::from_secs(20), || !running()) {
            eprintln!("an earlier app process was still running after 20 s");
        }
        // The bus takes a moment to let go of the name of a process that has just ended.
        std::thread::sleep(Duration::from_millis(500));
    }
}

impl Drop for GuiHarness {
    fn drop(&mut self) {
        // SIGTERM lets tauri-driver stop WebKitWebDriver; SIGKILL would orphan it.
        let _ = Command::new("kill")
            .args(["-TERM", &self.driver.id().to_string()])
            .status();
        let exited = wait_until(Duration::from_secs(10), || {
            matches!(self.driver.try_wait(), Ok(Some(_)))
        });
        if !exited {
            let _ = self.driver.kill();
            let _ = self.driver.wait();
        }
        // The display goes last (its own drop stops Xvfb).
    }
}

/// Saves a PNG of the whole window under target/screenshots/.
pub async fn save_screenshot(client: &Client, name: &str) -> PathBuf {
    // WebKitWebDriver sometimes refuses or stalls on a snapshot taken while the page is still
    // settling: retry a few times, and fail the test rather than hang it.
    // A snapshot can show the last painted frame, not the DOM as it is now: wait for two frames.
    let painted = "const done = arguments[arguments.length - 1]; \
        requestAnimationFrame(() => requestAnimationFrame(() => done()));";
    let _ = tokio::time::timeout(
        Duration::from_secs(2),
        client.execute_async(painted, vec![]),
    )
    .await;
    let mut png = None;
    for attempt in 1..=5 {
        match tokio::time::timeout(Duration::from_secs(10), client.screenshot()).await {
            Ok(Ok(bytes)) => {
                png = Some(bytes);
                break;
            }
            Ok(Err(e)) => eprintln!("screenshot {name}, attempt {attempt}: {e}"),
            Err(_) => eprintln!("screenshot {name}, attempt {attempt}: no answer in 10 s"),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let png = png.unwrap_or_else(|| panic!("no screenshot {name} after 5 attempts"));
    let path = crate::screenshot_dir().join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap();
    path
}
