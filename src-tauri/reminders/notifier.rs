//! Showing a reminder on the desktop. On Linux this talks to
//! org.freedesktop.Notifications itself: it first checks a server answers (the
//! notification plugin reports success even when none does), and it keeps each
//! notification's handle alive, waiting for a click, so current GNOME shows it.

use raincheck_core::reminders::Notifier;
use raincheck_core::text;
use tauri::AppHandle;

pub struct DesktopNotifier {
    #[cfg_attr(target_os = "linux", allow(dead_code))]
    app: AppHandle,
}

impl DesktopNotifier {
    pub fn new(app: AppHandle) -> Self {
        DesktopNotifier { app }
    }
}

/// How long a reminder stays up when the server honours a timeout (15 min).
#[cfg(target_os = "linux")]
const NOTIFICATION_TIMEOUT_MS: u32 = 15 * 60 * 1000;

/// The summary and body as sent: hidden control and direction characters shown
/// as escapes, and the body's markup characters escaped when the server reads markup.
pub fn notification_text(title: &str, body: &str, markup: bool) -> (String, String) {
    let summary = text::visible(title).into_owned();
    let body = if markup {
        text::escape_markup(body)
    } else {
        text::visible(body).into_owned()
    };
    (summary, body)
}

/// The name of the notification server on the session bus, if one answers.
#[cfg(target_os = "linux")]
pub fn server_name() -> Option<String> {
    notify_rust::get_server_information()
        .ok()
        .map(|info| info.name)
}

#[cfg(not(target_os = "linux"))]
pub fn server_name() -> Option<String> {
    Some("the system's notifications".into())
}

#[cfg(target_os = "linux")]
impl Notifier for DesktopNotifier {
    fn notify(&mut self, title: &str, body: &str, interview_id: Option<i64>) -> Result<(), String> {
        notify_rust::get_server_information().map_err(|e| {
            format!("No notification server answers on the desktop session ({e}); reminders show in the window instead.")
        })?;
        // A server that reads markup in the body (most do) would take a company
        // named "<b>..." or "R&D" as markup: escape it there. The summary is
        // plain text by the specification.
        let markup = notify_rust::get_capabilities()
            .map(|capabilities| capabilities.iter().any(|c| c == "body-markup"))
            .unwrap_or(true);
        let (summary, body) = notification_text(title, body, markup);
        let handle = notify_rust::Notification::new()
            .appname("Raincheck")
            .summary(&summary)
            .body(&body)
            .icon("appointment-soon")
            .action("default", "Open")
            .action("open", "Open in Raincheck")
            // Finite, so the thread waiting on it ends even if no one clicks.
            .timeout(notify_rust::Timeout::Milliseconds(NOTIFICATION_TIMEOUT_MS))
            .show()
            .map_err(|e| {
                format!("The notification was refused ({e}); reminders show in the window instead.")
            })?;
        let app = self.app.clone();
        // Holding the handle until the user acts keeps the notification alive.
        let _ = std::thread::Builder::new()
            .name("notification".into())
            .spawn(move || {
                handle.wait_for_action(|action| {
                    if action == "default" || action == "open" {
                        crate::desktop::show_interview(&app, interview_id);
                    }
                });
            });
        Ok(())
    }
}

#[cfg(not(target_os = "linux"))]
impl Notifier for DesktopNotifier {
    fn notify(
        &mut self,
        title: &str,
        body: &str,
        _interview_id: Option<i64>,
    ) -> Result<(), String> {
        use tauri_plugin_notification::NotificationExt;
        let (title, body) = notification_text(title, body, false);
        self.app
            .notification()
            .builder()
            .title(title)
            .body(body)
            .show()
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::notification_text;

    #[test]
    fn markup_and_hidden_characters_stay_inert() {
        let (summary, body) = notification_text(
            "R&D\u{202E}: interview in 2 h",
            "Your pause for the <b>Lead</b> & \u{1b}[2J application ends today",
            true,
        );
        assert_eq!(summary, "R&D<U+202E>: interview in 2 h");
        assert_eq!(
            body,
            "Your pause for the &lt;b&gt;Lead&lt;/b&gt; &amp; &lt;U+001B&gt;[2J application ends today"
        );
        let (_, plain) = notification_text("t", "<i>", false);
        assert_eq!(plain, "<i>");
    }
}
