//! `raincheck insights`: what the whole search shows, for the user or a coach.

use clap::Args;
use raincheck_core::insights::{Insights, Outcome};
use raincheck_core::words::{Arg, Said, Words};
use raincheck_core::{Error, Result};

use super::Context;

#[derive(Debug, Args)]
pub struct InsightsArgs {
    /// The same figures as CSV (for a spreadsheet, a job centre or a coach)
    #[arg(long)]
    csv: bool,
}

pub fn insights(args: InsightsArgs, context: &Context<'_>) -> Result<()> {
    if args.csv && context.global.json {
        return Err(Error::said(Said::key("error-insights-one-form")));
    }
    let words = context.answer_words();
    let figures = context.open_log()?.insights_in(context.now(), words)?;
    if args.csv {
        super::write_out(&figures.to_csv()?)?;
        return Ok(());
    }
    context.print(&figures, |figures| describe(figures, words))
}

fn describe(figures: &Insights, words: &Words) -> String {
    if figures.interviews == 0 {
        return words.line("insights-empty");
    }
    let count = Arg::from;
    let mut lines = vec![words.line_with(
        "insights-interviews",
        &[("count", count(figures.interviews))],
    )];
    let outcomes: Vec<String> = Outcome::ALL
        .iter()
        .filter_map(|outcome| {
            let n = figures.outcomes.get(outcome).copied().unwrap_or(0);
            (n > 0).then(|| format!("{n} {}", outcome.label(words)))
        })
        .collect();
    lines.push(format!("  {}", outcomes.join(", ")));
    if figures.notice.count > 0 {
        let median = figures.notice.median_hours.map_or(String::new(), |hours| {
            words.line_with(
                "insights-notice-median",
                &[("hours", Arg::from(hours.round()))],
            )
        });
        lines.push(words.line_with(
            "insights-notice",
            &[
                ("times", count(figures.notice.count)),
                ("median", Arg::from(&median)),
                ("late", count(figures.notice.under_24h)),
            ],
        ));
    }
    let replies = &figures.replies;
    if replies.asked > 0 {
        let rate = replies.rate.map_or(String::new(), |rate| {
            words.line_with(
                "insights-reply-rate",
                &[("percent", Arg::from((rate * 100.0).round()))],
            )
        });
        lines.push(words.line_with(
            "insights-replies",
            &[
                ("answered", count(replies.answered)),
                ("asked", count(replies.asked)),
                ("rate", Arg::from(&rate)),
            ],
        ));
    }
    if !figures.reasons.is_empty() {
        lines.push(words.line("insights-reasons"));
        for reason in &figures.reasons {
            lines.push(format!("  {:>3}  {}", reason.count, reason.label));
        }
    }
    for suggestion in &figures.suggestions {
        lines.push(words.line_with(
            "insights-suggestion",
            &[
                ("text", Arg::from(&suggestion.text)),
                ("keep", Arg::from(&suggestion.non_negotiable)),
            ],
        ));
        lines.push(words.line_with(
            "insights-suggestion-answer",
            &[("scenario", Arg::from(suggestion.scenario.as_str()))],
        ));
    }
    lines.join("\n")
}
