//! The languages Raincheck reads and writes: a message goes out in the
//! employer's language (docs/domain.md §9).

use crate::named_values::named_values;

named_values! {
    /// A language a message can be written and checked in.
    pub enum Language ("a language Raincheck reads") {
        English = "en",
        German = "de",
        French = "fr",
        Spanish = "es",
    }
}

impl Language {
    /// The language's name in English, for notes the user reads.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "German",
            Language::French => "French",
            Language::Spanish => "Spanish",
        }
    }

    fn from_detected(lang: whatlang::Lang) -> Option<Language> {
        match lang {
            whatlang::Lang::Eng => Some(Language::English),
            whatlang::Lang::Deu => Some(Language::German),
            whatlang::Lang::Fra => Some(Language::French),
            whatlang::Lang::Spa => Some(Language::Spanish),
            _ => None,
        }
    }
}

/// What a text is written in, as far as it can be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    /// One of ours.
    Read(Language),
    /// Clearly another language (its English name), which Raincheck does not read.
    Other(&'static str),
}

/// The longest stretch of text looked at: a message's opening tells its language.
const SAMPLE_CHARS: usize = 2000;

/// Tells which language a message is in. `common_words` gives, for each of
/// ours, its most frequent small words: where the trigram statistics are
/// unsure, whichever of ours uses the most of them wins.
pub fn detect(text: &str, common_words: impl Fn(Language) -> &'static [String]) -> Detected {
    let sample: String = text.chars().take(SAMPLE_CHARS).collect();
    let words: Vec<String> = sample
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let by_common_words = Language::ALL
        .iter()
        .map(|&language| {
            let list = common_words(language);
            let hits = words.iter().filter(|w| list.contains(w)).count();
            (hits, language)
        })
        .max_by_key(|(hits, _)| *hits);
    let common_hits = |language: Language| {
        let list = common_words(language);
        words.iter().filter(|w| list.contains(w)).count()
    };
    let detected = whatlang::detect(&sample);
    match detected {
        Some(info) => match Language::from_detected(info.lang()) {
            Some(language) if info.is_reliable() => Detected::Read(language),
            // Unsure on a short text: the small words outvote the trigrams
            // when another of ours uses more of them.
            Some(language) => Detected::Read(match by_common_words {
                Some((hits, other)) if hits > common_hits(language) => other,
                _ => language,
            }),
            None if info.is_reliable() => Detected::Other(info.lang().eng_name()),
            // Unsure: the closest of ours, English when nothing points anywhere.
            None => Detected::Read(closest(by_common_words)),
        },
        // No letters to go on: read it as English, the strictest reading.
        None => Detected::Read(closest(by_common_words)),
    }
}

fn closest(by_common_words: Option<(usize, Language)>) -> Language {
    match by_common_words {
        Some((hits, language)) if hits > 0 => language,
        _ => Language::English,
    }
}

/// The language a message is drafted in: one of ours, with English in its
/// British or American form (spelling, the order of day and month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MessageLanguage {
    #[default]
    BritishEnglish,
    AmericanEnglish,
    German,
    French,
    Spanish,
}

impl MessageLanguage {
    pub const ALL: [MessageLanguage; 5] = [
        MessageLanguage::BritishEnglish,
        MessageLanguage::AmericanEnglish,
        MessageLanguage::German,
        MessageLanguage::French,
        MessageLanguage::Spanish,
    ];
    /// One of each set of templates (American English uses the British ones).
    pub const WRITTEN: [MessageLanguage; 4] = [
        MessageLanguage::BritishEnglish,
        MessageLanguage::German,
        MessageLanguage::French,
        MessageLanguage::Spanish,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MessageLanguage::BritishEnglish => "en-GB",
            MessageLanguage::AmericanEnglish => "en-US",
            MessageLanguage::German => "de",
            MessageLanguage::French => "fr",
            MessageLanguage::Spanish => "es",
        }
    }

    /// Its name in English, for messages the user reads.
    pub fn name(self) -> &'static str {
        match self {
            MessageLanguage::BritishEnglish => "British English",
            MessageLanguage::AmericanEnglish => "American English",
            other => other.checked_as().name(),
        }
    }

    /// The language the checker reads it in.
    pub fn checked_as(self) -> Language {
        match self {
            MessageLanguage::BritishEnglish | MessageLanguage::AmericanEnglish => Language::English,
            MessageLanguage::German => Language::German,
            MessageLanguage::French => Language::French,
            MessageLanguage::Spanish => Language::Spanish,
        }
    }

    /// The folder of its templates under `templates/` ("" for English).
    pub fn template_folder(self) -> &'static str {
        match self {
            MessageLanguage::BritishEnglish | MessageLanguage::AmericanEnglish => "",
            MessageLanguage::German => "de/",
            MessageLanguage::French => "fr/",
            MessageLanguage::Spanish => "es/",
        }
    }

    /// A guess from where the interviewer is: the language most employers in
    /// that zone write in, when it is one of ours (see `rules/phrases/zones.toml`).
    pub fn guess_from_zone(zone: &str) -> Option<MessageLanguage> {
        crate::message::phrases::language_of_zone(zone)
    }
}

impl std::fmt::Display for MessageLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for MessageLanguage {
    type Err = crate::error::Error;

    /// "en" is British English, as the templates are written.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim();
        if wanted.eq_ignore_ascii_case("en") {
            return Ok(MessageLanguage::BritishEnglish);
        }
        MessageLanguage::ALL
            .into_iter()
            .find(|language| language.as_str().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| {
                crate::error::Error::invalid(format!(
                    "\"{wanted}\" is not a language Raincheck writes: use one of en-GB, en-US, de, fr, es."
                ))
            })
    }
}

impl serde::Serialize for MessageLanguage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageLanguage {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}
