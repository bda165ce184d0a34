//! The languages Raincheck reads and writes: a message goes out in the
//! employer's language (DOMAIN.md §9).

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
