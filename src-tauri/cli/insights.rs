//! `raincheck insights`: what the whole search shows, for the user or a coach.

use clap::Args;
use raincheck_core::insights::{Insights, Outcome};
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
        return Err(Error::invalid(
            "Choose one form: --csv for a spreadsheet, or --json.",
        ));
    }
    let figures = context.open_log()?.insights(context.now())?;
    if args.csv {
        print!("{}", figures.to_csv()?);
        return Ok(());
    }
    context.print(&figures, describe)
}

fn describe(figures: &Insights) -> String {
    if figures.interviews == 0 {
        return "No interviews in the log yet.".into();
    }
    let mut lines = vec![match figures.interviews {
        1 => "1 interview".to_owned(),
        many => format!("{many} interviews"),
    }];
    let outcomes: Vec<String> = Outcome::ALL
        .iter()
        .filter_map(|outcome| {
            let count = figures.outcomes.get(outcome).copied().unwrap_or(0);
            (count > 0).then(|| format!("{count} {}", outcome.as_str().replace('_', " ")))
        })
        .collect();
    lines.push(format!("  {}", outcomes.join(", ")));
    if figures.notice.count > 0 {
        let median = figures.notice.median_hours.map_or(String::new(), |hours| {
            format!(", median {hours:.0} h before")
        });
        let times = match figures.notice.count {
            1 => "once".to_owned(),
            count => format!("{count} times"),
        };
        lines.push(format!(
            "Notice given: {times}{median}; {} with under 24 hours to go",
            figures.notice.under_24h
        ));
    }
    let replies = &figures.replies;
    if replies.asked > 0 {
        let rate = replies
            .rate
            .map_or(String::new(), |rate| format!(" ({:.0} %)", rate * 100.0));
        lines.push(format!(
            "Replies: {} of {} messages that asked something{rate}",
            replies.answered, replies.asked
        ));
    }
    if !figures.reasons.is_empty() {
        lines.push("Reasons:".into());
        for reason in &figures.reasons {
            lines.push(format!("  {:>3}  {}", reason.count, reason.label));
        }
    }
    for suggestion in &figures.suggestions {
        lines.push(format!(
            "Suggestion: {} A non-negotiable to keep: {}.",
            suggestion.text, suggestion.non_negotiable
        ));
    }
    lines.join("\n")
}
