//! The message templates: built into the binary, each replaceable by the
//! user's own edit (kept in the log). Tera renders them; the context is made in
//! `draft.rs`.

use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;
use tera::Tera;

use super::{Channel, MessageKind};
use crate::error::{Error, Result};

/// Embeds every built-in template under its file name.
macro_rules! builtin_templates {
    ($($name:literal,)*) => {
        &[$(($name, include_str!(concat!("../../templates/", $name)))),*]
    };
}

const BUILTIN: &[(&str, &str)] = builtin_templates![
    "parts/extras.tera",
    "parts/signoff.tera",
    "parts/signoff_short.tera",
    "parts/slots.tera",
    "parts/spoken_slots.tera",
    "ask_remote.email.tera",
    "ask_remote.linkedin.tera",
    "ask_remote.phone.tera",
    "clarify_after_overshare.email.tera",
    "clarify_after_overshare.linkedin.tera",
    "new_role_note.email.tera",
    "new_role_note.linkedin.tera",
    "no_show_apology.email.tera",
    "no_show_apology.linkedin.tera",
    "no_show_apology.phone.tera",
    "no_show_apology.voicemail.tera",
    "pause.email.tera",
    "pause.linkedin.tera",
    "pause.phone.tera",
    "pause.voicemail.tera",
    "reply_to_negative.email.tera",
    "reply_to_negative.linkedin.tera",
    "reschedule.email.tera",
    "reschedule.linkedin.tera",
    "reschedule.phone.tera",
    "reschedule.voicemail.tera",
    "reschedule_illness.email.tera",
    "reschedule_illness.linkedin.tera",
    "reschedule_illness.phone.tera",
    "reschedule_illness.voicemail.tera",
    "thank_you_reply.email.tera",
    "thank_you_reply.linkedin.tera",
    "withdraw.email.tera",
    "withdraw.linkedin.tera",
    "withdraw.phone.tera",
    "withdraw.voicemail.tera",
    "withdraw_accepted_offer.email.tera",
    "withdraw_accepted_offer.linkedin.tera",
    "withdraw_accepted_offer.phone.tera",
    "withdraw_accepted_offer.voicemail.tera",
    "withdraw_not_a_fit.email.tera",
    "withdraw_not_a_fit.linkedin.tera",
    "withdraw_not_a_fit.phone.tera",
    "withdraw_not_a_fit.voicemail.tera",
    "withdraw_relocation.email.tera",
    "withdraw_relocation.linkedin.tera",
    "withdraw_relocation.phone.tera",
    "withdraw_relocation.voicemail.tera",
];

/// The file name of the template for a kind on a channel, e.g. "withdraw.email.tera".
pub fn template_name(kind: MessageKind, channel: Channel) -> String {
    format!("{kind}.{}.tera", channel.template_channel())
}

/// The built-in text of a template (for "reset to default").
pub fn builtin_source(name: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| *source)
}

/// One editable template, as the editor lists it.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateInfo {
    pub name: String,
    pub kind: MessageKind,
    pub channel: Channel,
    pub source: String,
    pub edited: bool,
}

/// The templates in use: the built-ins with the user's edits laid over them.
pub struct Templates {
    tera: Tera,
    edited: Vec<String>,
}

impl Templates {
    pub fn builtin() -> Result<Self> {
        Self::with_edits(&[])
    }

    /// The built-ins, each replaced by the user's edit where there is one.
    pub fn with_edits(edits: &[(String, String)]) -> Result<Self> {
        let mut tera = Tera::default();
        tera.autoescape_on(Vec::new()); // plain text, not HTML
        tera.add_raw_templates(BUILTIN.iter().copied())
            .map_err(|e| template_error("the built-in templates", &e))?;
        for (name, source) in edits {
            tera.add_raw_template(name, source)
                .map_err(|e| template_error(name, &e))?;
        }
        Ok(Templates {
            tera,
            edited: edits.iter().map(|(name, _)| name.clone()).collect(),
        })
    }

    pub fn render(
        &self,
        kind: MessageKind,
        channel: Channel,
        context: &impl Serialize,
    ) -> Result<String> {
        let name = template_name(kind, channel);
        let context = tera::Context::from_serialize(context).map_err(|e| {
            Error::Storage(format!("the message's details could not be prepared ({e})"))
        })?;
        self.tera
            .render(&name, &context)
            .map_err(|e| template_error(&name, &e))
    }

    /// Every template a user can edit, with its current text.
    pub fn list(&self, edits: &[(String, String)]) -> Vec<TemplateInfo> {
        let mut list = Vec::new();
        for kind in MessageKind::ALL {
            for channel in kind.channels().iter().filter(|c| **c != Channel::Platform) {
                let name = template_name(*kind, *channel);
                let edit = edits
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, s)| s.clone());
                list.push(TemplateInfo {
                    source: edit
                        .clone()
                        .or_else(|| builtin_source(&name).map(str::to_owned))
                        .unwrap_or_default(),
                    edited: edit.is_some() && self.edited.contains(&name),
                    name,
                    kind: *kind,
                    channel: *channel,
                });
            }
        }
        list
    }
}

/// Checks a template's syntax without saving it; the error gives line and column.
pub fn check_syntax(name: &str, source: &str) -> Result<()> {
    if builtin_source(name).is_none() || name.starts_with("parts/") {
        return Err(
            Error::invalid(format!("There is no editable template called {name}."))
                .for_field("name"),
        );
    }
    let mut tera = Tera::default();
    tera.add_raw_templates(BUILTIN.iter().copied())
        .map_err(|e| template_error("the built-in templates", &e))?;
    tera.add_raw_template(name, source)
        .map_err(|e| template_error(name, &e))
}

static POSITION: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"--> (\d+):(\d+)").ok());

/// A Tera error as one sentence, with the line and column of a syntax error.
fn template_error(name: &str, error: &tera::Error) -> Error {
    let mut detail = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        detail = format!("{detail}: {inner}");
        source = inner.source();
    }
    let place = POSITION
        .as_ref()
        .and_then(|re| re.captures(&detail))
        .map(|c| format!(" at line {}, column {}", &c[1], &c[2]))
        .unwrap_or_default();
    let summary = detail
        .lines()
        .rfind(|line| line.trim_start().starts_with('='))
        .map(|line| line.trim_start_matches([' ', '=']).trim().to_owned())
        .unwrap_or_else(|| detail.lines().next().unwrap_or_default().to_owned());
    Error::invalid(format!(
        "The template {name} has an error{place}: {summary}. Fix it, or reset it to the default."
    ))
    .for_field("source")
}
