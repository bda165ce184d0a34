//! Which language the window speaks: the system's, unless the user chose one
//! in Settings. Kept in a small file beside the log rather than in it: the
//! window needs it before the log (and the keyring) can be opened.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::data_dir::DataDir;
use crate::error::{Error, Result};
use crate::language::Language;

const FILE_NAME: &str = "window-language";

/// The user's choice in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WindowLanguage {
    /// Whatever the desktop is set to (English when it is none of ours).
    #[default]
    System,
    Chosen(Language),
}

impl WindowLanguage {
    /// The language this choice speaks today.
    pub fn resolve(self) -> Language {
        match self {
            WindowLanguage::System => system_language(),
            WindowLanguage::Chosen(language) => language,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            WindowLanguage::System => "system",
            WindowLanguage::Chosen(language) => language.as_str(),
        }
    }

    /// The choice saved in `data_dir`; "system" when none was saved or the
    /// file says something else (it is ours alone, so that is not worth a warning).
    pub fn load(data_dir: &DataDir) -> WindowLanguage {
        std::fs::read_to_string(data_dir.path().join(FILE_NAME))
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or_default()
    }

    pub fn save(self, data_dir: &DataDir) -> Result<()> {
        data_dir.ensure_exists()?;
        crate::files::write_private(
            &data_dir.path().join(FILE_NAME),
            format!("{}\n", self.as_str()).as_bytes(),
        )
    }
}

impl FromStr for WindowLanguage {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        if text == "system" {
            return Ok(WindowLanguage::System);
        }
        text.parse().map(WindowLanguage::Chosen).map_err(|_| {
            Error::invalid(format!(
                "“{text}” is not a language of the window: choose system, {}.",
                Language::names()
            ))
            .for_field("language")
        })
    }
}

impl Serialize for WindowLanguage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WindowLanguage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The desktop's language, if it is one of ours ("de_DE.UTF-8" → German);
/// English otherwise. Where the environment names a locale (Linux), it is
/// read as gettext reads it; elsewhere the system is asked.
pub fn system_language() -> Language {
    language_of_environment(|name| std::env::var(name).ok()).unwrap_or_else(|| {
        sys_locale::get_locales()
            .find_map(|locale| language_of_locale(&locale))
            .unwrap_or(Language::English)
    })
}

/// The language the environment asks for, as gettext reads it: the first set
/// of `LC_ALL`, `LC_MESSAGES`, `LANG`; "C" or "POSIX" there means untranslated
/// (English) whatever else is set; otherwise `LANGUAGE`'s first language of
/// ours, then the locale's. None when no locale is named.
pub fn language_of_environment(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|value| !value.is_empty()))?;
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    if name == "C" || name == "POSIX" {
        return Some(Language::English);
    }
    let preferred = var("LANGUAGE").and_then(|list| list.split(':').find_map(language_of_locale));
    Some(
        preferred
            .or_else(|| language_of_locale(&locale))
            .unwrap_or(Language::English),
    )
}

/// "de-AT", "fr_CA.UTF-8", "es" → ours; "C", "POSIX", "ja-JP" → none.
pub fn language_of_locale(locale: &str) -> Option<Language> {
    let primary = locale
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    primary.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(language_of_locale("de_DE.UTF-8"), Some(Language::German));
        assert_eq!(language_of_locale("fr-CA"), Some(Language::French));
        assert_eq!(language_of_locale("es"), Some(Language::Spanish));
        assert_eq!(language_of_locale("en_GB.UTF-8"), Some(Language::English));
        assert_eq!(language_of_locale("C.UTF-8"), None);
        assert_eq!(language_of_locale("ja_JP"), None);
        assert_eq!(language_of_locale(""), None);
    }

    #[test]
    fn the_environment_is_read_as_gettext_reads_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            }
        };
        let german = Some(Language::German);
        assert_eq!(
            language_of_environment(env(&[("LANG", "de_DE.UTF-8")])),
            german
        );
        // C forces untranslated output, even with LANG or LANGUAGE set.
        assert_eq!(
            language_of_environment(env(&[
                ("LC_ALL", "C.UTF-8"),
                ("LANG", "de_DE.UTF-8"),
                ("LANGUAGE", "fr")
            ])),
            Some(Language::English)
        );
        assert_eq!(
            language_of_environment(env(&[("LC_ALL", "POSIX"), ("LANG", "es_ES.UTF-8")])),
            Some(Language::English)
        );
        // LC_ALL before LC_MESSAGES before LANG; an empty one does not count.
        assert_eq!(
            language_of_environment(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "fr_FR.UTF-8"),
                ("LANG", "de_DE.UTF-8")
            ])),
            Some(Language::French)
        );
        // LANGUAGE's first language of ours, for a translated locale.
        assert_eq!(
            language_of_environment(env(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "ja:es:de")])),
            Some(Language::Spanish)
        );
        assert_eq!(
            language_of_environment(env(&[("LANG", "ja_JP.UTF-8")])),
            Some(Language::English)
        );
        assert_eq!(language_of_environment(env(&[("LANGUAGE", "de")])), None);
    }

    #[test]
    fn a_choice_is_kept_and_a_strange_file_means_the_system() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = DataDir::at(dir.path()).unwrap();
        assert_eq!(WindowLanguage::load(&data_dir), WindowLanguage::System);
        WindowLanguage::Chosen(Language::German)
            .save(&data_dir)
            .unwrap();
        assert_eq!(
            WindowLanguage::load(&data_dir),
            WindowLanguage::Chosen(Language::German)
        );
        std::fs::write(dir.path().join(FILE_NAME), "klingon\n").unwrap();
        assert_eq!(WindowLanguage::load(&data_dir), WindowLanguage::System);
    }
}
