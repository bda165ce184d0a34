//! The command line: the same core functions as the window, run headless.
//! Nothing here initialises GTK, so every subcommand works without a display.
//!
//! Exit codes: 0 success, 1 a check that failed, 2 bad input (clap also exits 2
//! for a malformed command line).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args as ClapArgs, Parser, Subcommand};
use raincheck_core::Error;

#[derive(Debug, Parser)]
#[command(
    name = "raincheck",
    version,
    about = "Decide what to do about a job interview you no longer want or can't make, tell the employer well, and keep a record.",
    long_about = "Raincheck without a subcommand opens the desktop window. With one, it runs in the terminal and needs no display."
)]
pub struct Args {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every subcommand (and the window) takes, anywhere on the line.
#[derive(Debug, ClapArgs)]
pub struct GlobalArgs {
    /// Folder holding the log [default: $RAINCHECK_DATA_DIR, else the platform's app-data folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {}

pub fn run(command: Command, _global: &GlobalArgs) -> ExitCode {
    match command {}
}

/// Prints a core error the way every subcommand does, and picks the exit code.
#[allow(dead_code)]
pub fn report(error: &Error) -> ExitCode {
    eprintln!("raincheck: {error}");
    if error.is_user_input() {
        ExitCode::from(2)
    } else {
        ExitCode::FAILURE
    }
}
