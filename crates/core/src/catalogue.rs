//! The words the window and the command line show for the core's named values
//! (decisions, urgency, channels, message kinds, checklist items...), in one
//! place. The words themselves are the catalogues' (`crates/core/locales/`);
//! the window asks for all of them once (`Catalogue::new`) and renders; it
//! keeps no table of its own.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::decision::{Action, Decision, Scenario};
use crate::insights::Outcome;
use crate::language::{Language, MessageLanguage};
use crate::log::{ContactChannel, PrepItem, Theme, SIZES};
use crate::message::{Channel, MessageKind, CHECKLIST, MOMENT_ITEMS};
use crate::reminders::ReminderKind;
use crate::urgency::Urgency;
use crate::words::Words;

/// Gives each named value its words from the catalogue: `decision-withdraw`,
/// `kind-withdraw_accepted_offer`...
macro_rules! labelled {
    ($($type:ty => $prefix:literal),+ $(,)?) => {$(
        impl $type {
            pub fn label(self, words: &Words) -> String {
                words.get(&format!(concat!($prefix, "-{}"), self.as_str()))
            }
        }
    )+};
}

labelled! {
    Decision => "decision",
    ContactChannel => "contact",
    Channel => "channel",
    MessageKind => "kind",
    Action => "action",
    PrepItem => "prep",
    ReminderKind => "reminder",
    Theme => "theme",
    Scenario => "scenario",
    Outcome => "outcome",
}

impl Urgency {
    /// What the colour of a row means, in words beside it ("" when nothing needs doing).
    pub fn label(self, words: &Words) -> String {
        self.words_for("urgency", words)
    }

    /// The "Next up" card's advice for an interview this pressing ("" when
    /// it is not up next).
    pub fn hint(self, words: &Words) -> String {
        match self {
            Urgency::CallNow | Urgency::ActSoon => self.words_for("urgency-hint", words),
            Urgency::Settled | Urgency::Past => String::new(),
        }
    }

    fn words_for(self, prefix: &str, words: &Words) -> String {
        match self {
            Urgency::Settled => String::new(),
            Urgency::CallNow => words.get(&format!("{prefix}-call_now")),
            Urgency::ActSoon => words.get(&format!("{prefix}-act_soon")),
            Urgency::Past => words.get(&format!("{prefix}-past")),
        }
    }
}

impl Channel {
    /// "by phone": how the advice says the message goes.
    pub fn by(self, words: &Words) -> String {
        // A voicemail is part of the call.
        let channel = if self == Channel::Voicemail {
            Channel::Phone
        } else {
            self
        };
        words.get(&format!("channel-by-{}", channel.as_str()))
    }
}

impl MessageLanguage {
    /// The language as its speakers name it, for the pickers: "Deutsch".
    pub fn own_name(self) -> &'static str {
        match self {
            MessageLanguage::BritishEnglish => "English (UK)",
            MessageLanguage::AmericanEnglish => "English (US)",
            MessageLanguage::German => "Deutsch",
            MessageLanguage::French => "Français",
            MessageLanguage::Spanish => "Español",
        }
    }
}

impl Language {
    /// The language as its speakers name it, for the window's language picker.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
        }
    }
}

/// The checklist a message is held against, item by item (the ids of
/// `message::check`'s report).
pub fn check_item_label(id: &str, words: &Words) -> Option<String> {
    let known = CHECKLIST
        .iter()
        .chain(MOMENT_ITEMS.iter())
        .any(|&item| item == id);
    known.then(|| words.get(&format!("check-{id}")))
}

/// What an interview's history calls each field it records a change of.
pub fn history_field_label(field: &str, words: &Words) -> Option<String> {
    HISTORY_FIELDS
        .contains(&field)
        .then(|| words.get(&format!("history-{field}")))
}

/// A choice of a picker: its value and what it says.
#[derive(Debug, Clone, Serialize)]
pub struct Choice<T: Serialize> {
    pub id: T,
    pub label: String,
}

/// A message kind as the Draft view offers it: its name, the channels it is
/// written for, and the extra details it asks for.
#[derive(Debug, Serialize)]
pub struct KindEntry {
    pub id: MessageKind,
    pub label: String,
    pub channels: &'static [Channel],
    pub inputs: &'static [&'static str],
}

#[derive(Debug, Serialize)]
pub struct LanguageEntry {
    pub id: MessageLanguage,
    pub label: &'static str,
}

/// Everything the window labels, asked for once when it starts.
#[derive(Debug, Serialize)]
pub struct Catalogue {
    pub decisions: BTreeMap<Decision, String>,
    pub urgency: BTreeMap<Urgency, String>,
    pub urgency_hints: BTreeMap<Urgency, String>,
    pub contact_channels: BTreeMap<ContactChannel, String>,
    pub channels: BTreeMap<Channel, String>,
    /// In the order the Draft view lists them.
    pub kinds: Vec<KindEntry>,
    pub check_items: BTreeMap<&'static str, String>,
    pub prep_items: BTreeMap<PrepItem, String>,
    pub history_fields: BTreeMap<&'static str, String>,
    /// The languages a message can be written in.
    pub languages: Vec<LanguageEntry>,
    /// The languages the window can speak, "system" first.
    pub window_languages: Vec<Choice<&'static str>>,
    /// The reminders Settings can switch off, in the order they come.
    pub reminder_kinds: Vec<Choice<ReminderKind>>,
    /// What became of interviews, as Insights counts them.
    pub outcomes: Vec<Choice<Outcome>>,
    pub themes: Vec<Choice<Theme>>,
    /// The window's sizes (zoom), smallest first.
    pub sizes: Vec<Choice<f64>>,
}

fn all<T: Ord + Copy>(values: &[T], label: impl Fn(T) -> String) -> BTreeMap<T, String> {
    values.iter().map(|&value| (value, label(value))).collect()
}

fn choices<T: Serialize + Copy>(values: &[T], label: impl Fn(T) -> String) -> Vec<Choice<T>> {
    values
        .iter()
        .map(|&id| Choice {
            id,
            label: label(id),
        })
        .collect()
}

impl Catalogue {
    pub fn new(words: &Words) -> Catalogue {
        Catalogue {
            decisions: all(Decision::ALL, |value| value.label(words)),
            urgency: all(Urgency::ALL, |value| value.label(words)),
            urgency_hints: all(Urgency::ALL, |value| value.hint(words)),
            contact_channels: all(ContactChannel::ALL, |value| value.label(words)),
            channels: all(Channel::ALL, |value| value.label(words)),
            kinds: MessageKind::ALL
                .iter()
                .map(|&kind| KindEntry {
                    id: kind,
                    label: kind.label(words),
                    channels: kind.channels(),
                    inputs: kind.extra_inputs(),
                })
                .collect(),
            check_items: CHECKLIST
                .iter()
                .chain(MOMENT_ITEMS.iter())
                .filter_map(|&id| Some((id, check_item_label(id, words)?)))
                .collect(),
            prep_items: all(PrepItem::ALL, |value| value.label(words)),
            history_fields: HISTORY_FIELDS
                .iter()
                .filter_map(|&field| Some((field, history_field_label(field, words)?)))
                .collect(),
            languages: MessageLanguage::ALL
                .iter()
                .map(|&language| LanguageEntry {
                    id: language,
                    label: language.own_name(),
                })
                .collect(),
            window_languages: std::iter::once(Choice {
                id: "system",
                label: words.get("window-language-system"),
            })
            .chain(Language::ALL.iter().map(|&language| Choice {
                id: language.as_str(),
                label: language.own_name().to_owned(),
            }))
            .collect(),
            reminder_kinds: choices(ReminderKind::ALL, |kind| kind.label(words)),
            outcomes: choices(Outcome::ALL, |outcome| outcome.label(words)),
            themes: choices(Theme::ALL, |theme| theme.label(words)),
            sizes: choices(&SIZES, |size| format!("{:.0} %", size * 100.0)),
        }
    }
}

const HISTORY_FIELDS: &[&str] = &[
    "created",
    "company",
    "position",
    "interviewer_name",
    "interviewer_email",
    "interviewer_phone",
    "contact_channel",
    "starts_at",
    "tz",
    "duration_minutes",
    "location",
    "stage",
    "notes",
    "decision",
    "decision_reason",
    "scenario",
    "pause_until",
    "message_sent",
    "prep_time_zone",
    "prep_technology",
    "prep_talking_points",
    "prep_job_description",
    "talking_points",
    "job_description",
    "message_language",
    "no_answer_at",
    "new_time_proposed",
];
