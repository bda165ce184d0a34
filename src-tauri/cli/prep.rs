//! `raincheck prep ID`: the pre-interview checklist from the terminal.

use clap::Args;
use raincheck_core::log::{Interview, PrepItem, PrepUpdate};
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
    context.print(&interview.prep, |_| describe(&interview))
}

fn describe(interview: &Interview) -> String {
    let prep = &interview.prep;
    let mark = |item: PrepItem| if prep.is_ticked(item) { "[x]" } else { "[ ]" };
    let mut lines = vec![
        format!(
            "Before the interview with {} ({}): {} of {} done",
            interview.company,
            starts_text(interview),
            prep.done(),
            PrepItem::ALL.len()
        ),
        format!(
            "{} time_zone        The time and its zone confirmed with them",
            mark(PrepItem::TimeZone)
        ),
        format!(
            "{} technology       The link, camera and sound tried",
            mark(PrepItem::Technology)
        ),
        format!(
            "{} talking_points   Three talking points ready",
            mark(PrepItem::TalkingPoints)
        ),
    ];
    lines.extend(prep.points.iter().map(|point| format!("      · {point}")));
    lines.push(format!(
        "{} job_description  The job description read again",
        mark(PrepItem::JobDescription)
    ));
    if let Some(text) = &prep.job_description_text {
        let first_line = text.lines().next().unwrap_or_default();
        lines.push(format!("      {first_line}"));
    }
    lines.push(String::new());
    lines.push(format!(
        "Tick one with `raincheck prep {} --tick time_zone`.",
        interview.id
    ));
    lines.join("\n")
}
