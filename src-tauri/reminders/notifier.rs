//! Showing a reminder on the desktop. On Linux this talks to
//! org.freedesktop.Notifications itself, over one session-bus connection kept
//! for the app's life: it first checks a server answers (the notification
//! plugin reports success even when none does), and the connection staying
//! open keeps each notification alive and clickable, so current GNOME shows it.
//!
//! Everything here is bounded for an app that runs for days: one connection,
//! one thread listening for clicks and closes, and at most `MAX_SHOWING`
//! notifications remembered (a newer reminder about the same interview replaces
//! the older one in place; past the limit the oldest is closed).

use raincheck_core::reminders::{About, Notifier};
use raincheck_core::text;
use tauri::AppHandle;

pub struct DesktopNotifier {
    app: AppHandle,
}

impl DesktopNotifier {
    pub fn new(app: AppHandle) -> Self {
        DesktopNotifier { app }
    }
}

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
pub fn server_name(app: &AppHandle) -> Option<String> {
    linux::server_name(app).ok()
}

#[cfg(not(target_os = "linux"))]
pub fn server_name(_app: &AppHandle) -> Option<String> {
    Some("the system's notifications".into())
}

#[cfg(target_os = "linux")]
impl Notifier for DesktopNotifier {
    fn notify(&mut self, title: &str, body: &str, about: Option<About>) -> Result<(), String> {
        let words = crate::state::window_words();
        let words: &raincheck_core::words::Words = match words.as_deref() {
            Some(words) => words,
            None => raincheck_core::words::Words::english(),
        };
        let said = |key: &str, error: zbus::Error| {
            let detail = error.to_string();
            words.with(
                key,
                &[("detail", raincheck_core::words::Arg::from(&detail))],
            )
        };
        linux::server_name(&self.app).map_err(|e| said("reminders-no-server", e))?;
        let capabilities = linux::capabilities(&self.app).unwrap_or_default();
        // A server that reads markup in the body (most do) would take a company
        // named "<b>..." or "R&D" as markup: escape it there. The summary is
        // plain text by the specification. Unknown capabilities: assume markup.
        let markup = capabilities.is_empty() || capabilities.iter().any(|c| c == "body-markup");
        let buttons = capabilities.iter().any(|c| c == "actions");
        let (summary, body) = notification_text(title, body, markup);
        linux::show(&self.app, &summary, &body, about, buttons)
            .map_err(|e| said("reminders-refused", e))
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::collections::{HashMap, VecDeque};
    use std::num::NonZeroUsize;
    use std::sync::{Arc, Mutex, MutexGuard};

    use futures_lite::StreamExt;
    use raincheck_core::reminders::{About, ReminderKind, SnoozeChoice};
    use tauri::AppHandle;
    use zbus::{Connection, MatchRule, Message, MessageStream};

    const SERVER: &str = "org.freedesktop.Notifications";
    const PATH: &str = "/org/freedesktop/Notifications";
    /// Notifications remembered (for their clicks) and left on screen at once.
    /// More than this and the user is not reading them: the oldest is closed.
    pub const MAX_SHOWING: usize = 16;
    /// Signals waiting for the listener before the oldest are dropped.
    const SIGNAL_QUEUE: usize = 64;
    /// Never expire: a reminder stays until the user acts on it or closes it.
    const NEVER_EXPIRE: i32 = 0;

    /// One notification on screen: the server's id, what a click opens and
    /// which reminder a snooze puts off.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Showing {
        pub id: u32,
        pub interview_id: Option<i64>,
        pub kind: Option<ReminderKind>,
    }

    /// The notifications on screen, oldest first, never more than `MAX_SHOWING`.
    #[derive(Debug, Default)]
    pub struct Screen {
        showing: VecDeque<Showing>,
    }

    impl Screen {
        /// The notification a new one about `interview_id` replaces: the one
        /// about the same interview (or the last summary), taken off the list.
        pub fn replacing(&mut self, interview_id: Option<i64>) -> Option<u32> {
            let at = self
                .showing
                .iter()
                .position(|s| s.interview_id == interview_id)?;
            self.showing.remove(at).map(|s| s.id)
        }

        /// Remembers a shown notification; returns the ids to close to keep
        /// within the limit.
        pub fn shown(&mut self, showing: Showing) -> Vec<u32> {
            self.showing.retain(|s| s.id != showing.id);
            self.showing.push_back(showing);
            let over = self.showing.len().saturating_sub(MAX_SHOWING);
            self.showing.drain(..over).map(|s| s.id).collect()
        }

        /// Forgets a notification the server closed (or the user dismissed).
        pub fn closed(&mut self, id: u32) -> Option<Showing> {
            let at = self.showing.iter().position(|s| s.id == id)?;
            self.showing.remove(at)
        }

        pub fn find(&self, id: u32) -> Option<Showing> {
            self.showing.iter().find(|s| s.id == id).copied()
        }

        #[cfg(test)]
        pub fn len(&self) -> usize {
            self.showing.len()
        }
    }

    struct Session {
        connection: Connection,
        screen: Mutex<Screen>,
    }

    impl Session {
        fn screen(&self) -> MutexGuard<'_, Screen> {
            self.screen
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        }
    }

    /// The app's one connection for notifications, made on first use.
    static SESSION: Mutex<Option<Arc<Session>>> = Mutex::new(None);

    fn slot() -> MutexGuard<'static, Option<Arc<Session>>> {
        SESSION
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn session(app: &AppHandle) -> zbus::Result<Arc<Session>> {
        let mut slot = slot();
        if let Some(session) = slot.as_ref() {
            return Ok(Arc::clone(session));
        }
        let connection = zbus::block_on(Connection::session())?;
        let rule = MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(SERVER)
            .path(PATH)
            .build()?;
        let signals = zbus::block_on(MessageStream::for_match_rule(
            rule,
            &connection,
            NonZeroUsize::new(SIGNAL_QUEUE),
        ))?;
        let session = Arc::new(Session {
            connection,
            screen: Mutex::default(),
        });
        let listener = Arc::clone(&session);
        let app = app.clone();
        std::thread::Builder::new()
            .name("notifications".into())
            .spawn(move || listen(&listener, signals, &app))
            .map_err(|e| {
                zbus::Error::Failure(format!("no thread for notification clicks ({e})"))
            })?;
        *slot = Some(Arc::clone(&session));
        Ok(session)
    }

    /// Clicks and closes for every notification, until the bus goes away; then
    /// the next reminder connects again.
    fn listen(session: &Arc<Session>, mut signals: MessageStream, app: &AppHandle) {
        zbus::block_on(async {
            while let Some(Ok(message)) = signals.next().await {
                on_signal(session, &message, app);
            }
        });
        let mut slot = slot();
        if slot.as_ref().is_some_and(|s| Arc::ptr_eq(s, session)) {
            *slot = None;
        }
    }

    fn on_signal(session: &Session, message: &Message, app: &AppHandle) {
        let header = message.header();
        match header.member().map(|m| m.as_str()) {
            Some("ActionInvoked") => {
                let Ok((id, action)) = message.body().deserialize::<(u32, String)>() else {
                    return;
                };
                let showing = session.screen().find(id);
                let Some(showing) = showing else { return };
                if action == "default" || action == "open" {
                    crate::window::show_interview(app, showing.interview_id);
                } else if let Some(choice) = action
                    .strip_prefix(SNOOZE)
                    .and_then(|choice| choice.parse::<SnoozeChoice>().ok())
                {
                    if let (Some(interview_id), Some(kind)) = (showing.interview_id, showing.kind) {
                        crate::reminders::snooze(app, interview_id, kind, choice);
                    }
                }
            }
            Some("NotificationClosed") => {
                if let Ok((id, _reason)) = message.body().deserialize::<(u32, u32)>() {
                    session.screen().closed(id);
                }
            }
            _ => {}
        }
    }

    /// The connection failed as a whole (not one call refused): forget it, and
    /// close it so its listener ends too.
    fn forget_if_broken(session: &Arc<Session>, error: &zbus::Error) {
        if matches!(error, zbus::Error::MethodError(..) | zbus::Error::FDO(_)) {
            return;
        }
        {
            let mut slot = slot();
            if slot.as_ref().is_some_and(|s| Arc::ptr_eq(s, session)) {
                *slot = None;
            }
        }
        let _ = zbus::block_on(session.connection.clone().close());
    }

    pub fn server_name(app: &AppHandle) -> zbus::Result<String> {
        let session = session(app)?;
        let answer = zbus::block_on(session.connection.call_method(
            Some(SERVER),
            PATH,
            Some(SERVER),
            "GetServerInformation",
            &(),
        ))
        .and_then(|reply| {
            reply
                .body()
                .deserialize::<(String, String, String, String)>()
        });
        answer
            .map(|(name, ..)| name)
            .inspect_err(|error| forget_if_broken(&session, error))
    }

    /// What the server can do: "body-markup" (it reads markup in a body),
    /// "actions" (it shows buttons)…
    pub fn capabilities(app: &AppHandle) -> zbus::Result<Vec<String>> {
        let session = session(app)?;
        let answer = zbus::block_on(session.connection.call_method(
            Some(SERVER),
            PATH,
            Some(SERVER),
            "GetCapabilities",
            &(),
        ))
        .and_then(|reply| reply.body().deserialize::<Vec<String>>());
        answer.inspect_err(|error| forget_if_broken(&session, error))
    }

    /// The action names of the snooze buttons: "snooze-hour"…
    const SNOOZE: &str = "snooze-";

    /// The buttons: open it, and, for one reminder on a server that shows
    /// buttons, put it off. Worded in the window's language.
    fn actions(about: Option<About>, buttons: bool) -> Vec<(String, String)> {
        let chosen = crate::state::window_words();
        let words: &raincheck_core::words::Words = match chosen.as_deref() {
            Some(words) => words,
            None => raincheck_core::words::Words::english(),
        };
        let open = words.get("notify-open");
        let mut actions = vec![
            ("default".to_owned(), open.clone()),
            ("open".to_owned(), open),
        ];
        if buttons && about.is_some() {
            for choice in SnoozeChoice::ALL {
                actions.push((
                    format!("{SNOOZE}{}", choice.as_str()),
                    words.get(&format!("notify-snooze-{}", choice.as_str())),
                ));
            }
        }
        actions
    }

    pub fn show(
        app: &AppHandle,
        title: &str,
        body: &str,
        about: Option<About>,
        buttons: bool,
    ) -> zbus::Result<()> {
        let session = session(app)?;
        let interview_id = about.map(|about| about.interview_id);
        let replaces = session.screen().replacing(interview_id).unwrap_or(0);
        let pairs = actions(about, buttons);
        // The specification's flat list: name, label, name, label…
        let actions: Vec<&str> = pairs
            .iter()
            .flat_map(|(name, label)| [name.as_str(), label.as_str()])
            .collect();
        let hints: HashMap<&str, zbus::wire::Variant<'_>> = HashMap::new();
        let shown = zbus::block_on(session.connection.call_method(
            Some(SERVER),
            PATH,
            Some(SERVER),
            "Notify",
            &(
                "Raincheck",
                replaces,
                "appointment-soon",
                title,
                body,
                &actions[..],
                hints,
                NEVER_EXPIRE,
            ),
        ))
        .and_then(|reply| reply.body().deserialize::<u32>());
        let id = shown.inspect_err(|error| forget_if_broken(&session, error))?;
        let too_many = session.screen().shown(Showing {
            id,
            interview_id,
            kind: about.map(|about| about.kind),
        });
        for old in too_many {
            let _ = zbus::block_on(session.connection.call_method(
                Some(SERVER),
                PATH,
                Some(SERVER),
                "CloseNotification",
                &(old,),
            ));
        }
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_screen_keeps_one_per_interview_and_at_most_the_limit() {
            let mut screen = Screen::default();
            assert_eq!(
                screen.shown(Showing {
                    id: 1,
                    interview_id: Some(7),
                    kind: None,
                }),
                Vec::<u32>::new()
            );
            // A newer reminder about interview 7 takes the place of the first.
            assert_eq!(screen.replacing(Some(7)), Some(1));
            assert_eq!(screen.replacing(Some(7)), None);
            screen.shown(Showing {
                id: 1,
                interview_id: Some(7),
                kind: None,
            });
            assert_eq!(screen.len(), 1);
            // Closed by the user: forgotten.
            assert!(screen.closed(1).is_some());
            assert_eq!(screen.len(), 0);
            // Never touched: the oldest go once there are too many.
            let mut closed = Vec::new();
            for id in 1..=(MAX_SHOWING as u32 + 3) {
                closed.extend(screen.shown(Showing {
                    id,
                    interview_id: Some(id.into()),
                    kind: None,
                }));
            }
            assert_eq!(closed, vec![1, 2, 3]);
            assert_eq!(screen.len(), MAX_SHOWING);
            assert_eq!(screen.find(4).map(|s| s.interview_id), Some(Some(4)));
        }
    }
}

#[cfg(not(target_os = "linux"))]
impl Notifier for DesktopNotifier {
    fn notify(&mut self, title: &str, body: &str, _about: Option<About>) -> Result<(), String> {
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
