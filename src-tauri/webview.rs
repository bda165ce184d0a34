//! What the window asks of WebKit: no more than a page of forms and text needs.
//!
//! GPU compositing is for animation, video and 3D, and Raincheck's page has none
//! of them. On Linux it costs a GL context in the web process (software GL where
//! no GPU driver answers): measured here, about 75 MB of memory and ~50 ms of
//! start-up (README, Figures). WebKit reads the switch from the environment
//! when the window is made; WebKit's own setting for it, changed once the view
//! existed, left the page stuck before its first call.

/// Turns GPU compositing off for this process's web views, unless the user's
/// environment already says otherwise (`WEBKIT_DISABLE_COMPOSITING_MODE=0`
/// keeps it on). Call before the window is built, while no other thread runs.
pub fn ask_only_what_the_ui_needs() {
    const COMPOSITING_OFF: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if cfg!(target_os = "linux") && std::env::var_os(COMPOSITING_OFF).is_none() {
        std::env::set_var(COMPOSITING_OFF, "1");
    }
}
