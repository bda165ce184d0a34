//! How to reach the employer (docs/domain.md §2): call under 24 hours' notice,
//! write otherwise, and keep a written record either way.

use super::advice::Action;
use super::warnings::Warning;
use crate::log::ContactChannel;
use crate::message::Channel;
use crate::urgency::CALL_NOTICE_HOURS;

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
                "There is no phone number for them: with this little time, find one (the invitation, their website, the recruiter's signature) and call.",
            ));
        }
        plan.reasons.push(if action == Action::Apologize {
            "Call now, then put it in writing.".to_string()
        } else {
            format!(
                "Under {CALL_NOTICE_HOURS:.0} hours to go: call. If nobody answers, leave a short voicemail and send the written message straight after."
            )
        });
        if action != Action::Apologize {
            plan.warnings.push(Warning::new(
                "late_notice",
                "It is late notice: call rather than only e-mail, so they hear it in time.",
            ));
        }
    } else if written.is_some() {
        plan.reasons.push(format!(
            "With {CALL_NOTICE_HOURS:.0} hours or more to go, write: it leaves a record and they can read it when it suits them."
        ));
    }
    match written {
        Some(channel) => {
            plan.channels.push(channel);
            if channel != Channel::Email {
                plan.reasons.push(
                    "You have been talking on this platform and have no e-mail address: reply there, as you would by e-mail.".to_string(),
                );
            }
        }
        None if !urgent && has_phone => {
            plan.channels.push(Channel::Phone);
            plan.warnings.push(Warning::new(
                "no_contact_detail",
                "There is no e-mail address for them: call, and ask for an address to confirm in writing.",
            ));
        }
        None => plan.warnings.push(Warning::new(
            "no_contact_detail",
            "There is no e-mail address for them: find one (the invitation, the job ad, the recruiter's profile) so what you say is on record.",
        )),
    }
    plan
}
