//! `raincheck prep ID`: the pre-interview checklist from the terminal.

use clap::Args;
use raincheck_core::log::{Interview, PrepItem, PrepUpdate};
use raincheck_core::words::{Arg, Words};
use raincheck_core::Result;

use super::log::{parse_named, starts_text};
use super::Context;

#[derive(Debug, Args)]
pub struct PrepArgs {
    /// The interview's id (`raincheck log list` shows them)
    id: i64,
    /// Tick an item: time_zone, technology, talking_points, job_description
    #[arg(long, value_parser = parse_named::<PrepItem>)]
    tick: Vec<PrepItem>,
    /// Untick an item
    #[arg(long, value_parser = parse_named::<PrepItem>)]
    untick: Vec<PrepItem>,
    /// A talking point (give up to three; they replace the ones kept)
    #[arg(long = "point", value_name = "TEXT")]
    points: Vec<String>,
    /// The job description: a link or the text ("" clears it)
    #[arg(long, value_name = "LINK OR TEXT")]
    job_description: Option<String>,
}

pub fn prep(args: PrepArgs, context: &Context<'_>) -> Result<()> {
    let update = PrepUpdate {
        tick: args.tick,
        untick: args.untick,
        points: (!args.points.is_empty()).then_some(args.points),
        job_description_text: args.job_description,
    };
    let mut log = context.open_log()?;
    let interview = if update == PrepUpdate::default() {
        log.interview(args.id)?
    } else {
        log.update_prep(args.id, &update, context.now())?
    };
    context.print(&interview.prep, |_| describe(&interview, context.words()))
}

/// The checklist, each item with the name `--tick` takes and its words.
fn describe(interview: &Interview, words: &Words) -> String {
    let prep = &interview.prep;
    let item = |item: PrepItem| {
        let mark = if prep.is_ticked(item) { "[x]" } else { "[ ]" };
        format!("{mark} {:<16} {}", item.as_str(), item.label(words))
    };
    let mut lines = vec![
        words.line_with(
            "prep-heading",
            &[
                ("company", Arg::from(&interview.company)),
                ("when", Arg::from(&starts_text(interview, words))),
                ("done", Arg::from(i64::from(prep.done()))),
                ("of", Arg::from(PrepItem::ALL.len())),
            ],
        ),
        item(PrepItem::TimeZone),
        item(PrepItem::Technology),
        item(PrepItem::TalkingPoints),
    ];
    lines.extend(prep.points.iter().map(|point| format!("      · {point}")));
    lines.push(item(PrepItem::JobDescription));
    if let Some(text) = &prep.job_description_text {
        let first_line = text.lines().next().unwrap_or_default();
        lines.push(format!("      {first_line}"));
    }
    lines.push(String::new());
    lines.push(words.line_with("prep-how-to-tick", &[("id", Arg::from(interview.id))]));
    lines.join("\n")
}
