//! What the app says about itself (Settings, `raincheck status`).

use serde::Serialize;

use crate::data_dir::DataDir;

/// The app's version: one number for the core, the shell and the bundles.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, Serialize)]
pub struct AppInfo {
    pub name: &'static str,
    pub version: &'static str,
    pub data_dir: String,
}

pub fn app_info(data_dir: &DataDir) -> AppInfo {
    AppInfo {
        name: "Raincheck",
        version: VERSION,
        data_dir: data_dir.path().display().to_string(),
    }
}
