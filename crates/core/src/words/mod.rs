//! The words of the window in the user's language (docs/domain.md §9): one
//! Fluent catalogue per language in `crates/core/locales/<language>/`, written
//! natively in each. `core.ftl` holds what the core writes (labels, the
//! wizard, the interview's page); `page.ftl` what the page itself says, which
//! the window formats with Fluent's own JavaScript library.
//!
//! `check.ftl` holds what the message checker reports.
//!
//! Only the language in use is parsed; English is parsed too only if a key is
//! missing from it (the catalogue tests keep that from happening).

mod choice;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::language::Language;

pub use choice::{system_language, WindowLanguage};

/// One language's catalogues, compiled in.
struct Sources {
    language: Language,
    core: &'static str,
    check: &'static str,
    page: &'static str,
}

macro_rules! sources_of {
    ($($language:ident => $folder:literal),+ $(,)?) => {
        &[$(Sources {
            language: Language::$language,
            core: include_str!(concat!("../../locales/", $folder, "/core.ftl")),
            check: include_str!(concat!("../../locales/", $folder, "/check.ftl")),
            page: include_str!(concat!("../../locales/", $folder, "/page.ftl")),
        }),+]
    };
}

const SOURCES: &[Sources] = sources_of! {
    English => "en",
    German => "de",
    French => "fr",
    Spanish => "es",
};

fn sources_for(language: Language) -> Option<&'static Sources> {
    SOURCES.iter().find(|sources| sources.language == language)
}

/// The Fluent sources of one language: (core.ftl, page.ftl).
pub fn sources(language: Language) -> (&'static str, &'static str) {
    sources_for(language).map_or(("", ""), |sources| (sources.core, sources.page))
}

/// What the core says, in one language.
pub struct Words {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

/// A value put into a sentence.
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Arg::Number(number as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(number: f64) -> Self {
        Arg::Number(number)
    }
}

impl Words {
    /// Parses one language's `core.ftl` and `check.ftl`. A line Fluent cannot
    /// read is left out (its key then falls back to English); the catalogue
    /// tests fail on it.
    pub fn new(language: Language) -> Words {
        let files = sources_for(language).map_or(["", ""], |sources| [sources.core, sources.check]);
        let locale: LanguageIdentifier = language
            .as_str()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Bidi isolation marks would end up inside copied messages and file names.
        bundle.set_use_isolating(false);
        for source in files {
            let resource =
                FluentResource::try_new(source.to_owned()).unwrap_or_else(|(read, _)| read);
            // A key given twice keeps its last wording; the tests catch it.
            bundle.add_resource_overriding(resource);
        }
        Words { language, bundle }
    }

    /// The English words, parsed once.
    pub fn english() -> &'static Words {
        static ENGLISH: OnceLock<Words> = OnceLock::new();
        ENGLISH.get_or_init(|| Words::new(Language::English))
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether there are words for `key` (some sentences are optional: a
    /// question without a hint). English decides; the tests keep the others level.
    pub fn has(&self, key: &str) -> bool {
        let here = self
            .bundle
            .get_message(key)
            .is_some_and(|message| message.value().is_some());
        here || (self.language != Language::English && Words::english().has(key))
    }

    /// The sentence under `key`.
    pub fn get(&self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The sentence under `key` with its values filled in; plural forms
    /// follow the language ("1 Tag", "3 Tage").
    pub fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
                Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
            }
        }
        let pattern = self
            .bundle
            .get_message(key)
            .and_then(|message| message.value());
        match pattern {
            Some(pattern) => {
                let mut errors = Vec::new();
                self.bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned()
            }
            None if self.language != Language::English => Words::english().with(key, args),
            // Never reached while the tests pass; the key tells a bug report where to look.
            None => key.to_owned(),
        }
    }

    /// The locale chrono writes day and month names in.
    pub fn date_locale(&self) -> chrono::Locale {
        match self.language {
            Language::English => chrono::Locale::en_GB,
            Language::German => chrono::Locale::de_DE,
            Language::French => chrono::Locale::fr_FR,
            Language::Spanish => chrono::Locale::es_ES,
        }
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}
