//! Where the log's encryption key is kept: the OS keyring (the Secret Service
//! on Linux, never the kernel's keyutils, which forgets on reboot).

use std::fmt;
use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The keyring entry holding the key: service `raincheck`, entry `log-key`.
pub const KEYRING_SERVICE: &str = "raincheck";
pub const KEYRING_ENTRY: &str = "log-key";

/// A random 256-bit key for SQLCipher.
#[derive(Clone, PartialEq, Eq)]
pub struct LogKey([u8; 32]);

impl LogKey {
    pub fn generate() -> Self {
        LogKey(rand::random())
    }

    pub fn from_hex(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() != 64 || !text.is_ascii() {
            return None;
        }
        let mut bytes = [0u8; 32];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(LogKey(bytes))
    }

    pub fn to_hex(&self) -> String {
        self.0.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

impl fmt::Debug for LogKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LogKey(..)") // never print a key
    }
}

/// Why no key could be had: the keyring did not answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyringUnavailable(pub String);

/// A place that keeps the log's key.
pub trait KeyVault {
    /// The stored key, `None` when there is none yet.
    fn load(&self) -> Result<Option<LogKey>, KeyringUnavailable>;
    /// Stores a new key.
    fn store(&self, key: &LogKey) -> Result<(), KeyringUnavailable>;
}

/// The OS keyring, through the keyring crate's platform store.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemKeyring;

impl SystemKeyring {
    fn entry(&self) -> Result<keyring::Entry, KeyringUnavailable> {
        keyring::Entry::new(KEYRING_SERVICE, KEYRING_ENTRY).map_err(unavailable)
    }
}

fn unavailable(error: keyring::Error) -> KeyringUnavailable {
    // "No default store" only says the store failed to start; the cause is kept aside.
    if let (keyring::Error::NoDefaultStore, Err(cause)) = (&error, keyring::Entry::store_status()) {
        return KeyringUnavailable(format!("no Secret Service could be reached: {cause}"));
    }
    KeyringUnavailable(error.to_string())
}

impl KeyVault for SystemKeyring {
    fn load(&self) -> Result<Option<LogKey>, KeyringUnavailable> {
        match self.entry()?.get_password() {
            Ok(text) => LogKey::from_hex(&text).map(Some).ok_or_else(|| {
                KeyringUnavailable(format!(
                    "the keyring entry '{KEYRING_SERVICE} / {KEYRING_ENTRY}' does not hold a Raincheck key"
                ))
            }),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(unavailable(error)),
        }
    }

    fn store(&self, key: &LogKey) -> Result<(), KeyringUnavailable> {
        self.entry()?
            .set_password(&key.to_hex())
            .map_err(unavailable)
    }
}

/// A vault with one key fixed in advance: for benchmarks and tests that are
/// not about the keyring (the keyring itself is tested for real, end to end).
#[derive(Debug, Clone)]
pub struct FixedKey(pub Option<LogKey>);

impl KeyVault for FixedKey {
    fn load(&self) -> Result<Option<LogKey>, KeyringUnavailable> {
        Ok(self.0.clone())
    }

    fn store(&self, _key: &LogKey) -> Result<(), KeyringUnavailable> {
        Err(KeyringUnavailable("this vault keeps a fixed key".into()))
    }
}

/// A vault that never answers, as on a machine with no keyring.
#[derive(Debug, Clone)]
pub struct NoKeyring(pub String);

impl KeyVault for NoKeyring {
    fn load(&self) -> Result<Option<LogKey>, KeyringUnavailable> {
        Err(KeyringUnavailable(self.0.clone()))
    }

    fn store(&self, _key: &LogKey) -> Result<(), KeyringUnavailable> {
        Err(KeyringUnavailable(self.0.clone()))
    }
}

/// Loads the key, or makes and stores one if there is none. Two processes on
/// their first run (the window and the command line) must not each store a key
/// of their own, so the check and the store happen under a file lock. The lock
/// file lives in the user's private runtime folder (one key per user, whatever
/// the data folder), else in the data folder `fallback_dir`, never in a shared
/// temp folder where another user could plant or hold it. It is left in place:
/// removing a lock file another process may be about to lock would split it in two.
pub fn load_or_create(
    vault: &dyn KeyVault,
    fallback_dir: &Path,
) -> Result<Result<LogKey, KeyringUnavailable>> {
    let dir = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute() && dir.is_dir())
        .unwrap_or_else(|| fallback_dir.to_owned());
    let lock_path = dir.join("raincheck-log-key.lock");
    let lock = open_lock_file(&lock_path)?;
    lock.lock().map_err(|e| Error::io("lock", &lock_path, e))?;
    let key = match vault.load() {
        Ok(Some(key)) => Ok(key),
        Ok(None) => {
            let key = LogKey::generate();
            vault.store(&key).map(|()| key)
        }
        Err(why) => Err(why),
    };
    drop(lock);
    Ok(key)
}

/// Opens (creating if needed, 0600) a file used only for its lock.
pub(crate) fn open_lock_file(path: &Path) -> Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .map_err(|e| Error::io("create the lock file", path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_hex_and_are_random() {
        let key = LogKey::generate();
        assert_eq!(LogKey::from_hex(&key.to_hex()), Some(key.clone()));
        assert_ne!(LogKey::generate(), key);
        assert_eq!(LogKey::from_hex("zz"), None);
        assert_eq!(format!("{key:?}"), "LogKey(..)");
    }
}
