//! `raincheck advise`: what to do about an interview, as JSON.

use std::path::PathBuf;

use clap::Args;
use raincheck_core::decision::{advise as work_out, AdviceInput};
use raincheck_core::{Error, Result};

use super::{read_json, Context};

#[derive(Debug, Args)]
pub struct AdviseArgs {
    /// The answers as a JSON object (see the README), or - for standard input
    #[arg(long, value_name = "FILE")]
    input: PathBuf,
    /// Take the start, time zone and contact details from this interview in the log
    #[arg(long, value_name = "ID")]
    interview: Option<i64>,
}

pub fn advise(args: AdviseArgs, context: &Context<'_>) -> Result<()> {
    let mut input: AdviceInput = read_json(&args.input)?;
    if input.now.is_none() {
        input.now = Some(context.now());
    }
    if let Some(id) = args.interview {
        input.fill_from(&context.open_log()?.interview(id)?);
    }
    let advice = work_out(&input)?;
    let text = serde_json::to_string_pretty(&advice)
        .map_err(|e| Error::Internal(format!("writing the advice as JSON ({e})")))?;
    super::write_out(&format!("{}\n", raincheck_core::text::inert_json(&text)))?;
    Ok(())
}
