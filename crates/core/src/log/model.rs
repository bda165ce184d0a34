//! What the log holds: interviews, their history, the messages sent, the profile.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::decision::{Decision, Scenario};
use crate::message::{Channel, MessageKind};
use crate::named_values::named_values;

named_values! {
    /// How the employer and the candidate have talked so far.
    pub enum ContactChannel ("a contact channel") {
        Email = "email",
        Phone = "phone",
        Linkedin = "linkedin",
        Platform = "platform",
    }
}

/// The person the candidate deals with at the employer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interviewer {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

/// One interview as the log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub id: i64,
    pub company: String,
    pub position: String,
    pub interviewer: Interviewer,
    pub contact_channel: ContactChannel,
    /// The start as a UTC instant.
    pub starts_at: DateTime<Utc>,
    /// The interviewer's IANA zone, in which the interview was given.
    pub tz: String,
    pub duration_minutes: u32,
    pub location: Option<String>,
    pub stage: Option<String>,
    pub decision: Decision,
    pub decision_reason: Option<String>,
    pub scenario: Option<Scenario>,
    pub pause_until: Option<NaiveDate>,
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The pre-interview checklist (absent from logs exported before it existed).
    #[serde(default)]
    pub prep: Prep,
    /// The language messages to this employer are written in; none: the profile's.
    #[serde(default)]
    pub message_language: Option<crate::language::MessageLanguage>,
    /// When the user marked it "no answer": the employer stayed silent after a
    /// message and its follow-up (absent from logs exported before it existed).
    #[serde(default)]
    pub no_answer_at: Option<DateTime<Utc>>,
}

named_values! {
    /// The four things to do before an interview one attends.
    pub enum PrepItem ("a checklist item") {
        /// The time and its zone confirmed with the employer.
        TimeZone = "time_zone",
        /// The meeting link, camera and sound tried.
        Technology = "technology",
        /// Three talking points written down.
        TalkingPoints = "talking_points",
        /// The job description read again.
        JobDescription = "job_description",
    }
}

/// The pre-interview checklist of one interview: what is ticked, and what the
/// user wrote for it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prep {
    #[serde(default)]
    pub time_zone: bool,
    #[serde(default)]
    pub technology: bool,
    #[serde(default)]
    pub talking_points: bool,
    #[serde(default)]
    pub job_description: bool,
    /// Up to three short points, one line each.
    #[serde(default)]
    pub points: Vec<String>,
    /// A link to the job description, or its text.
    #[serde(default)]
    pub job_description_text: Option<String>,
}

impl Prep {
    pub fn is_ticked(&self, item: PrepItem) -> bool {
        match item {
            PrepItem::TimeZone => self.time_zone,
            PrepItem::Technology => self.technology,
            PrepItem::TalkingPoints => self.talking_points,
            PrepItem::JobDescription => self.job_description,
        }
    }

    pub fn set_ticked(&mut self, item: PrepItem, ticked: bool) {
        match item {
            PrepItem::TimeZone => self.time_zone = ticked,
            PrepItem::Technology => self.technology = ticked,
            PrepItem::TalkingPoints => self.talking_points = ticked,
            PrepItem::JobDescription => self.job_description = ticked,
        }
    }

    /// How many of the four are ticked.
    pub fn done(&self) -> u8 {
        PrepItem::ALL
            .iter()
            .filter(|item| self.is_ticked(**item))
            .count() as u8
    }
}

/// A change to the checklist: only what is given changes (the JSON of
/// `raincheck prep` and the window's checklist).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrepUpdate {
    /// Items to tick.
    #[serde(default)]
    pub tick: Vec<PrepItem>,
    /// Items to untick.
    #[serde(default)]
    pub untick: Vec<PrepItem>,
    /// The talking points, all of them (up to three; empty lines are dropped).
    #[serde(default)]
    pub points: Option<Vec<String>>,
    /// The job description's link or text; empty clears it.
    #[serde(default)]
    pub job_description_text: Option<String>,
}

/// What the user types to add or edit an interview (the JSON of `log add`,
/// `log edit` and the form). For an edit, a field left out stays as it is, and
/// an empty text clears an optional field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterviewFields {
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub position: Option<String>,
    #[serde(default)]
    pub interviewer: Option<Interviewer>,
    #[serde(default)]
    pub contact_channel: Option<ContactChannel>,
    /// Wall time in `tz` ("2026-12-03T10:00") or an RFC 3339 instant with offset.
    #[serde(default)]
    pub starts_at: Option<String>,
    #[serde(default)]
    pub tz: Option<String>,
    #[serde(default)]
    pub duration_minutes: Option<u32>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub stage: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    /// en-GB, en-US, de, fr or es; empty: the profile's.
    #[serde(default)]
    pub message_language: Option<String>,
}

/// A decision taken about an interview (`log decide`, the wizard's Apply).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionUpdate {
    pub decision: Decision,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub scenario: Option<Scenario>,
    /// For a pause: the day to check back with the employer.
    #[serde(default)]
    pub pause_until: Option<NaiveDate>,
}

/// One change to an interview: which field, from what, to what, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// A message drafted or sent for an interview, and what the employer replied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    pub id: i64,
    pub kind: MessageKind,
    pub channel: Channel,
    pub subject: Option<String>,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub reply: Option<String>,
    pub replied_at: Option<DateTime<Utc>>,
}

/// A message to record as sent (`log sent`, the Draft view's "Mark as sent").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentMessage {
    pub kind: MessageKind,
    pub channel: Channel,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub body: String,
}

/// An interview with everything recorded about it (an export's record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterviewRecord {
    #[serde(flatten)]
    pub interview: Interview,
    pub history: Vec<HistoryEntry>,
    pub messages: Vec<Message>,
}

/// The candidate, as messages sign off, and their preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// The candidate's own IANA zone; empty means the system's.
    #[serde(default)]
    pub home_tz: String,
    /// The least time to keep free between two interviews.
    #[serde(default = "Profile::default_buffer_minutes")]
    pub buffer_minutes: u32,
    /// The days the user can take interviews (mon ... sun).
    #[serde(default = "Profile::default_work_days")]
    pub work_days: Vec<String>,
    /// The hours the user can take interviews, in the home zone ("09:00").
    #[serde(default = "Profile::default_work_start")]
    pub work_start: String,
    #[serde(default = "Profile::default_work_end")]
    pub work_end: String,
    /// The language messages are drafted in unless one is chosen for a draft.
    #[serde(default)]
    pub message_language: Option<crate::language::MessageLanguage>,
}

impl Profile {
    pub const fn default_buffer_minutes() -> u32 {
        30
    }

    pub fn default_work_days() -> Vec<String> {
        ["mon", "tue", "wed", "thu", "fri"]
            .map(String::from)
            .to_vec()
    }

    pub fn default_work_start() -> String {
        "09:00".into()
    }

    pub fn default_work_end() -> String {
        "17:30".into()
    }
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            name: String::new(),
            email: String::new(),
            phone: String::new(),
            home_tz: String::new(),
            message_language: None,
            buffer_minutes: Self::default_buffer_minutes(),
            work_days: Self::default_work_days(),
            work_start: Self::default_work_start(),
            work_end: Self::default_work_end(),
        }
    }
}

/// An interview as the list shows it: the record, its time left, and how
/// pressing it is.
#[derive(Debug, Clone, Serialize)]
pub struct InterviewSummary {
    #[serde(flatten)]
    pub interview: Interview,
    /// Hours from now to the start, negative once it has passed.
    pub hours_left: f64,
    /// When a message about it was last marked sent.
    pub last_sent_at: Option<DateTime<Utc>>,
    pub urgency: crate::urgency::Urgency,
    /// When the clock alone will change `urgency` (see `urgency::next_change`).
    pub urgency_changes_at: Option<DateTime<Utc>>,
    /// The last moment to decide and still tell them politely, for an
    /// undecided interview still ahead (see `decision::decide_by`).
    pub decide_by: Option<DateTime<Utc>>,
    /// The start in the interview's own zone, written for people.
    pub starts_at_text: String,
    /// Overlaps or buffer problems with other interviews.
    pub clashes: Vec<crate::calendar::Clash>,
    /// How far the checklist is, for an upcoming interview the user attends.
    pub prep_progress: Option<PrepProgress>,
}

/// "prep 2/4".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PrepProgress {
    pub done: u8,
    pub of: u8,
}

/// The id of an interview just added (`log add --json`, the add form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Added {
    pub id: i64,
}

/// One interview as `raincheck log show ID --json` prints it: the record, and
/// what the clock makes of it now.
#[derive(Debug, Clone, Serialize)]
pub struct InterviewRecordAsOf {
    #[serde(flatten)]
    pub record: InterviewRecord,
    /// The last moment to decide and still tell them politely (RFC 3339,
    /// UTC), for an undecided interview still ahead; may have passed.
    pub decide_by: Option<DateTime<Utc>>,
    /// The employer's silence after the last message that asked them
    /// something, if they owe an answer.
    pub follow_up: Option<crate::reminders::Silence>,
    /// A new time they proposed, in the log, still to confirm to them.
    pub new_time_to_confirm: Option<super::UnconfirmedTime>,
}
