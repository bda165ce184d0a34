//! The messages the user sends the employer (DOMAIN.md §3).

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
    }
}
