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
            message: raincheck_core::text::visible(&error.to_string()).into_owned(),
            field: error.field(),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
