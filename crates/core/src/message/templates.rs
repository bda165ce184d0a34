//! The message templates: built into the binary, each replaceable by the
//! user's own edit (kept in the log). Tera renders them; the context is made in
//! `draft.rs`.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use tera::Tera;

use super::sandbox::{self, BoundedOutput, Overrun, MAX_OUTPUT_BYTES, RENDER_TIME_LIMIT};
use super::{Channel, MessageKind};
use crate::error::{Error, Result};
use crate::language::MessageLanguage;
use crate::words::Said;

/// Every built-in template under its name: its path below `templates/`
/// ("withdraw.email.tera" for English, "de/withdraw.email.tera" for German),
/// listed by `build.rs`.
const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_templates.rs"));

/// The name of the template for a kind on a channel in a language, e.g.
/// "withdraw.email.tera" (English) or "de/withdraw.email.tera".
pub fn template_name(kind: MessageKind, channel: Channel, language: MessageLanguage) -> String {
    format!(
        "{}{kind}.{}.tera",
        language.template_folder(),
        channel.template_channel()
    )
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
    pub language: MessageLanguage,
    pub source: String,
    pub edited: bool,
}

/// The templates in use: the built-ins with the user's edits laid over them.
pub struct Templates {
    /// The user's edits that passed the checks, laid over the built-ins of
    /// their language when a draft in it is made.
    edits: Vec<(String, String)>,
    edited: Vec<String>,
    /// Edits kept in the log that fail today's checks (saved by an older
    /// Raincheck, or changed outside it), with why: drafting with one says so
    /// instead of running it.
    refused: Vec<(String, String)>,
}

impl Templates {
    pub fn builtin() -> Result<Self> {
        Self::with_edits(&[])
    }

    /// The built-ins, each replaced by the user's edit where there is one.
    /// An edit that fails the checks of `check_template` is not loaded.
    pub fn with_edits(edits: &[(String, String)]) -> Result<Self> {
        let mut accepted = Vec::new();
        let mut refused = Vec::new();
        for (name, source) in edits {
            match check_template(name, source) {
                Ok(()) => accepted.push((name.clone(), source.clone())),
                Err(error) => refused.push((name.clone(), error.to_string())),
            }
        }
        Ok(Templates {
            edits: accepted,
            edited: edits.iter().map(|(name, _)| name.clone()).collect(),
            refused,
        })
    }

    /// Fills in the template for a kind on a channel. The render is bounded:
    /// it stops with an error naming the template when the text grows past
    /// `MAX_OUTPUT_BYTES` or takes longer than `RENDER_TIME_LIMIT`.
    pub fn render(
        &self,
        kind: MessageKind,
        channel: Channel,
        language: MessageLanguage,
        context: &impl Serialize,
    ) -> Result<String> {
        let name = template_name(kind, channel, language);
        if builtin_source(&name).is_none() {
            return Err(Error::said(
                Said::key("error-template-no-language")
                    .with("language", language.name())
                    .with("kind", kind.as_str()),
            )
            .for_field("language"));
        }
        if let Some((_, why)) = self.refused.iter().find(|(n, _)| *n == name) {
            return Err(Error::invalid(why.clone()).for_field("source"));
        }
        // The built-ins of this language, parsed on its first draft; the
        // user's edits of them, if any, laid over a copy.
        let builtin = builtin_tera(language)?;
        let edits: Vec<_> = self
            .edits
            .iter()
            .filter(|(edited, _)| language_of(edited) == Some(language.template_folder()))
            .collect();
        let copy;
        let tera = if edits.is_empty() {
            builtin
        } else {
            let mut edited_set = builtin.clone();
            for (edited, source) in edits {
                edited_set
                    .add_raw_template(edited, source)
                    .map_err(|e| template_error(edited, &e))?;
            }
            copy = edited_set;
            &copy
        };
        let context = tera::Context::from_serialize(context)
            .map_err(|e| Error::Internal(format!("preparing the message's details ({e})")))?;
        let mut output = BoundedOutput::new();
        // Tera panics on a few odd expressions; the checks refuse those we know
        // of, and a panic that slips through is one template's error, not the app's.
        let rendered = std::panic::catch_unwind(AssertUnwindSafe(|| {
            tera.render_to(&name, &context, &mut output)
        }));
        let overrun = output
            .overrun
            .or_else(|| (output.elapsed() > RENDER_TIME_LIMIT).then_some(Overrun::TooSlow));
        match (overrun, rendered) {
            (Some(Overrun::TooLong), _) => Err(Error::said(
                Said::key("error-template-too-long")
                    .with("name", name.as_str())
                    .with("kilobytes", MAX_OUTPUT_BYTES / 1024),
            )
            .for_field("source")),
            (Some(Overrun::TooSlow), _) => Err(Error::said(
                Said::key("error-template-too-slow")
                    .with("name", name.as_str())
                    .with("seconds", RENDER_TIME_LIMIT.as_secs()),
            )
            .for_field("source")),
            (None, Err(_)) => Err(Error::said(
                Said::key("error-template-stopped").with("name", name.as_str()),
            )
            .for_field("source")),
            (None, Ok(Err(e))) => Err(template_error(&name, &e)),
            (None, Ok(Ok(()))) => String::from_utf8(output.bytes).map_err(|_| {
                Error::said(Said::key("error-template-not-unicode").with("name", name.as_str()))
            }),
        }
    }

    /// Every template a user can edit, in every language, with its current text.
    pub fn list(&self, edits: &[(String, String)]) -> Vec<TemplateInfo> {
        let mut list = Vec::new();
        for language in MessageLanguage::WRITTEN {
            for kind in MessageKind::ALL {
                for channel in kind.channels().iter().filter(|c| **c != Channel::Platform) {
                    let name = template_name(*kind, *channel, language);
                    if builtin_source(&name).is_none() {
                        continue;
                    }
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
                        language,
                    });
                }
            }
        }
        list
    }
}

/// The language folder a template's name is in ("" for English, "de/"), or
/// none for a shared part ("parts/…", "de/parts/…"), which every set holds.
fn language_of(name: &str) -> Option<&'static str> {
    if is_part(name) {
        return None;
    }
    MessageLanguage::WRITTEN
        .iter()
        .map(|language| language.template_folder())
        .filter(|folder| !folder.is_empty())
        .find(|folder| name.starts_with(folder))
        .or(Some(""))
}

type Parsed = std::result::Result<Tera, String>;

fn parse_language(language: MessageLanguage) -> Parsed {
    let folder = Some(language.template_folder());
    let mut tera = sandboxed_tera();
    tera.add_raw_templates(
        BUILTIN
            .iter()
            .copied()
            .filter(|(name, _)| is_part(name) || language_of(name) == folder),
    )
    .map_err(|e| template_error("the built-in templates", &e).to_string())?;
    Ok(tera)
}

/// The built-ins of each language (in `MessageLanguage::WRITTEN`'s order),
/// each parsed on the first draft in it: each draft starts from a copy.
static BUILTIN_TERA: [LazyLock<Parsed>; 4] = [
    LazyLock::new(|| parse_language(MessageLanguage::BritishEnglish)),
    LazyLock::new(|| parse_language(MessageLanguage::German)),
    LazyLock::new(|| parse_language(MessageLanguage::French)),
    LazyLock::new(|| parse_language(MessageLanguage::Spanish)),
];

fn builtin_tera(language: MessageLanguage) -> Result<&'static Tera> {
    let index = MessageLanguage::WRITTEN
        .iter()
        .position(|written| written.template_folder() == language.template_folder())
        .unwrap_or(0);
    BUILTIN_TERA[index]
        .as_ref()
        .map_err(|why| Error::Internal(format!("reading the built-in templates ({why})")))
}

/// A Tera with none of the functions it registers by default: `get_env` reads
/// the environment, `now` and `get_random` reach outside the draft, `range`
/// can loop without end, `throw` is of no use. Tera has no way to unregister
/// them, so each name is taken over by a function that refuses. (The checks
/// in `check_template` refuse every function call before this is reached.)
fn sandboxed_tera() -> Tera {
    let mut tera = Tera::default();
    tera.autoescape_on(Vec::new()); // plain text, not HTML
    for name in sandbox::TERA_FUNCTIONS {
        tera.register_function(name, refuse_function);
    }
    tera
}

fn refuse_function(_: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    Err(tera::Error::msg(
        "functions cannot be called from a message template",
    ))
}

/// Whether a name is one of the shared parts, the only templates another may include.
/// A shared part ("parts/signoff.tera", "de/parts/signoff.tera"): included
/// by the templates, never edited on its own.
fn is_part(name: &str) -> bool {
    let folder_free = name.split_once('/').map_or(
        name,
        |(first, rest)| {
            if first == "parts" {
                name
            } else {
                rest
            }
        },
    );
    folder_free.starts_with("parts/") && builtin_source(name).is_some()
}

/// Checks a template before it is saved or imported, without saving it: its
/// name, length and syntax (errors give line and column), and that it only
/// lays out the draft's details (no functions, no includes but the shared
/// parts, no macros, no deep nesting). Edits loaded from the log pass the same
/// checks before they are used.
pub fn check_template(name: &str, source: &str) -> Result<()> {
    if builtin_source(name).is_none() || is_part(name) {
        return Err(
            Error::said(Said::key("error-template-unknown").with("name", name)).for_field("name"),
        );
    }
    let refuse =
        |why: String| Error::invalid(format!("The template {name} {why}.")).for_field("source");
    sandbox::scan(source).map_err(refuse)?;
    let parsed = tera::Template::new(name, None, source).map_err(|e| template_error(name, &e))?;
    sandbox::vet(&parsed.ast, name, &is_part).map_err(refuse)
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
        .map(|c| {
            Said::key("template-at-place")
                .with("line", c[1].to_owned())
                .with("column", c[2].to_owned())
        })
        .unwrap_or_else(|| Said::key("template-at-no-place"));
    let summary = detail
        .lines()
        .rfind(|line| line.trim_start().starts_with('='))
        .map(|line| line.trim_start_matches([' ', '=']).trim().to_owned())
        .unwrap_or_else(|| detail.lines().next().unwrap_or_default().to_owned());
    Error::said(
        Said::key("error-template-syntax")
            .with("name", name)
            .with("place", place)
            .with("detail", summary),
    )
    .for_field("source")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_template_passes_the_checks_users_get() {
        for (name, source) in BUILTIN {
            sandbox::scan(source).unwrap_or_else(|e| panic!("{name} {e}"));
            let parsed = tera::Template::new(name, None, source).unwrap();
            sandbox::vet(&parsed.ast, name, &is_part).unwrap_or_else(|e| panic!("{name} {e}"));
            if !is_part(name) {
                check_template(name, source).unwrap();
            }
        }
    }

    #[test]
    fn tera_functions_are_gone_even_without_the_checks() {
        let mut tera = sandboxed_tera();
        for function in sandbox::TERA_FUNCTIONS {
            tera.add_raw_template("t", &format!("{{{{ {function}(name=\"PATH\") }}}}"))
                .unwrap();
            assert!(
                tera.render("t", &tera::Context::new()).is_err(),
                "{function} still answers"
            );
        }
    }

    #[test]
    fn templates_can_leave_the_log_lock_for_rendering() {
        fn send_and_sync<T: Send + Sync>() {}
        send_and_sync::<Templates>();
    }
}
