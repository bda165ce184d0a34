//! Showing a reminder on the desktop. On Linux this talks to
//! org.freedesktop.Notifications itself: it first checks a server answers (the
//! notification plugin reports success even when none does), and it keeps each
//! notification's handle alive, waiting for a click, so current GNOME shows it.

use raincheck_core::reminders::Notifier;
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
        let handle = notify_rust::Notification::new()
            .appname("Raincheck")
            .summary(title)
            .body(body)
            .icon("appointment-soon")
            .action("default", "Open")
            .action("open", "Open in Raincheck")
            .timeout(notify_rust::Timeout::Never)
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
        self.app
            .notification()
            .builder()
            .title(title)
            .body(body)
            .show()
            .map_err(|e| e.to_string())
    }
}
