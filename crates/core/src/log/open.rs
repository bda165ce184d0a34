//! Opening the log file: look before touching, then pick the key.
//!
//! A file that is not a Raincheck log, or is damaged, is never written to. A
//! plain log (made while no keyring answered) is encrypted in place as soon as a
//! keyring answers. A key that does not open the file is an error, never a
//! reason to start a new file.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::key_vault::{self, KeyVault, LogKey};
use super::lock::{self, LogLock, Mode};
use super::schema::{self, APPLICATION_ID, LATEST_VERSION};
use crate::error::{Error, Result};
use crate::files;
use crate::words::Said;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
const PAGE_SIZE: u64 = 4096;

/// Whether the log is encrypted at rest, and why not when it is not.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Encryption {
    pub on: bool,
    /// `why` in English; [`super::Log::status_in`] words it in another language.
    pub detail: String,
    #[serde(skip)]
    pub why: Said,
}

impl Encryption {
    fn new(on: bool, why: Said) -> Encryption {
        Encryption {
            on,
            detail: why.to_string(),
            why,
        }
    }
}

/// What is at the log's path before anything is opened.
enum FileState {
    Missing,
    PlainSqlite,
    /// Not a plain SQLite file: an encrypted log, or something else.
    Opaque {
        size: u64,
    },
}

fn inspect(path: &Path) -> Result<FileState> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::Missing),
        Err(e) => return Err(Error::io("open", path, e)),
    };
    let size = file
        .metadata()
        .map_err(|e| Error::io("read", path, e))?
        .len();
    if size == 0 {
        return Ok(FileState::Missing);
    }
    let mut header = [0u8; 16];
    let read = file
        .read(&mut header)
        .map_err(|e| Error::io("read", path, e))?;
    if read == 16 && &header == SQLITE_HEADER {
        Ok(FileState::PlainSqlite)
    } else {
        Ok(FileState::Opaque { size })
    }
}

/// SQLCipher sets up its crypto provider on first keyed use; threads of one
/// process opening logs at that moment sometimes got its generic "PRAGMA key"
/// error. One keyed in-memory database, once, before any log, settles it.
fn warm_up_sqlcipher() {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| {
        if let Ok(connection) = Connection::open_in_memory() {
            let _ = apply_key(&connection, Some(&LogKey::generate()));
            let _ = connection.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
                row.get::<_, i64>(0)
            });
        }
    });
}

/// An opened log: its connection, key, and the lock it holds.
pub(crate) struct Opened {
    pub connection: Connection,
    pub encryption: Encryption,
    pub key: Option<LogKey>,
    /// Held (shared) for as long as the log is open; none on a read-only folder.
    pub lock: Option<LogLock>,
    /// Why nothing can be saved, when the folder or file is read-only.
    pub read_only: Option<Said>,
}

/// What an open must do, found by looking at the file.
struct Plan {
    state: FileState,
    /// The log's format version, when the file has one.
    version: Option<i64>,
    /// The key to use, or why no keyring answered (new and plain logs).
    key: Option<std::result::Result<LogKey, key_vault::KeyringUnavailable>>,
}

impl Plan {
    /// Work that replaces or rewrites the file under other readers.
    fn needs_exclusive(&self) -> bool {
        match self.state {
            FileState::Missing => true,
            FileState::PlainSqlite => {
                matches!(self.key, Some(Ok(_))) || self.version.unwrap_or(0) < LATEST_VERSION
            }
            FileState::Opaque { .. } => self.version.unwrap_or(0) < LATEST_VERSION,
        }
    }

    /// Only the encryption of a plain log wants the exclusive lock: it can wait
    /// for a time when no other Raincheck has the log open.
    fn only_wants_encryption(&self) -> bool {
        matches!(self.state, FileState::PlainSqlite) && self.version.unwrap_or(0) >= LATEST_VERSION
    }
}

fn plan(path: &Path, vault: &dyn KeyVault, read_only: bool) -> Result<Plan> {
    let state = inspect(path)?;
    match state {
        FileState::Missing => {
            if read_only {
                return Err(Error::ReadOnly(
                    Said::key("error-read-only-no-log")
                        .with("folder", folder_of(path).display().to_string()),
                ));
            }
            let key = key_vault::load_or_create(vault, folder_of(path))?;
            Ok(Plan {
                state,
                version: None,
                key: Some(key),
            })
        }
        FileState::PlainSqlite => {
            let version = check_is_raincheck_log(path, None)?;
            let key = if read_only {
                Err(key_vault::KeyringUnavailable(
                    "the log's folder is read-only, so it cannot be encrypted now".into(),
                ))
            } else {
                key_vault::load_or_create(vault, folder_of(path))?
            };
            Ok(Plan {
                state,
                version: Some(version),
                key: Some(key),
            })
        }
        FileState::Opaque { size } => {
            // An encrypted log is whole pages of noise; anything else is not ours.
            if size % PAGE_SIZE != 0 {
                return Err(Error::NotALog {
                    path: path.into(),
                    detail: "it is neither a plain nor an encrypted SQLite database".into(),
                });
            }
            let key = match vault.load() {
                Ok(Some(key)) => key,
                Ok(None) => return Err(Error::WrongKey { path: path.into() }),
                Err(why) => {
                    return Err(Error::Keyring(
                        Said::key("error-keyring-locked")
                            .with("detail", why.0)
                            .with("path", path.display().to_string()),
                    ))
                }
            };
            let version = match check_is_raincheck_log(path, Some(&key)) {
                Err(Error::NotALog { detail, .. }) if detail == NOT_A_DATABASE => {
                    return Err(Error::WrongKey { path: path.into() })
                }
                other => other?,
            };
            Ok(Plan {
                state,
                version: Some(version),
                key: Some(Ok(key)),
            })
        }
    }
}

/// Opens (or creates) the log at `path` and brings its schema up to date,
/// holding the log's lock (see `lock.rs`): shared while open, exclusive while
/// the file is created, encrypted in place or migrated.
pub(crate) fn open_log(path: &Path, vault: &dyn KeyVault) -> Result<Opened> {
    warm_up_sqlcipher();
    let folder = folder_of(path);
    if !folder.exists() {
        files::create_private_dir(folder)
            .map_err(|e| Error::io("create the data folder", folder, e))?;
    }
    let lock_file = lock::lock_path(path);
    let lock_was_there = lock_file.exists();
    let lock = match LogLock::take_waiting(path, Mode::Shared) {
        Ok(lock) => lock,
        Err(Error::Io { source, .. }) if cannot_write(&source) => {
            return open_read_only(path, vault)
        }
        Err(other) => return Err(other),
    };
    if !writable(path) {
        drop(lock);
        return open_read_only(path, vault);
    }
    let opened = open_locked(path, vault, lock);
    // A file that is not a log gets nothing new beside it: the lock file this
    // open made goes again (no other Raincheck uses a log that does not open).
    // Only when the file itself is refused: after "busy", another Raincheck
    // holds that lock file, and removing it would let a third one lock another.
    if matches!(opened, Err(Error::NotALog { .. })) && !lock_was_there {
        let _ = fs::remove_file(&lock_file);
    }
    opened
}

fn open_locked(path: &Path, vault: &dyn KeyVault, lock: LogLock) -> Result<Opened> {
    let mut exclusive = false;
    let mut plan = plan(path, vault, false)?;
    let mut encrypt_later = None;
    while plan.needs_exclusive() && !exclusive && encrypt_later.is_none() {
        // Encryption alone does not make the user wait: another Raincheck has
        // the log open, and the next open on its own encrypts it.
        let wait = if plan.only_wants_encryption() {
            Duration::ZERO
        } else {
            lock::WAIT
        };
        match lock.relock(Mode::Exclusive, wait) {
            Ok(()) => {
                exclusive = true;
                // The file may have changed while this one waited.
                plan = self::plan(path, vault, false)?;
            }
            Err(Error::Busy(_)) if plan.only_wants_encryption() => {
                // A failed upgrade of an OS file lock can drop the shared one.
                lock.relock(Mode::Shared, lock::WAIT)?;
                encrypt_later = Some("encryption-later");
            }
            Err(other) => return Err(other),
        }
    }
    let (connection, encryption, key) = match (plan.state, plan.key) {
        (FileState::Missing, Some(Ok(key))) => (connect(path, Some(&key))?, encrypted(), Some(key)),
        (FileState::PlainSqlite, Some(Ok(key))) if encrypt_later.is_none() => {
            encrypt_in_place(path, &key)?;
            (connect(path, Some(&key))?, encrypted(), Some(key))
        }
        (FileState::Opaque { .. }, Some(Ok(key))) => {
            (connect(path, Some(&key))?, encrypted(), Some(key))
        }
        (_, Some(Err(why))) => (connect(path, None)?, plain(&why.0), None),
        (_, _) => (
            connect(path, None)?,
            Encryption::new(
                false,
                Said::key(encrypt_later.unwrap_or("encryption-plain")),
            ),
            None,
        ),
    };
    let mut connection = connection;
    run_migrations(&mut connection)?;
    if exclusive {
        lock.relock(Mode::Shared, lock::WAIT)?;
    }
    Ok(Opened {
        connection,
        encryption,
        key,
        lock: Some(lock),
        read_only: None,
    })
}

/// Whether an I/O error means the folder or file cannot be written.
fn cannot_write(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Whether the log file (when there is one) and its folder (where SQLite makes
/// the -wal and -shm files) can be written.
fn writable(path: &Path) -> bool {
    let file = match fs::OpenOptions::new().write(true).open(path) {
        Ok(_) => true,
        Err(e) => !cannot_write(&e),
    };
    let folder = match files::ScratchFile::create(folder_of(path), "write-check", "tmp") {
        Ok(_) => true,
        Err(Error::Io { source, .. }) => !cannot_write(&source),
        Err(_) => true,
    };
    file && folder
}

/// Opens a log in a folder (or a file) that cannot be written: for reading only,
/// without switching its journal or updating its format, and says why nothing
/// can be saved.
fn open_read_only(path: &Path, vault: &dyn KeyVault) -> Result<Opened> {
    let plan = plan(path, vault, true)?;
    if plan.version.unwrap_or(0) < LATEST_VERSION {
        return Err(Error::ReadOnly(
            Said::key("error-read-only-update").with("path", path.display().to_string()),
        ));
    }
    let key = match plan.key {
        Some(Ok(key)) if !matches!(plan.state, FileState::PlainSqlite) => Some(key),
        _ => None,
    };
    // Without a -wal file SQLite would need to create one (and a -shm) to read a
    // WAL log; `immutable` reads the file as it is.
    let has_wal = sibling_raw(path, "-wal").exists();
    let uri = format!(
        "file:{}{}",
        uri_path(path),
        if has_wal { "?mode=ro" } else { "?immutable=1" }
    );
    let connection = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|e| storage(path, e))?;
    apply_key(&connection, key.as_ref()).map_err(|e| storage(path, e))?;
    connection
        .execute_batch(&format!("PRAGMA foreign_keys = ON; {CACHE_SIZE}"))
        .map_err(|e| storage(path, e))?;
    let encryption = if key.is_some() {
        encrypted()
    } else {
        Encryption::new(false, Said::key("encryption-read-only"))
    };
    Ok(Opened {
        connection,
        encryption,
        key,
        lock: None,
        read_only: Some(read_only_reason(path)),
    })
}

/// Why nothing can be saved, in the user's words.
pub(crate) fn read_only_reason(path: &Path) -> Said {
    Said::key("read-only-reason").with("folder", folder_of(path).display().to_string())
}

const NOT_A_DATABASE: &str = "not a database";

fn encrypted() -> Encryption {
    Encryption::new(true, Said::key("encryption-on"))
}

fn plain(why: &str) -> Encryption {
    Encryption::new(
        false,
        Said::key("encryption-no-keyring").with("detail", why),
    )
}

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Makes sure the log file exists and is the user's alone before SQLite opens
/// it: SQLite makes a new file with the umask's mode (often 0644), and gives
/// the -wal and -shm files the mode of the log file, so a 0600 log keeps them
/// 0600 too. A log left readable by an older Raincheck is tightened here.
fn prepare_private_file(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    if !folder.exists() {
        files::create_private_dir(folder)
            .map_err(|e| Error::io("create the data folder", folder, e))?;
    }
    match files::create_new_private(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(Error::io("create", path, e)),
    }
    #[cfg(unix)]
    for file in [
        path.to_owned(),
        sibling_raw(path, "-wal"),
        sibling_raw(path, "-shm"),
    ] {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(metadata) = fs::metadata(&file) {
            if metadata.permissions().mode() & 0o077 != 0 {
                let _ = fs::set_permissions(&file, fs::Permissions::from_mode(0o600));
            }
        }
    }
    Ok(())
}

/// A page cache of up to 8 MiB (SQLite's default is 2): a page not in the
/// cache is decrypted again on every read, and the due query, asked every
/// minute, reads one page per interview near now (about a thousand at 100 000
/// interviews). The cache grows only as pages are read, so a small log costs
/// no more memory.
const CACHE_SIZE: &str = "PRAGMA cache_size = -8192;";

/// Opens a connection with the key (if any) and the log's settings.
fn connect(path: &Path, key: Option<&LogKey>) -> Result<Connection> {
    prepare_private_file(path)?;
    let connection = Connection::open(path).map_err(|e| storage(path, e))?;
    apply_key(&connection, key).map_err(|e| storage(path, e))?;
    connection
        .busy_timeout(Duration::from_secs(5))
        .map_err(|e| storage(path, e))?;
    // WAL for readers beside a writer; FULL so a saved decision survives a power cut.
    connection
        .execute_batch(&format!(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             {CACHE_SIZE}"
        ))
        .map_err(|e| storage(path, e))?;
    Ok(connection)
}

/// Gives SQLCipher the raw key (no passphrase derivation: the key is random) and
/// keeps its own log lines off the user's terminal.
fn apply_key(connection: &Connection, key: Option<&LogKey>) -> rusqlite::Result<()> {
    connection.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    if let Some(key) = key {
        connection.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.to_hex()))?;
    }
    Ok(())
}

/// Opens the file read-only and checks it carries the log's mark, or is empty.
/// Returns the log's format version.
fn check_is_raincheck_log(path: &Path, key: Option<&LogKey>) -> Result<i64> {
    let not_a_log = |detail: String| Error::NotALog {
        path: path.into(),
        detail,
    };
    // `immutable` reads without creating -wal/-shm files beside a file that may
    // not be ours; a log with a WAL of its own needs a normal read to see it.
    let has_wal = sibling_raw(path, "-wal").exists();
    let uri = format!(
        "file:{}{}",
        uri_path(path),
        if has_wal { "" } else { "?immutable=1" }
    );
    let connection = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|e| not_a_log(e.to_string()))?;
    apply_key(&connection, key).map_err(|e| not_a_log(e.to_string()))?;
    let read = |sql: &str| connection.query_row(sql, [], |row| row.get::<_, i64>(0));
    let tables =
        read("SELECT count(*) FROM sqlite_master").map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => not_a_log(NOT_A_DATABASE.into()),
            _ => not_a_log(e.to_string()),
        })?;
    let application_id = read("PRAGMA application_id").map_err(|e| not_a_log(e.to_string()))?;
    if application_id != APPLICATION_ID && tables > 0 {
        return Err(not_a_log(
            "it is a SQLite database of another program".into(),
        ));
    }
    let version = read("PRAGMA user_version").map_err(|e| not_a_log(e.to_string()))?;
    if version > LATEST_VERSION {
        return Err(Error::NewerLog {
            path: path.into(),
            found: version,
            supported: LATEST_VERSION,
        });
    }
    let integrity: String = connection
        .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
        .map_err(|e| not_a_log(e.to_string()))?;
    if integrity != "ok" {
        return Err(not_a_log(format!("SQLite finds it damaged: {integrity}")));
    }
    Ok(version)
}

/// Writes an encrypted copy beside the plain log, then swaps it in with one
/// rename; until then the plain file is untouched. The copy goes on any failure.
fn encrypt_in_place(path: &Path, key: &LogKey) -> Result<()> {
    let encrypted_path = sibling(path, "encrypting");
    let _ = fs::remove_file(&encrypted_path);
    let written = write_encrypted_copy(path, &encrypted_path, key);
    if written.is_err() {
        let _ = fs::remove_file(&encrypted_path);
    }
    written?;
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(sibling_raw(path, suffix));
    }
    files::sync_dir(folder_of(path))
}

fn write_encrypted_copy(path: &Path, encrypted_path: &Path, key: &LogKey) -> Result<()> {
    // SQLCipher writes into the empty file it is given: made private first.
    drop(
        files::create_new_private(encrypted_path)
            .map_err(|e| Error::io("create", encrypted_path, e))?,
    );
    {
        let connection = Connection::open(path).map_err(|e| storage(path, e))?;
        apply_key(&connection, None).map_err(|e| storage(path, e))?;
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|e| storage(path, e))?;
        let target = encrypted_path.to_string_lossy().replace('\'', "''");
        connection
            .execute_batch(&format!(
                "ATTACH DATABASE '{target}' AS encrypted KEY \"x'{key}'\";
                 SELECT sqlcipher_export('encrypted');
                 PRAGMA encrypted.user_version = {version};
                 PRAGMA encrypted.application_id = {APPLICATION_ID};
                 DETACH DATABASE encrypted;",
                key = key.to_hex()
            ))
            .map_err(|e| storage(path, e))?;
        // Closing checkpoints the plain log's WAL into its main file.
        connection.close().map_err(|(_, e)| storage(path, e))?;
    }
    File::open(encrypted_path)
        .and_then(|file| file.sync_all())
        .map_err(|e| Error::io("flush", encrypted_path, e))?;
    fs::rename(encrypted_path, path).map_err(|e| Error::io("replace", path, e))
}

fn run_migrations(connection: &mut Connection) -> Result<()> {
    connection.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    schema::migrate(connection)
        .map_err(|e| Error::Storage(format!("updating the log's format failed: {e}")))
}

fn storage(path: &Path, error: rusqlite::Error) -> Error {
    Error::Storage(format!("{} ({error})", path.display()))
}

/// A path as the path part of an SQLite URI.
fn uri_path(path: &Path) -> String {
    path.to_string_lossy()
        .replace('%', "%25")
        .replace('?', "%3f")
        .replace('#', "%23")
}

fn sibling(path: &Path, extension: &str) -> PathBuf {
    path.with_extension(format!("db.{extension}"))
}

fn sibling_raw(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
