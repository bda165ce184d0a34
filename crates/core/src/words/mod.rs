//! The words of the window in the user's language (docs/domain.md §9): one
//! Fluent catalogue per language in `crates/core/locales/<language>/`, written
//! natively in each. `core.ftl` holds what the core writes (labels, the
//! wizard, the interview's page); `page.ftl` what the page itself says, which
//! the window formats with Fluent's own JavaScript library.
//!
//! `check.ftl` holds what the message checker reports, `errors.ftl` what
//! the core says when it refuses something or cannot do it (see [`Said`]);
//! that one is parsed only when the first error is worded. `cli.ftl` holds
//! the command line's own words, parsed only by the command line.
//!
//! Only the language in use is parsed; English is parsed too only if a key is
//! missing from it (the catalogue tests keep that from happening).

mod choice;
mod said;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::language::Language;

pub use choice::{system_language, WindowLanguage};
pub use said::{Said, Value};

/// One language's catalogues, compiled in.
struct Sources {
    language: Language,
    core: &'static str,
    check: &'static str,
    page: &'static str,
    errors: &'static str,
    command_line: &'static str,
}

macro_rules! sources_of {
    ($($language:ident => $folder:literal),+ $(,)?) => {
        &[$(Sources {
            language: Language::$language,
            core: include_str!(concat!("../../locales/", $folder, "/core.ftl")),
            check: include_str!(concat!("../../locales/", $folder, "/check.ftl")),
            page: include_str!(concat!("../../locales/", $folder, "/page.ftl")),
            errors: include_str!(concat!("../../locales/", $folder, "/errors.ftl")),
            command_line: include_str!(concat!("../../locales/", $folder, "/cli.ftl")),
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

/// One language's `errors.ftl`.
pub fn error_source(language: Language) -> &'static str {
    sources_for(language).map_or("", |sources| sources.errors)
}

/// What the core says, in one language.
pub struct Words {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// `errors.ftl`, parsed when the first error is worded.
    errors: OnceLock<FluentBundle<FluentResource>>,
    /// `cli.ftl`, parsed when the command line first speaks.
    command_line: OnceLock<FluentBundle<FluentResource>>,
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

impl From<usize> for Arg<'_> {
    fn from(number: usize) -> Self {
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
        Words {
            language,
            bundle: bundle_of(language, &files),
            errors: OnceLock::new(),
            command_line: OnceLock::new(),
        }
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
        match format_in(&self.bundle, key, args) {
            Some(sentence) => sentence,
            None if self.language != Language::English => Words::english().with(key, args),
            // Never reached while the tests pass; the key tells a bug report where to look.
            None => key.to_owned(),
        }
    }

    /// An error's sentence (`errors.ftl`) with its values filled in.
    pub fn error_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.lazily(&self.errors, |sources| sources.errors, key, args)
            .unwrap_or_else(|| match self.language {
                Language::English => key.to_owned(),
                _ => Words::english().error_with(key, args),
            })
    }

    /// A sentence of the command line's own (`cli.ftl`).
    pub fn line(&self, key: &str) -> String {
        self.line_with(key, &[])
    }

    /// A sentence of the command line's own with its values filled in.
    pub fn line_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.lazily(
            &self.command_line,
            |sources| sources.command_line,
            key,
            args,
        )
        .unwrap_or_else(|| match self.language {
            Language::English => key.to_owned(),
            _ => Words::english().line_with(key, args),
        })
    }

    /// A sentence from a file parsed on first use.
    fn lazily(
        &self,
        bundle: &OnceLock<FluentBundle<FluentResource>>,
        file: fn(&Sources) -> &'static str,
        key: &str,
        args: &[(&str, Arg)],
    ) -> Option<String> {
        let bundle = bundle.get_or_init(|| {
            let source = sources_for(self.language).map_or("", file);
            bundle_of(self.language, &[source])
        });
        format_in(bundle, key, args)
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

fn bundle_of(language: Language, sources: &[&'static str]) -> FluentBundle<FluentResource> {
    let locale: LanguageIdentifier = language
        .as_str()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Bidi isolation marks would end up inside copied messages and file names.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(read, _)| read);
        // A key given twice keeps its last wording; the tests catch it.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// The sentence under `key` in one bundle, or None when it has no such key.
fn format_in(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: &[(&str, Arg)],
) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}
