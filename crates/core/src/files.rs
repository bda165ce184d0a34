//! Files only the user can read. Everything Raincheck writes (the data folder,
//! the log and its -wal/-shm, backups, exports, calendar files, scratch copies)
//! is made private when it is created, not fixed afterwards: between a create
//! and a later chmod, anyone could open it and keep the handle.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Creates a folder (and missing parents) that only the user can enter (0700).
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Creates a new file only the user can read (0600); fails if it exists, so a
/// file (or link) someone else put there is never written through.
pub fn create_new_private(path: &Path) -> std::io::Result<File> {
    private_options().create_new(true).open(path)
}

/// Writes `bytes` to `path`: a new file is made 0600; an existing one is
/// replaced in place and keeps the permissions its owner gave it.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = private_options()
        .create(true)
        .truncate(true)
        .open(path)
        .map_err(|e| Error::io("write", path, e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io("write", path, e))
}

/// Writes `bytes` to a new file, refusing to replace one that exists.
pub fn write_new_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = create_new_private(path).map_err(|e| Error::io("create", path, e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io("write", path, e))
}

/// Flushes a folder's entries (after a rename in it), so the new name survives
/// a power cut. Not every platform can open a folder; there it is skipped.
pub fn sync_dir(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        File::open(path)
            .and_then(|dir| dir.sync_all())
            .map_err(|e| Error::io("flush the folder", path, e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// A private scratch file with an unguessable name inside `dir` (never a shared
/// temp folder), removed with its -wal/-shm/-journal files when dropped, on
/// every path.
pub struct ScratchFile {
    path: PathBuf,
}

impl ScratchFile {
    /// Creates the empty file exclusively (0600) and returns it open.
    pub fn create(dir: &Path, prefix: &str, extension: &str) -> Result<(ScratchFile, File)> {
        for _ in 0..16 {
            let path = dir.join(format!(
                ".{prefix}-{:016x}.{extension}",
                rand::random::<u64>()
            ));
            match create_new_private(&path) {
                Ok(file) => return Ok((ScratchFile { path }, file)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(Error::io("create a scratch file in", dir, e)),
            }
        }
        Err(Error::io(
            "create a scratch file in",
            dir,
            std::io::Error::other("every name tried was taken"),
        ))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Gives the file up (after it was renamed into place): only the files
    /// SQLite and Raincheck made beside it go.
    pub fn keep(mut self) {
        self.remove(SIDE_FILES);
        self.path = PathBuf::new();
    }

    fn remove(&self, suffixes: &[&str]) {
        for suffix in suffixes {
            let mut name = self.path.as_os_str().to_owned();
            name.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(name));
        }
    }
}

/// What SQLite (journal, WAL, shared memory) and the log (its lock, an
/// encryption in progress) make beside a database file.
const SIDE_FILES: &[&str] = &["-wal", "-shm", "-journal", ".lock", ".encrypting"];

impl Drop for ScratchFile {
    fn drop(&mut self) {
        if self.path.as_os_str().is_empty() {
            return;
        }
        self.remove(&[""]);
        self.remove(SIDE_FILES);
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn folders_and_files_are_private_from_the_start() {
        let dir = tempfile::TempDir::new().unwrap();
        let folder = dir.path().join("a/b");
        create_private_dir(&folder).unwrap();
        assert_eq!(mode(&folder), 0o700);
        let file = folder.join("f");
        write_new_private(&file, b"x").unwrap();
        assert_eq!(mode(&file), 0o600);
        assert!(write_new_private(&file, b"y").is_err());
        write_private(&file, b"z").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"z");
    }

    #[test]
    fn scratch_files_are_private_unguessable_and_removed() {
        let dir = tempfile::TempDir::new().unwrap();
        let (one, _) = ScratchFile::create(dir.path(), "restore", "db").unwrap();
        let (two, _) = ScratchFile::create(dir.path(), "restore", "db").unwrap();
        assert_ne!(one.path(), two.path());
        assert_eq!(mode(one.path()), 0o600);
        let path = one.path().to_owned();
        drop(one);
        assert!(!path.exists());
        let kept = two.path().to_owned();
        two.keep();
        assert!(kept.exists());
    }
}
