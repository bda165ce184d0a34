//! How to reach the employer (docs/domain.md §2): call under 24 hours' notice,
//! write otherwise, and keep a written record either way.

use super::advice::Action;
use super::warnings::Warning;
use crate::log::ContactChannel;
use crate::message::Channel;
use crate::urgency::CALL_NOTICE_HOURS;
use crate::words::{Arg, Words};

pub struct ChannelPlan {
    pub channels: Vec<Channel>,
    pub warnings: Vec<Warning>,
    pub reasons: Vec<String>,
}

/// The written channel: e-mail when an address is known, else the platform the
/// conversation is on.
fn written(contact: ContactChannel, has_email: bool) -> Option<Channel> {
    match (has_email, contact) {
        (true, _) => Some(Channel::Email),
        (false, ContactChannel::Linkedin) => Some(Channel::Linkedin),
        (false, ContactChannel::Platform) => Some(Channel::Platform),
        (false, ContactChannel::Email | ContactChannel::Phone) => None,
    }
}

pub fn plan_channels(
    action: Action,
    hours: f64,
    contact: ContactChannel,
    has_email: bool,
    has_phone: bool,
    words: &Words,
) -> ChannelPlan {
    let mut plan = ChannelPlan {
        channels: Vec::new(),
        warnings: Vec::new(),
        reasons: Vec::new(),
    };
    if !action.needs_message() {
        return plan;
    }
    let written = written(contact, has_email);
    let urgent = action == Action::Apologize || hours < CALL_NOTICE_HOURS;
    if urgent {
        if has_phone {
            plan.channels.push(Channel::Phone);
            if action != Action::Apologize {
                plan.channels.push(Channel::Voicemail);
            }
        } else {
            plan.warnings.push(Warning::new(
                "no_contact_detail",
                words.get("warning-no-phone-urgent"),
            ));
        }
        plan.reasons.push(if action == Action::Apologize {
            words.get("reason-call-then-write")
        } else {
            words.with(
                "reason-call-under-notice",
                &[("hours", Arg::from(CALL_NOTICE_HOURS))],
            )
        });
        if action != Action::Apologize {
            plan.warnings.push(Warning::new(
                "late_notice",
                words.get("warning-late-notice"),
            ));
        }
    } else if written.is_some() {
        plan.reasons
            .push(words.with("reason-write", &[("hours", Arg::from(CALL_NOTICE_HOURS))]));
    }
    match written {
        Some(channel) => {
            plan.channels.push(channel);
            if channel != Channel::Email {
                plan.reasons.push(words.get("reason-reply-on-platform"));
            }
        }
        None if !urgent && has_phone => {
            plan.channels.push(Channel::Phone);
            plan.warnings.push(Warning::new(
                "no_contact_detail",
                words.get("warning-no-email-call"),
            ));
        }
        None => plan.warnings.push(Warning::new(
            "no_contact_detail",
            words.get("warning-no-email"),
        )),
    }
    plan
}
