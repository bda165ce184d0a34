//! The checks a write must pass before it touches the log; each refusal says
//! which field is wrong and how to fix it.
//!
//! `field` is always the `errors.ftl` key of the field's name
//! (`field-company`), so the refusal names it in the window's language.

use crate::error::{Error, Result};
use crate::text;
use crate::words::Said;

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_NOTES_CHARS: usize = 20_000;
pub const MAX_MESSAGE_CHARS: usize = 100_000;
pub const MAX_DURATION_MINUTES: u32 = 24 * 60;

/// A required short text: trimmed, not empty, one line, at most 200 characters.
pub fn required_name(field: &'static str, value: Option<&str>) -> Result<String> {
    let value = value.map(str::trim).unwrap_or_default();
    if value.is_empty() {
        return Err(Error::said(
            Said::key("error-required").with("field", Said::key(field)),
        ));
    }
    bounded(field, value, MAX_NAME_CHARS).map(str::to_owned)
}

/// Refuses characters that would hide in what the user reads: control
/// characters (a line break too, unless `multi_line`) and direction overrides.
/// Checked before anything else, so no later message ever echoes them.
pub fn plain_characters(field: &'static str, value: &str, multi_line: bool) -> Result<()> {
    let Some((at, c)) = text::first_hidden_control(value, multi_line) else {
        return Ok(());
    };
    let code = format!("U+{:04X}", u32::from(c));
    let key = if c == '\n' || c == '\r' {
        "error-line-break"
    } else if text::is_bidi_control(c) {
        "error-direction-character"
    } else {
        "error-control-character"
    };
    Err(Error::said(
        Said::key(key)
            .with("field", Said::key(field))
            .with("code", code)
            .with("at", at),
    ))
}

/// An optional short text: trimmed; empty means none.
pub fn optional_name(field: &'static str, value: Option<&str>) -> Result<Option<String>> {
    optional_text(field, value, MAX_NAME_CHARS)
}

/// An optional one-line text: trimmed; empty means none.
pub fn optional_text(
    field: &'static str,
    value: Option<&str>,
    max_chars: usize,
) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => bounded(field, value, max_chars).map(|v| Some(v.to_owned())),
    }
}

/// An optional text of several lines (notes, a reason, a reply): line breaks and
/// tabs are allowed, other control characters are not.
pub fn optional_multiline(
    field: &'static str,
    value: Option<&str>,
    max_chars: usize,
) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => multiline(field, value, max_chars).map(|v| Some(v.to_owned())),
    }
}

/// A one-line text of at most `max_chars` characters.
pub fn bounded<'a>(field: &'static str, value: &'a str, max_chars: usize) -> Result<&'a str> {
    plain_characters(field, value, false)?;
    length(field, value, max_chars)
}

/// A text of several lines of at most `max_chars` characters.
pub fn multiline<'a>(field: &'static str, value: &'a str, max_chars: usize) -> Result<&'a str> {
    plain_characters(field, value, true)?;
    length(field, value, max_chars)
}

fn length<'a>(field: &'static str, value: &'a str, max_chars: usize) -> Result<&'a str> {
    let chars = value.chars().count();
    if chars > max_chars {
        return Err(Error::said(
            Said::key("error-too-long")
                .with("field", Said::key(field))
                .with("chars", chars)
                .with("most", max_chars),
        ));
    }
    Ok(value)
}

/// An e-mail address of the usual shape: something@domain.tld, no spaces.
pub fn optional_email(field: &'static str, value: Option<&str>) -> Result<Option<String>> {
    let Some(value) = optional_text(field, value, 254)? else {
        return Ok(None);
    };
    let valid = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if !valid {
        return Err(Error::said(
            Said::key("error-not-an-email")
                .with("field", Said::key(field))
                .with("value", value),
        ));
    }
    Ok(Some(value))
}

/// A phone number: digits with the usual separators, 6 to 20 digits.
pub fn optional_phone(field: &'static str, value: Option<&str>) -> Result<Option<String>> {
    let Some(value) = optional_text(field, value, 40)? else {
        return Ok(None);
    };
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let plus_only_first = value.rfind('+').is_none_or(|at| at == 0);
    if !allowed || !(6..=20).contains(&digits) || !plus_only_first {
        return Err(Error::said(
            Said::key("error-not-a-phone")
                .with("field", Said::key(field))
                .with("value", value),
        ));
    }
    Ok(Some(value))
}

pub fn duration(minutes: u32) -> Result<u32> {
    if minutes == 0 || minutes > MAX_DURATION_MINUTES {
        return Err(Error::said(
            Said::key("error-duration")
                .with("minutes", minutes)
                .with("most", MAX_DURATION_MINUTES),
        ));
    }
    Ok(minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_names_are_trimmed_and_bounded() {
        assert_eq!(
            required_name("field-company", Some("  Acme ")).unwrap(),
            "Acme"
        );
        let message = required_name("field-company", Some("   "))
            .unwrap_err()
            .to_string();
        assert_eq!(message, "The company is required: fill it in.");
        let long = "x".repeat(201);
        let message = required_name("field-position", Some(&long))
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("201 characters") && message.contains("200"),
            "{message}"
        );
        assert!(required_name("field-position", Some(&"é".repeat(200))).is_ok());
    }

    #[test]
    fn email_shapes() {
        assert_eq!(
            optional_email("field-email", Some(" a@b.io "))
                .unwrap()
                .as_deref(),
            Some("a@b.io")
        );
        assert_eq!(optional_email("field-email", Some("")).unwrap(), None);
        for bad in ["ab.io", "a@b", "a b@c.io", "a@@b.io", "@b.io", "a@.io"] {
            assert!(
                optional_email("field-email", Some(bad)).is_err(),
                "{bad} passed"
            );
        }
    }

    #[test]
    fn phone_shapes() {
        assert!(optional_phone("field-phone", Some("+49 (30) 123-4567"))
            .unwrap()
            .is_some());
        for bad in [
            "12345",
            "call me",
            "49+301234567",
            "+49 30 1234 5678 9012 3456 78",
        ] {
            assert!(
                optional_phone("field-phone", Some(bad)).is_err(),
                "{bad} passed"
            );
        }
    }

    #[test]
    fn durations() {
        assert!(duration(45).is_ok());
        assert!(duration(0).is_err());
        assert!(duration(24 * 60 + 1).is_err());
    }
}
