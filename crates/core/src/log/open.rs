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
use super::schema::{self, APPLICATION_ID, LATEST_VERSION};
use crate::error::{Error, Result};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
const PAGE_SIZE: u64 = 4096;

/// Whether the log is encrypted at rest, and why not when it is not.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Encryption {
    pub on: bool,
    pub detail: String,
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

/// Opens (or creates) the log at `path` and brings its schema up to date.
pub fn open_log(
    path: &Path,
    vault: &dyn KeyVault,
) -> Result<(Connection, Encryption, Option<LogKey>)> {
    warm_up_sqlcipher();
    let (connection, encryption, key) = match inspect(path)? {
        FileState::Missing => match key_vault::load_or_create(vault)? {
            Ok(key) => (connect(path, Some(&key))?, encrypted(), Some(key)),
            Err(why) => (connect(path, None)?, plain(&why.0), None),
        },
        FileState::PlainSqlite => {
            check_is_raincheck_log(path, None)?;
            match key_vault::load_or_create(vault)? {
                Ok(key) => {
                    encrypt_in_place(path, &key)?;
                    (connect(path, Some(&key))?, encrypted(), Some(key))
                }
                Err(why) => (connect(path, None)?, plain(&why.0), None),
            }
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
                    return Err(Error::Keyring(format!(
                        "{}. The log at {} is encrypted and its key is kept there: unlock or start your keyring (e.g. GNOME Keyring or KWallet), then open Raincheck again.",
                        why.0,
                        path.display()
                    )))
                }
            };
            match check_is_raincheck_log(path, Some(&key)) {
                Err(Error::NotALog { detail, .. }) if detail == NOT_A_DATABASE => {
                    return Err(Error::WrongKey { path: path.into() })
                }
                other => other?,
            }
            (connect(path, Some(&key))?, encrypted(), Some(key))
        }
    };
    let mut connection = connection;
    run_migrations(&mut connection)?;
    Ok((connection, encryption, key))
}

const NOT_A_DATABASE: &str = "not a database";

fn encrypted() -> Encryption {
    Encryption {
        on: true,
        detail: "Encrypted with SQLCipher; the key is in the system keyring (raincheck / log-key)."
            .into(),
    }
}

fn plain(why: &str) -> Encryption {
    Encryption {
        on: false,
        detail: format!(
            "Not encrypted: the system keyring did not answer ({why}). Raincheck keeps working and encrypts the log as soon as a keyring is available."
        ),
    }
}

/// Opens a connection with the key (if any) and the log's settings.
fn connect(path: &Path, key: Option<&LogKey>) -> Result<Connection> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io("create the data folder", parent, e))?;
    }
    let connection = Connection::open(path).map_err(|e| storage(path, e))?;
    apply_key(&connection, key).map_err(|e| storage(path, e))?;
    connection
        .busy_timeout(Duration::from_secs(5))
        .map_err(|e| storage(path, e))?;
    // WAL for readers beside a writer; FULL so a saved decision survives a power cut.
    connection
        .execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;",
        )
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
fn check_is_raincheck_log(path: &Path, key: Option<&LogKey>) -> Result<()> {
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
    Ok(())
}

/// Writes an encrypted copy beside the plain log, then swaps it in with one
/// rename; until then the plain file is untouched.
fn encrypt_in_place(path: &Path, key: &LogKey) -> Result<()> {
    let encrypted_path = sibling(path, "encrypting");
    let _ = fs::remove_file(&encrypted_path);
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
    File::open(&encrypted_path)
        .and_then(|file| file.sync_all())
        .map_err(|e| Error::io("flush", &encrypted_path, e))?;
    fs::rename(&encrypted_path, path).map_err(|e| Error::io("replace", path, e))?;
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(sibling_raw(path, suffix));
    }
    Ok(())
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
