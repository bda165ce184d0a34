//! How a core error reaches the UI: `{ "code": "...", "message": "..." }`.

use raincheck_core::Error;
use serde::Serialize;

/// The one serialised form of every error an IPC command returns.
#[derive(Debug, Serialize)]
pub struct IpcError {
    pub code: &'static str,
    pub message: String,
}

impl From<Error> for IpcError {
    fn from(error: Error) -> Self {
        IpcError {
            code: error.code(),
            message: error.to_string(),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
