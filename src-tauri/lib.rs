//! The Raincheck desktop app: one binary that is both the window and the command
//! line. Everything it knows comes from `raincheck-core`; this crate only wires
//! the core to Tauri, to the terminal and to the desktop session.

mod cli;
mod clock;
mod commands;
mod desktop;
mod ipc_error;
mod reminders;
mod state;
mod webview;
mod window;

use std::process::ExitCode;

use clap::Parser;

/// Entry point of the `raincheck` binary: a subcommand runs headless in the
/// terminal; no subcommand opens the window.
pub fn main() -> ExitCode {
    let args = cli::Args::parse();
    match args.command {
        Some(command) => cli::run(command, &args.global),
        None => desktop::run(&args.global, args.hidden),
    }
}
