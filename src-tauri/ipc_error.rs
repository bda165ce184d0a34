//! How a core error reaches the UI: `{ "code": "...", "message": "..." }`.

use raincheck_core::Error;
use serde::Serialize;

/// The one serialised form of every error an IPC command returns; `field` names
/// the input field an invalid input is about, so the form can show it there.
#[derive(Debug, Serialize)]
pub struct IpcError {
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
}

impl From<Error> for IpcError {
    fn from(error: Error) -> Self {
        IpcError {
            code: error.code(),
            // A refused value repeated in a message must not reorder or hide
            // the words around it in the window.
            message: raincheck_core::text::visible(&worded(&error)).into_owned(),
            field: error.field(),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

/// The error in the window's language.
fn worded(error: &Error) -> String {
    match crate::state::window_words() {
        Some(words) => error.in_words(&words),
        None => error.to_string(),
    }
}

/// Runs a command's work so that a panic inside it comes back to the page as
/// an error it shows, instead of a call that never answers.
pub fn guarded<T>(doing: &str, work: impl FnOnce() -> Result<T, Error>) -> IpcResult<T> {
    caught(doing, work).map_err(IpcError::from)
}

/// The same for work that returns a core result, for the shell's own helpers.
pub fn caught<T>(doing: &str, work: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
        .unwrap_or_else(|_| Err(Error::Internal(doing.to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page reads exactly these keys (`ui/api.js`): a renamed one would
    /// turn every error in the window into "unexpected".
    #[test]
    fn errors_reach_the_page_as_code_message_and_field() {
        let field =
            IpcError::from(Error::invalid("The e-mail has no @.").for_field("interviewer.email"));
        assert_eq!(
            serde_json::to_value(&field).unwrap(),
            serde_json::json!({
                "code": "invalid_input",
                "message": "The e-mail has no @.",
                "field": "interviewer.email",
            })
        );
        let plain = IpcError::from(Error::Desktop("The desktop said no.".into()));
        assert_eq!(
            serde_json::to_value(&plain).unwrap(),
            serde_json::json!({"code": "desktop", "message": "The desktop said no."})
        );
        // A direction override in a refused value is shown, not obeyed.
        let sneaky = IpcError::from(Error::invalid("Bad name: \u{202e}evil"));
        assert!(!sneaky.message.contains('\u{202e}'));
    }
}
