//! `raincheck non-negotiables`: what a role must offer, in the user's words;
//! keeping or dismissing what `raincheck insights` suggests.

use clap::{Args, Subcommand};
use raincheck_core::log::{NonNegotiable, NonNegotiables};
use raincheck_core::words::{Arg, Words};
use raincheck_core::Result;

use super::Context;

#[derive(Debug, Args)]
pub struct NonNegotiablesArgs {
    #[command(subcommand)]
    action: Option<Action>,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// List them, numbered (the default)
    List,
    /// Keep one in your own words, e.g. "No more than two days a week in the office"
    Add {
        #[arg(value_name = "TEXT")]
        text: String,
    },
    /// Reword the one numbered N
    Edit {
        #[arg(value_name = "N")]
        number: usize,
        #[arg(value_name = "TEXT")]
        text: String,
    },
    /// Let the one numbered N go
    Remove {
        #[arg(value_name = "N")]
        number: usize,
    },
    /// Keep a suggestion of `raincheck insights` by its scenario, e.g. relocation
    Accept {
        scenario: String,
        /// Keep it in your own words instead
        #[arg(long = "as", value_name = "TEXT")]
        own_words: Option<String>,
    },
    /// Turn a suggestion down: it is not offered again
    Dismiss { scenario: String },
}

pub fn non_negotiables(args: NonNegotiablesArgs, context: &Context<'_>) -> Result<()> {
    let mut log = context.open_log()?;
    let words = context.words();
    let (done, now_kept) = match args.action.unwrap_or(Action::List) {
        Action::List => (None, log.non_negotiables()?),
        Action::Add { text } => {
            let kept = log.add_non_negotiable(&text)?;
            (last_kept(&kept, words), kept)
        }
        Action::Edit { number, text } => {
            let kept = log.edit_non_negotiable(number, &text)?;
            let changed = kept.kept.get(number.saturating_sub(1)).map(|entry| {
                words.line_with(
                    "non-negotiable-changed",
                    &[("text", Arg::from(&entry.text))],
                )
            });
            (changed, kept)
        }
        Action::Remove { number } => {
            let before = log.non_negotiables()?;
            let kept = log.remove_non_negotiable(number)?;
            let removed = before.kept.get(number.saturating_sub(1)).map(|entry| {
                words.line_with(
                    "non-negotiable-removed",
                    &[("text", Arg::from(&entry.text))],
                )
            });
            (removed, kept)
        }
        Action::Accept {
            scenario,
            own_words,
        } => {
            let kept =
                log.accept_suggestion(&scenario, own_words.as_deref(), context.now(), words)?;
            (last_kept(&kept, words), kept)
        }
        Action::Dismiss { scenario } => {
            let kept = log.dismiss_suggestion(&scenario, context.now())?;
            (Some(words.line("suggestion-dismissed")), kept)
        }
    };
    context.print(&now_kept, |kept| {
        done.into_iter()
            .chain([listed(&kept.kept, words)])
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// "Kept: …", for the one just added.
fn last_kept(kept: &NonNegotiables, words: &Words) -> Option<String> {
    kept.kept
        .last()
        .map(|entry| words.line_with("non-negotiable-kept", &[("text", Arg::from(&entry.text))]))
}

/// The non-negotiables numbered as the commands take them, or how to keep one.
pub fn listed(kept: &[NonNegotiable], words: &Words) -> String {
    if kept.is_empty() {
        return words.line("non-negotiables-none");
    }
    std::iter::once(words.line("non-negotiables-heading"))
        .chain(
            kept.iter()
                .enumerate()
                .map(|(index, entry)| format!("  {}. {}", index + 1, entry.text)),
        )
        .collect::<Vec<_>>()
        .join("\n")
}
