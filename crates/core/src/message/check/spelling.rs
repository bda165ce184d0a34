//! Spelling, offline, from the Hunspell dictionaries the system has (Debian's
//! `hunspell-*` packages put them in /usr/share/hunspell). Each language's
//! dictionaries are read the first time a message in it is checked, never at
//! start-up.

use std::path::PathBuf;
use std::sync::OnceLock;

use spellbook::Dictionary;

use crate::language::Language;

/// Where dictionaries are looked for: `RAINCHECK_DICTIONARIES` (folders
/// separated like PATH) first, then a `dictionaries` folder beside the
/// program (how a Windows or macOS install ships them), then the system's.
fn folders() -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::env::var_os("RAINCHECK_DICTIONARIES")
        .map(|value| std::env::split_paths(&value).collect())
        .unwrap_or_default();
    if let Some(beside) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("dictionaries")))
    {
        folders.push(beside);
    }
    folders.extend(
        [
            "/usr/share/hunspell",
            "/usr/share/myspell/dicts",
            "/usr/share/myspell",
        ]
        .into_iter()
        .map(PathBuf::from),
    );
    folders
}

/// The first folder's copy of a dictionary, unless it is one already read
/// under another name (Debian links fr_FR to fr, es_MX to es_ES).
fn load(name: &str, loaded: &mut Vec<PathBuf>) -> Option<Dictionary> {
    folders().into_iter().find_map(|folder| {
        let dic_path = folder.join(format!("{name}.dic"));
        let real = std::fs::canonicalize(&dic_path).ok()?;
        if loaded.contains(&real) {
            return None;
        }
        let aff = std::fs::read_to_string(folder.join(format!("{name}.aff"))).ok()?;
        let dic = std::fs::read_to_string(&dic_path).ok()?;
        let dictionary = Dictionary::new(&aff, &dic).ok()?;
        loaded.push(real);
        Some(dictionary)
    })
}

/// One language's dictionaries (British and American English both count).
pub(super) struct Speller {
    dictionaries: Vec<Dictionary>,
}

impl Speller {
    pub fn knows(&self, word: &str) -> bool {
        self.dictionaries.iter().any(|d| d.check(word))
    }

    /// Up to three likely words, from the first dictionary that has any.
    pub fn suggestions(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        for dictionary in &self.dictionaries {
            dictionary.suggest(word, &mut out);
            if !out.is_empty() {
                break;
            }
        }
        out.truncate(3);
        out
    }
}

static SPELLERS: [OnceLock<Option<Speller>>; 4] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

/// The speller for a language, or None when the system has none of its
/// dictionaries (the report then says spelling was not checked).
pub(super) fn speller(language: Language, names: &[String]) -> Option<&'static Speller> {
    let slot = match language {
        Language::English => &SPELLERS[0],
        Language::German => &SPELLERS[1],
        Language::French => &SPELLERS[2],
        Language::Spanish => &SPELLERS[3],
    };
    slot.get_or_init(|| {
        let mut loaded = Vec::new();
        let dictionaries: Vec<Dictionary> =
            names.iter().filter_map(|n| load(n, &mut loaded)).collect();
        (!dictionaries.is_empty()).then_some(Speller { dictionaries })
    })
    .as_ref()
}

/// What to install for a language's dictionaries, for the note.
pub(super) fn package_hint(language: Language) -> &'static str {
    match language {
        Language::English => "hunspell-en-us",
        Language::German => "hunspell-de-de",
        Language::French => "hunspell-fr",
        Language::Spanish => "hunspell-es",
    }
}
