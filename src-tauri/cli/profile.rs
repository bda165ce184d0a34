//! `raincheck profile` and `raincheck appearance`: who messages are signed
//! by, their preferences, and how the window looks.

use clap::Args;
use raincheck_core::language::MessageLanguage;
use raincheck_core::log::{NonNegotiable, Profile, Theme};
use raincheck_core::words::Arg;
use raincheck_core::Result;
use serde::Serialize;

use super::Context;

#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// Your name, as messages sign off
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    /// Your IANA time zone, e.g. Europe/Madrid
    #[arg(long, value_name = "ZONE")]
    home_tz: Option<String>,
    /// Least minutes to keep free between two interviews
    #[arg(long, value_name = "MINUTES")]
    buffer_minutes: Option<u32>,
    /// The language messages are drafted in: en-GB, en-US, de, fr or es
    #[arg(long, value_name = "LANGUAGE", value_parser = super::log::parse_named::<MessageLanguage>)]
    message_language: Option<MessageLanguage>,
}

/// The profile as `raincheck profile` shows it: with the non-negotiables kept.
#[derive(Serialize)]
struct ProfileView {
    #[serde(flatten)]
    profile: Profile,
    non_negotiables: Vec<NonNegotiable>,
}

/// Shows the profile, changing the fields given first.
pub fn profile(args: ProfileArgs, context: &Context<'_>) -> Result<()> {
    let mut log = context.open_log()?;
    let mut profile = log.profile()?;
    let changing = args.name.is_some()
        || args.email.is_some()
        || args.phone.is_some()
        || args.home_tz.is_some()
        || args.buffer_minutes.is_some()
        || args.message_language.is_some();
    if changing {
        profile.name = args.name.unwrap_or(profile.name);
        profile.email = args.email.unwrap_or(profile.email);
        profile.phone = args.phone.unwrap_or(profile.phone);
        profile.home_tz = args.home_tz.unwrap_or(profile.home_tz);
        profile.buffer_minutes = args.buffer_minutes.unwrap_or(profile.buffer_minutes);
        profile.message_language = args.message_language.or(profile.message_language);
        profile = log.set_profile(&profile)?;
    }
    let view = ProfileView {
        profile,
        non_negotiables: log.non_negotiables()?.kept,
    };
    let words = context.words();
    context.print(&view, |view| {
        let p = &view.profile;
        let or_else = |value: &str, key: &str| {
            if value.is_empty() {
                words.line(key)
            } else {
                value.to_owned()
            }
        };
        let buffer = words.line_with(
            "profile-buffer-value",
            &[("minutes", Arg::from(i64::from(p.buffer_minutes)))],
        );
        [
            ("profile-name", or_else(&p.name, "profile-not-set")),
            ("profile-email", or_else(&p.email, "profile-not-set")),
            ("profile-phone", or_else(&p.phone, "profile-not-set")),
            (
                "profile-home-zone",
                or_else(&p.home_tz, "profile-system-zone"),
            ),
            ("profile-buffer", buffer),
        ]
        .iter()
        .map(|(key, value)| format!("{:<10} {value}", words.line(key)))
        .chain([super::non_negotiables::listed(&view.non_negotiables, words)])
        .collect::<Vec<_>>()
        .join("\n")
    })
}

#[derive(Debug, Args)]
pub struct AppearanceArgs {
    /// The window's colours: system (as the desktop is), light or dark
    #[arg(long, value_parser = super::log::parse_named::<Theme>)]
    theme: Option<Theme>,
    /// The window's size in per cent: 100, 125, 150, 175 or 200
    #[arg(long, value_name = "PERCENT")]
    size: Option<u32>,
}

/// `raincheck appearance`: how the window looks, changing what is given first.
pub fn appearance(args: AppearanceArgs, context: &Context<'_>) -> Result<()> {
    let mut log = context.open_log()?;
    let mut appearance = log.appearance()?;
    if args.theme.is_some() || args.size.is_some() {
        appearance.theme = args.theme.unwrap_or(appearance.theme);
        if let Some(percent) = args.size {
            appearance.zoom = f64::from(percent) / 100.0;
        }
        appearance = log.set_appearance(&appearance)?;
    }
    let words = context.words();
    context.print(&appearance, |a| {
        words.line_with(
            "appearance",
            &[
                ("theme", Arg::from(&a.theme.label(words))),
                ("percent", Arg::from((a.zoom * 100.0).round())),
            ],
        )
    })
}
