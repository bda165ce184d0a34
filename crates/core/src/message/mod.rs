//! The messages the user sends the employer (docs/domain.md §3): the kinds and
//! channels, drafting them from templates, and checking any draft.

mod check;
mod draft;
mod for_interview;
pub mod links;
pub mod phrases;
mod sandbox;
mod spoken;
mod templates;

pub use check::{
    check, check_in, CheckItem, CheckReport, ItemStatus, Problem, CHECKLIST, MOMENT_ITEMS,
};
pub use draft::{
    draft, CandidateInput, Draft, InterviewInput, MessageInput, MessageOptions, MissingDetail,
    SlotInput, CONTACT_PLACEHOLDER, NAME_PLACEHOLDER, PHONE_PLACEHOLDER,
};
pub use spoken::phone_for_speaking;
pub use templates::{builtin_source, check_template, template_name, TemplateInfo, Templates};

use crate::named_values::named_values;

named_values! {
    /// What a message is for.
    pub enum MessageKind ("a message kind") {
        Withdraw = "withdraw",
        WithdrawAcceptedOffer = "withdraw_accepted_offer",
        WithdrawNotAFit = "withdraw_not_a_fit",
        WithdrawRelocation = "withdraw_relocation",
        Reschedule = "reschedule",
        RescheduleIllness = "reschedule_illness",
        Pause = "pause",
        AskRemote = "ask_remote",
        NoShowApology = "no_show_apology",
        ClarifyAfterOvershare = "clarify_after_overshare",
        ReplyToNegative = "reply_to_negative",
        ThankYouReply = "thank_you_reply",
        NewRoleNote = "new_role_note",
        DeclineNextRound = "decline_next_round",
        RunningLate = "running_late",
        UnableToJoin = "unable_to_join",
        ConfirmNewTime = "confirm_new_time",
        FollowUpNoReply = "follow_up_no_reply",
        ResumeAfterPause = "resume_after_pause",
        DeclineOffer = "decline_offer",
        WithdrawAfterOffer = "withdraw_after_offer",
        WithdrawViaAgency = "withdraw_via_agency",
    }
}

named_values! {
    /// How a message reaches the employer.
    pub enum Channel ("a channel") {
        Phone = "phone",
        Voicemail = "voicemail",
        Email = "email",
        Linkedin = "linkedin",
        Platform = "platform",
        /// A text message: SMS or a messaging app. Short, no subject, the name at the end.
        Sms = "sms",
    }
}

impl MessageKind {
    /// The channels this kind is written for. Spoken channels exist for the
    /// messages that may have to go out at short notice.
    pub fn channels(self) -> &'static [Channel] {
        use Channel::*;
        use MessageKind::*;
        match self {
            Withdraw
            | WithdrawAcceptedOffer
            | WithdrawNotAFit
            | WithdrawRelocation
            | Reschedule
            | RescheduleIllness
            | Pause
            | NoShowApology => &[Email, Phone, Voicemail, Linkedin, Platform],
            AskRemote => &[Email, Phone, Linkedin, Platform],
            ClarifyAfterOvershare
            | ReplyToNegative
            | ThankYouReply
            | NewRoleNote
            | FollowUpNoReply => &[Email, Linkedin, Platform],
            // On the day: a text or a call first, the e-mail as the record.
            RunningLate | UnableToJoin => &[Sms, Phone, Voicemail, Email],
            ConfirmNewTime => &[Email, Linkedin, Platform, Sms],
            DeclineNextRound | ResumeAfterPause | DeclineOffer | WithdrawAfterOffer => {
                &[Email, Phone, Linkedin, Platform]
            }
            // Agency recruiters are often reached by text.
            WithdrawViaAgency => &[Email, Phone, Linkedin, Platform, Sms],
        }
    }

    /// About one interview (it names its date and time), rather than a follow-up
    /// or a moment with no interview booked (a later round, an offer, a pause ending).
    pub fn is_about_the_interview(self) -> bool {
        !matches!(
            self,
            MessageKind::ClarifyAfterOvershare
                | MessageKind::ReplyToNegative
                | MessageKind::ThankYouReply
                | MessageKind::NewRoleNote
                | MessageKind::DeclineNextRound
                | MessageKind::FollowUpNoReply
                | MessageKind::ResumeAfterPause
                | MessageKind::DeclineOffer
                | MessageKind::WithdrawAfterOffer
        )
    }

    /// Kinds that ask the employer something and wait for the answer (a new
    /// time, holding the application, remote work, a confirmation), so their
    /// silence earns a follow-up (docs/domain.md §7). Nobody waits for a
    /// reply to a withdrawal.
    pub fn expects_reply(self) -> bool {
        use MessageKind::*;
        matches!(
            self,
            Reschedule
                | RescheduleIllness
                | Pause
                | AskRemote
                | ConfirmNewTime
                | UnableToJoin
                | ResumeAfterPause
                | FollowUpNoReply
        )
    }

    /// Kinds that call off or move a booked interview: the notice they give
    /// is counted from when they went out (Insights).
    pub fn calls_off_the_interview(self) -> bool {
        use MessageKind::*;
        matches!(
            self,
            Withdraw
                | WithdrawAcceptedOffer
                | WithdrawNotAFit
                | WithdrawRelocation
                | WithdrawViaAgency
                | Reschedule
                | RescheduleIllness
                | Pause
                | UnableToJoin
        )
    }

    /// The kinds that ask for an interview at a new time: they offer times
    /// or ask the employer to propose some.
    pub fn asks_for_new_times(self) -> bool {
        self.is_reschedule()
            || matches!(
                self,
                MessageKind::UnableToJoin | MessageKind::ResumeAfterPause
            )
    }

    /// The details beyond the interview and the profile this kind asks the
    /// user for (the input's field names): the Draft view shows a field for
    /// each, and only those.
    pub fn extra_inputs(self) -> &'static [&'static str] {
        use MessageKind::*;
        match self {
            Pause => &["pause_until"],
            ResumeAfterPause => &["pause_until", "slots"],
            NoShowApology => &["still_interested", "slots"],
            ReplyToNegative | ThankYouReply => &["their_subject"],
            NewRoleNote => &["new_role"],
            AskRemote | WithdrawRelocation => &["moving_to", "moving_when"],
            Reschedule | RescheduleIllness | UnableToJoin => &["slots"],
            RunningLate => &["minutes_late"],
            ConfirmNewTime => &["new_time"],
            DeclineNextRound => &["next_round"],
            WithdrawViaAgency => &["agency", "recruiter"],
            FollowUpNoReply => &["days_since_last_message"],
            Withdraw
            | WithdrawAcceptedOffer
            | WithdrawNotAFit
            | ClarifyAfterOvershare
            | DeclineOffer
            | WithdrawAfterOffer => &[],
        }
    }

    pub fn is_reschedule(self) -> bool {
        matches!(
            self,
            MessageKind::Reschedule | MessageKind::RescheduleIllness
        )
    }
}

impl Channel {
    pub fn is_spoken(self) -> bool {
        matches!(self, Channel::Phone | Channel::Voicemail)
    }

    /// The template file a channel uses: a recruiting platform reads like LinkedIn.
    pub fn template_channel(self) -> Channel {
        match self {
            Channel::Platform => Channel::Linkedin,
            other => other,
        }
    }
}
