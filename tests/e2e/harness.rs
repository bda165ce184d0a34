//! The end-to-end harness: starts the real app through `tauri-driver` and
//! `WebKitWebDriver`, with its own empty data folder, and drives its window.
//!
//! It expects to run inside the desktop session that `scripts/with-desktop-session.sh`
//! starts (a private D-Bus session bus, Xvfb, an unlocked Secret Service and a
//! notification server). Tests take turns: they share one display and one
//! notification server, so two apps at once would see each other's effects.

#![allow(dead_code)] // each test binary uses a different part of the harness

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use tempfile::TempDir;
use tokio::process::{Child, Command};
use tokio::sync::{Mutex, MutexGuard};

/// One app at a time on the shared display.
static ONE_APP_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// How long the UI may take to show something before a test fails.
pub const UI_TIMEOUT: Duration = Duration::from_secs(20);

/// The `raincheck` binary under test: the one this test build made, or an
/// installed one named by `RAINCHECK_APP_BINARY` (the install test).
pub fn app_binary() -> PathBuf {
    std::env::var_os("RAINCHECK_APP_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_raincheck")))
}

/// Where tests put screenshots: `target/tmp/e2e-screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots")
}

/// A running Raincheck window under WebDriver. Dropping it ends the app too:
/// closing the window only hides it to the tray, as it does for a user.
pub struct App {
    pub client: Client,
    data_dir: Option<TempDir>,
    data_path: PathBuf,
    driver: Child,
    _turn: MutexGuard<'static, ()>,
}

impl App {
    /// Starts the app with a new, empty data folder.
    pub async fn launch() -> App {
        let data_dir = tempfile::tempdir().expect("a temporary data folder");
        Self::launch_with(data_dir).await
    }

    /// Starts the app on a data folder the test prepared (e.g. with the CLI).
    pub async fn launch_with(data_dir: TempDir) -> App {
        Self::launch_with_env(data_dir, &[]).await
    }

    /// The same, with variables added to the app's environment.
    pub async fn launch_with_env(data_dir: TempDir, env: &[(&str, &str)]) -> App {
        let turn = ONE_APP_AT_A_TIME.lock().await;
        require_desktop_session();
        // Each test starts with a clear screen: the reminders earlier tests
        // left (they never expire) would pile up in the one notification
        // server, each new one slower to show. Best effort: the session's
        // server is dunst, and a test that needs it fails on its own.
        let _ = std::process::Command::new("dunstctl")
            .arg("close-all")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let port = free_port();
        let native_port = free_port();
        let driver = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            // The driver's environment reaches the app it starts. The window
            // speaks English whatever this machine's language, unless a test
            // gives it another.
            .env("LC_ALL", "C.UTF-8")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("tauri-driver must be installed: run scripts/setup.sh --test");
        let url = format!("http://127.0.0.1:{port}");
        wait_for_driver(&url).await;

        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("wry"));
        capabilities.insert(
            "tauri:options".into(),
            json!({
                "application": app_binary(),
                "args": ["--data-dir", data_dir.path()],
            }),
        );
        let client = ClientBuilder::rustls()
            .expect("a TLS-capable WebDriver client")
            .capabilities(capabilities)
            .connect(&url)
            .await
            .expect("a WebDriver session with the Raincheck window");
        App {
            client,
            data_path: data_dir.path().to_owned(),
            data_dir: Some(data_dir),
            driver,
            _turn: turn,
        }
    }

    /// Waits for an element that matches the CSS selector to be shown.
    pub async fn find(&self, css: &str) -> Element {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if element.is_displayed().await.unwrap_or(false) {
                    return element;
                }
            }
            if Instant::now() >= deadline {
                let shot = self.screenshot("timed-out").await;
                panic!(
                    "nothing shown for {css} within {UI_TIMEOUT:?} (screenshot: {})",
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the shown element's text satisfies `ready`, then returns it.
    /// The text is the DOM's `textContent`: WebKitWebDriver's own element text
    /// leaves out text that CSS truncates with an ellipsis.
    pub async fn text_when(&self, css: &str, ready: impl Fn(&str) -> bool) -> String {
        self.text_until(css, true, ready).await
    }

    /// Waits until a live region's text satisfies `ready`: what a screen reader
    /// is told, shown on screen or not (a visually hidden status counts).
    pub async fn announced_when(&self, css: &str, ready: impl Fn(&str) -> bool) -> String {
        self.text_until(css, false, ready).await
    }

    async fn text_until(&self, css: &str, shown: bool, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let last = self
                .client
                .execute(
                    "const node = document.querySelector(arguments[0]);
                     const seen = node && (!arguments[1] || node.checkVisibility());
                     return seen ? node.textContent : null;",
                    vec![serde_json::json!(css), serde_json::json!(shown)],
                )
                .await
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned));
            if let Some(text) = last.as_deref().filter(|text| ready(text)) {
                return text.to_owned();
            }
            if Instant::now() >= deadline {
                let shot = self.screenshot("timed-out").await;
                panic!(
                    "{css} never showed the expected text within {UI_TIMEOUT:?}; last seen: {last:?} (screenshot: {})",
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until a form field's value satisfies `ready`, then returns it.
    pub async fn value_when(&self, css: &str, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let value = self.value_of(css).await;
            if ready(&value) {
                return value;
            }
            if Instant::now() >= deadline {
                let shot = self.screenshot("timed-out").await;
                panic!(
                    "{css} never held the expected value; last: {value:?} (screenshot: {})",
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The current value of a form field (text box, select, text area).
    pub async fn value_of(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Goes to a view, as a link would (`#settings`, `#draft/3`).
    pub async fn go(&self, hash: &str) {
        self.client
            .execute("location.hash = arguments[0];", vec![json!(hash)])
            .await
            .expect("the window takes a new address");
    }

    /// Waits until the script (a `return` of a boolean) says true; false if it
    /// never does within the time a view has to answer.
    pub async fn until(&self, script: &str, args: Vec<serde_json::Value>) -> bool {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let answer = self.client.execute(script, args.clone()).await.ok();
            if answer == Some(json!(true)) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Puts a value into a field as typing would, and says so to the page.
    pub async fn set_value(&self, css: &str, value: &str) {
        self.client
            .execute(
                "const field = document.querySelector(arguments[0]);
                 field.value = arguments[1];
                 field.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![json!(css), json!(value)],
            )
            .await
            .expect("the field takes the value");
    }

    pub async fn click(&self, css: &str) {
        let element = self.find(css).await;
        // As a person scrolls to a button at the foot of a long dialog
        // (WebKitWebDriver's own scrolling misses one inside a scrolled box).
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'nearest' });",
                vec![serde_json::to_value(&element).expect("an element is JSON")],
            )
            .await
            .expect("the element scrolls into view");
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("a click on {css} failed: {e}"));
    }

    /// Saves a PNG of the window as `<screenshot_dir>/<name>.png`: its pixels as
    /// the X server shows them, which is what the user sees. (In WebKit's
    /// non-composited mode, the app's, WebKitWebDriver's own snapshot hung once
    /// a view shorter than the window had replaced a longer one.)
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        // Let WebKit paint what the DOM already shows: two animation frames.
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));",
                vec![],
            )
            .await
            .expect("the page painted");
        let (x, y, width, height) = self
            .client
            .get_window_rect()
            .await
            .expect("the window's place on the screen");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("the screenshot folder");
        let path = dir.join(format!("{name}.png"));
        let captured = Command::new("import")
            .args(["-window", "root", "-crop"])
            .arg(format!("{width}x{height}+{x}+{y}"))
            .arg("+repage")
            .arg(&path)
            .status()
            .await
            .expect("ImageMagick's import runs (scripts/setup.sh installs it)");
        assert!(captured.success(), "the screenshot {name} was not taken");
        path
    }

    /// The app's data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_path
    }

    /// Ends the session, the driver and the app; returns the data folder (for a
    /// restart on the same log).
    pub async fn close(mut self) -> TempDir {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill().await;
        let _ = self.driver.wait().await;
        end_apps_on(&self.data_path);
        self.data_dir
            .take()
            .expect("the data folder is still there")
    }
}

/// Runs the command line on the log in `data_dir`, as a user would before or
/// after opening the window; returns what it printed.
pub fn run_cli(data_dir: &Path, args: &[&str], stdin: Option<&str>) -> String {
    let mut child = std::process::Command::new(app_binary())
        .arg("--data-dir")
        .arg(data_dir)
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("raincheck starts");
    {
        use std::io::Write;
        let mut input = child.stdin.take().expect("its stdin");
        input
            .write_all(stdin.unwrap_or_default().as_bytes())
            .expect("the input written");
    }
    let output = child.wait_with_output().expect("raincheck ends");
    assert!(output.status.success(), "raincheck {args:?} failed");
    String::from_utf8(output.stdout).expect("text")
}

/// Adds an interview with the command line; `fields` is the JSON `log add` takes.
pub fn add_with_cli(data_dir: &Path, fields: &serde_json::Value) -> i64 {
    let printed = run_cli(
        data_dir,
        &["log", "add", "--input", "-", "--json"],
        Some(&fields.to_string()),
    );
    let answer: serde_json::Value = serde_json::from_str(&printed).expect("JSON from log add");
    answer["id"].as_i64().expect("an id")
}

/// The usual start of a drafting test: a profile signed "Sam Carter" with an
/// address, and Acme Analytics three days away in Berlin with Dana Lee (who has
/// an e-mail address), `decision` recorded if given. Returns its id.
pub fn signed_profile_and_acme(data_dir: &Path, decision: Option<&str>) -> i64 {
    run_cli(
        data_dir,
        &[
            "profile",
            "--name",
            "Sam Carter",
            "--email",
            "sam@example.org",
        ],
        None,
    );
    let id = add_with_cli(
        data_dir,
        &json!({"company": "Acme Analytics", "position": "Backend Engineer",
                "interviewer": {"name": "Dana Lee", "email": "dana@acme.example"},
                "starts_at": wall_time_from_now(72, chrono_tz::Europe::Berlin), "tz": "Europe/Berlin"}),
    );
    if let Some(decision) = decision {
        run_cli(
            data_dir,
            &["log", "decide", &id.to_string(), "--decision", decision],
            None,
        );
    }
    id
}

/// A wall-clock time `hours` from now in `zone`, as the log takes it.
pub fn wall_time_from_now(hours: i64, zone: chrono_tz::Tz) -> String {
    (chrono::Utc::now() + chrono::Duration::hours(hours) + chrono::Duration::minutes(5))
        .with_timezone(&zone)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

impl Drop for App {
    fn drop(&mut self) {
        end_apps_on(&self.data_path);
    }
}

/// Kills every process started with this data folder on its command line (the
/// app the driver started, still running in the tray).
fn end_apps_on(data_dir: &Path) {
    let needle = data_dir.to_string_lossy().into_owned();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if cmdline.contains("raincheck")
            && cmdline.contains(&needle)
            && pid != std::process::id() as i32
        {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
    }
}

fn require_desktop_session() {
    for variable in ["DISPLAY", "DBUS_SESSION_BUS_ADDRESS"] {
        assert!(
            std::env::var_os(variable).is_some(),
            "{variable} is not set: the end-to-end tests run inside the desktop session; use scripts/test.sh"
        );
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free local port")
}

async fn wait_for_driver(url: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(body) = http_get(&format!("{url}/status")).await {
            if body.contains("\"ready\":true") || body.contains("\"ready\": true") {
                return;
            }
        }
        assert!(
            Instant::now() < deadline,
            "tauri-driver at {url} was not ready within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A tiny HTTP GET, enough for the driver's status endpoint.
async fn http_get(url: &str) -> std::io::Result<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = url.trim_start_matches("http://");
    let (host, path) = address.split_once('/').unwrap_or((address, ""));
    let mut stream = tokio::net::TcpStream::connect(host).await?;
    let request = format!("GET /{path} HTTP/1.0\r\nHost: {host}\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut body = String::new();
    stream.read_to_string(&mut body).await?;
    Ok(body)
}

/// A listener on the session bus that records every `Notify` call made to the
/// notification server (dunst, in the test session).
pub struct NotificationListener {
    monitor: std::process::Child,
    log: tempfile::NamedTempFile,
}

impl NotificationListener {
    pub fn start() -> Self {
        let log = tempfile::NamedTempFile::new().expect("a file for the bus log");
        let monitor = std::process::Command::new("dbus-monitor")
            .args([
                "--session",
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
                // The server's answers, which carry each notification's id.
                "type='method_return'",
            ])
            .stdout(log.reopen().expect("the bus log"))
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-monitor (dbus-daemon's tools) must be installed");
        // dbus-monitor prints its own connection first: wait for it to be listening.
        let deadline = Instant::now() + Duration::from_secs(5);
        while std::fs::metadata(log.path()).map(|m| m.len()).unwrap_or(0) == 0
            && Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        NotificationListener { monitor, log }
    }

    /// Every Notify call seen so far, as dbus-monitor printed it.
    pub fn seen(&self) -> String {
        std::fs::read_to_string(self.log.path()).unwrap_or_default()
    }

    /// Waits for a notification whose text contains `text`.
    pub async fn wait_for(&self, text: &str, within: Duration) -> String {
        let deadline = Instant::now() + within;
        loop {
            let seen = self.seen();
            if seen.contains(text) {
                return seen;
            }
            assert!(
                Instant::now() < deadline,
                "no notification with {text:?} within {within:?}; the bus saw:\n{seen}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

impl NotificationListener {
    /// The server's id of the notification whose text contains `text`: the
    /// answer to its Notify call (same serial, back to the same sender).
    pub fn id_of(&self, text: &str) -> Option<u32> {
        let seen = self.seen();
        // One message a block: a header line, then its indented body.
        let mut blocks: Vec<String> = Vec::new();
        for line in seen.lines() {
            match blocks.last_mut() {
                Some(block) if line.starts_with(' ') => {
                    block.push('\n');
                    block.push_str(line);
                }
                _ => blocks.push(line.to_owned()),
            }
        }
        let field = |block: &str, name: &str| -> Option<String> {
            let header = block.lines().next()?;
            let at = header.find(&format!(" {name}="))? + name.len() + 2;
            Some(header[at..].split([' ', ';']).next()?.to_owned())
        };
        let call = blocks
            .iter()
            .filter(|block| block.starts_with("method call") && block.contains("member=Notify"))
            .rfind(|block| block.contains(text))?;
        let (serial, sender) = (field(call, "serial")?, field(call, "sender")?);
        let answer = blocks.iter().find(|block| {
            block.starts_with("method return")
                && field(block, "reply_serial").as_deref() == Some(serial.as_str())
                && field(block, "destination").as_deref() == Some(sender.as_str())
        })?;
        answer
            .lines()
            .nth(1)?
            .trim()
            .strip_prefix("uint32 ")?
            .parse()
            .ok()
    }

    /// What the server sends when the user presses one of a notification's buttons.
    pub fn press(&self, id: u32, action: &str) {
        let sent = std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications.ActionInvoked",
                &format!("uint32:{id}"),
                &format!("string:{action}"),
            ])
            .status()
            .expect("dbus-send (dbus's tools) must be installed");
        assert!(sent.success(), "the button's signal was not sent");
    }
}

impl Drop for NotificationListener {
    fn drop(&mut self) {
        let _ = self.monitor.kill();
        let _ = self.monitor.wait();
    }
}
