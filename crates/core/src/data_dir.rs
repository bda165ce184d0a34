//! Where the log and the user's files live.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Environment variable that moves the data folder (tests, portable use).
pub const DATA_DIR_ENV: &str = "RAINCHECK_DATA_DIR";

/// The app's identifier; the platform data folder is named after it, as Tauri does.
pub const APP_IDENTIFIER: &str = "app.raincheck.desktop";

/// The folder holding the log, chosen in this order: the one given on the command
/// line, `RAINCHECK_DATA_DIR`, then the platform's app-data folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DataDir {
    path: PathBuf,
}

impl DataDir {
    pub fn resolve(explicit: Option<&Path>) -> Result<Self> {
        if let Some(path) = explicit {
            return Self::at(path);
        }
        if let Some(path) = std::env::var_os(DATA_DIR_ENV).filter(|p| !p.is_empty()) {
            return Self::at(Path::new(&path));
        }
        let base = dirs::data_dir().ok_or_else(|| {
            Error::invalid(format!(
                "No home data folder is known on this system: set {DATA_DIR_ENV} or pass --data-dir DIR."
            ))
        })?;
        Ok(Self {
            path: base.join(APP_IDENTIFIER),
        })
    }

    /// A data folder at a given path; a relative path is taken from the current folder.
    pub fn at(path: &Path) -> Result<Self> {
        let path =
            std::path::absolute(path).map_err(|e| Error::io("use the data folder", path, e))?;
        Ok(Self { path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates the folder if it is missing (only when something is about to be
    /// written), readable by the user alone (0700).
    pub fn ensure_exists(&self) -> Result<()> {
        crate::files::create_private_dir(&self.path)
            .map_err(|e| Error::io("create the data folder", &self.path, e))
    }
}

/// Where exports and backups made from the window go: the user's Documents
/// folder (or home), created if missing.
pub fn exports_dir() -> Result<PathBuf> {
    let dir = dirs::document_dir()
        .or_else(dirs::home_dir)
        .ok_or_else(|| {
            Error::invalid(
                "No Documents or home folder is known: use `raincheck export --output FILE`.",
            )
        })?;
    std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_folder_wins_and_relative_paths_become_absolute() {
        let dir = DataDir::resolve(Some(Path::new("some/where"))).unwrap();
        assert!(dir.path().is_absolute());
        assert!(dir.path().ends_with("some/where"));
    }
}
