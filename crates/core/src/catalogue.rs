//! The words the window and the command line show for the core's named values
//! (decisions, urgency, channels, message kinds, checklist items...), in one
//! place. The window asks for all of them once (`Catalogue::english`) and
//! renders; it keeps no table of its own.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::decision::{Action, Decision};
use crate::language::MessageLanguage;
use crate::log::{ContactChannel, PrepItem, Theme, SIZES};
use crate::message::{Channel, MessageKind, CHECKLIST, MOMENT_ITEMS};
use crate::reminders::ReminderKind;
use crate::urgency::Urgency;

impl Decision {
    /// "Attending": the decision as a state of the interview.
    pub fn label(self) -> &'static str {
        match self {
            Decision::Undecided => "Undecided",
            Decision::Attend => "Attending",
            Decision::Withdraw => "Withdrawing",
            Decision::Reschedule => "Rescheduling",
            Decision::Pause => "Paused",
        }
    }
}

impl Urgency {
    /// What the colour of a row means, in words beside it ("" when nothing needs doing).
    pub fn label(self) -> &'static str {
        match self {
            Urgency::CallNow => "Under 24 h: call them",
            Urgency::ActSoon => "Decide soon",
            Urgency::Settled => "",
            Urgency::Past => "Passed",
        }
    }
}

impl Urgency {
    /// The "Next up" card's advice for an interview this pressing.
    pub fn hint(self) -> &'static str {
        match self {
            Urgency::CallNow => "Less than a day to go and no decision told: if you won't go, call them now rather than e-mail.",
            Urgency::ActSoon => "Still undecided. Deciding early lets you tell them by e-mail, with time to spare.",
            Urgency::Settled | Urgency::Past => "",
        }
    }
}

impl ContactChannel {
    pub fn label(self) -> &'static str {
        match self {
            ContactChannel::Email => "E-mail",
            ContactChannel::Phone => "Phone",
            ContactChannel::Linkedin => "LinkedIn",
            ContactChannel::Platform => "Recruiting platform",
        }
    }
}

impl Channel {
    /// The channel as a form of message ("Phone script", not "Phone").
    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "E-mail",
            Channel::Phone => "Phone script",
            Channel::Voicemail => "Voicemail",
            Channel::Linkedin => "LinkedIn",
            Channel::Platform => "Recruiting platform",
            Channel::Sms => "Text message",
        }
    }

    /// "by phone": how the advice says the message goes.
    pub fn by(self) -> &'static str {
        match self {
            Channel::Phone | Channel::Voicemail => "by phone",
            Channel::Email => "by e-mail",
            Channel::Linkedin => "on LinkedIn",
            Channel::Platform => "on the recruiting platform",
            Channel::Sms => "by text message",
        }
    }
}

impl MessageKind {
    pub fn label(self) -> &'static str {
        use MessageKind::*;
        match self {
            Withdraw => "Withdraw",
            WithdrawAcceptedOffer => "Withdraw: accepted another offer",
            WithdrawNotAFit => "Withdraw: not the right fit",
            WithdrawRelocation => "Withdraw: relocating",
            Reschedule => "Ask to reschedule",
            RescheduleIllness => "Ask to reschedule: unwell",
            Pause => "Ask to pause the application",
            AskRemote => "Ask about remote work",
            NoShowApology => "Apologise for a missed interview",
            ClarifyAfterOvershare => "Short follow-up after a long message",
            ReplyToNegative => "Reply to a negative answer",
            ThankYouReply => "Thank them for replying",
            NewRoleNote => "Note after starting a new role",
            DeclineNextRound => "Withdraw before a later round",
            RunningLate => "Running late today",
            UnableToJoin => "Can't join today: ask for another time",
            ConfirmNewTime => "Confirm the new time they offered",
            FollowUpNoReply => "Follow up: no reply yet",
            ResumeAfterPause => "Resume after a pause",
            DeclineOffer => "Decline their offer",
            WithdrawAfterOffer => "Withdraw after an offer",
            WithdrawViaAgency => "Withdraw through an agency recruiter",
        }
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

impl Action {
    /// The advice's headline, before the channel.
    pub fn label(self) -> &'static str {
        match self {
            Action::Withdraw => "Withdraw from this interview",
            Action::Reschedule => "Ask to move the interview",
            Action::Pause => "Ask them to pause your application",
            Action::Attend => "Go to the interview",
            Action::Reflect => "Take a little time to decide",
            Action::Ask => "Ask about remote or hybrid work first",
            Action::Apologize => "Apologise for the missed interview",
        }
    }
}

impl PrepItem {
    pub fn label(self) -> &'static str {
        match self {
            PrepItem::TimeZone => "Time and zone confirmed with them",
            PrepItem::Technology => "Link, camera and sound tried",
            PrepItem::TalkingPoints => "Three talking points ready",
            PrepItem::JobDescription => "Job description read again",
        }
    }
}

/// The checklist a message is held against, item by item (the ids of
/// `message::check`'s report).
pub fn check_item_label(id: &str) -> Option<&'static str> {
    Some(match id {
        "interview_date" => "Date of the interview",
        "interview_time" => "Time of the interview",
        "time_zone" => "Time zone",
        "position" => "Position named",
        "brief_reason" => "Reason kept brief",
        "clear_action" => "Says what you are doing",
        "apology" => "Apology",
        "thanks" => "Thanks",
        "alternatives" => "New times offered",
        "signature" => "Signed with your name",
        "contact" => "Your contact details",
        "delay" => "How late you will be",
        "new_time" => "New time named",
        "pass_on" => "Asks the recruiter to pass it on",
        "client_named" => "Client company named",
        "stop_steps" => "Asks them to stop what was started",
        _ => return None,
    })
}

/// What an interview's history calls each field it records a change of.
pub fn history_field_label(field: &str) -> Option<&'static str> {
    Some(match field {
        "created" => "Added",
        "company" => "Company",
        "position" => "Position",
        "interviewer_name" => "Interviewer",
        "interviewer_email" => "Interviewer's e-mail",
        "interviewer_phone" => "Interviewer's phone",
        "contact_channel" => "Contact channel",
        "starts_at" => "Time",
        "tz" => "Time zone",
        "duration_minutes" => "Duration",
        "location" => "Place or link",
        "stage" => "Stage",
        "notes" => "Notes",
        "decision" => "Decision",
        "decision_reason" => "Reason",
        "scenario" => "Situation",
        "pause_until" => "Check back on",
        "message_sent" => "Message sent",
        "prep_time_zone" => "Checklist: time and zone",
        "prep_technology" => "Checklist: technology",
        "prep_talking_points" => "Checklist: talking points",
        "prep_job_description" => "Checklist: job description",
        "talking_points" => "Talking points",
        "job_description" => "Job description",
        "message_language" => "Language of messages",
        "no_answer_at" => "No answer",
        _ => return None,
    })
}

impl ReminderKind {
    /// What the Settings switch for this reminder says ("Remind me …").
    pub fn label(self) -> &'static str {
        match self {
            ReminderKind::Undecided24h => {
                "when an interview is under 24 hours away and I haven't decided"
            }
            ReminderKind::Unsent24h => {
                "when I've decided not to go but haven't told them, under 24 hours"
            }
            ReminderKind::Final2h => "once more, 2 hours before, if it's still open",
            ReminderKind::Prep => {
                "an hour before an interview I'm attending, with a short checklist"
            }
            ReminderKind::PrepEvening => {
                "the evening before an interview I'm attending, if nothing is prepared yet"
            }
            ReminderKind::PauseCheckback => "on the day a pause ends",
            ReminderKind::Missed => "when an interview passed while I was undecided",
            ReminderKind::FollowUp => {
                "when they haven't replied to a message that asked them something"
            }
        }
    }
}

impl Theme {
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "As the desktop is",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// A choice of a picker: its value and what it says.
#[derive(Debug, Serialize)]
pub struct Choice<T: Serialize> {
    pub id: T,
    pub label: String,
}

/// A message kind as the Draft view offers it: its name, the channels it is
/// written for, and the extra details it asks for.
#[derive(Debug, Serialize)]
pub struct KindEntry {
    pub id: MessageKind,
    pub label: &'static str,
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
    pub decisions: BTreeMap<Decision, &'static str>,
    pub urgency: BTreeMap<Urgency, &'static str>,
    pub urgency_hints: BTreeMap<Urgency, &'static str>,
    pub contact_channels: BTreeMap<ContactChannel, &'static str>,
    pub channels: BTreeMap<Channel, &'static str>,
    /// In the order the Draft view lists them.
    pub kinds: Vec<KindEntry>,
    pub check_items: BTreeMap<&'static str, &'static str>,
    pub prep_items: BTreeMap<PrepItem, &'static str>,
    pub history_fields: BTreeMap<&'static str, &'static str>,
    pub languages: Vec<LanguageEntry>,
    /// The reminders Settings can switch off, in the order they come.
    pub reminder_kinds: Vec<Choice<ReminderKind>>,
    pub themes: Vec<Choice<Theme>>,
    /// The window's sizes (zoom), smallest first.
    pub sizes: Vec<Choice<f64>>,
}

fn all<T: Ord + Copy>(
    values: &[T],
    label: impl Fn(T) -> &'static str,
) -> BTreeMap<T, &'static str> {
    values.iter().map(|&value| (value, label(value))).collect()
}

impl Catalogue {
    pub fn english() -> Catalogue {
        Catalogue {
            decisions: all(Decision::ALL, Decision::label),
            urgency: all(Urgency::ALL, Urgency::label),
            urgency_hints: all(Urgency::ALL, Urgency::hint),
            contact_channels: all(ContactChannel::ALL, ContactChannel::label),
            channels: all(Channel::ALL, Channel::label),
            kinds: MessageKind::ALL
                .iter()
                .map(|&kind| KindEntry {
                    id: kind,
                    label: kind.label(),
                    channels: kind.channels(),
                    inputs: kind.extra_inputs(),
                })
                .collect(),
            check_items: CHECKLIST
                .iter()
                .chain(MOMENT_ITEMS.iter())
                .filter_map(|&id| Some((id, check_item_label(id)?)))
                .collect(),
            prep_items: all(PrepItem::ALL, PrepItem::label),
            history_fields: HISTORY_FIELDS
                .iter()
                .filter_map(|&field| Some((field, history_field_label(field)?)))
                .collect(),
            languages: MessageLanguage::ALL
                .iter()
                .map(|&language| LanguageEntry {
                    id: language,
                    label: language.own_name(),
                })
                .collect(),
            reminder_kinds: ReminderKind::ALL
                .iter()
                .map(|&kind| Choice {
                    id: kind,
                    label: kind.label().to_owned(),
                })
                .collect(),
            themes: Theme::ALL
                .iter()
                .map(|&theme| Choice {
                    id: theme,
                    label: theme.label().to_owned(),
                })
                .collect(),
            sizes: SIZES
                .iter()
                .map(|&size| Choice {
                    id: size,
                    label: format!("{:.0} %", size * 100.0),
                })
                .collect(),
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
];
