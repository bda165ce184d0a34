//! Links that hand a message to the system: a `mailto:` with subject and body
//! (RFC 6068), and a `tel:` number.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::error::{Error, Result};
use crate::text;
use crate::words::Said;

/// RFC 6068 leaves only unreserved characters as they are.
const MAILTO: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `mailto:to?subject=...&body=...`, line breaks as CRLF as the RFC asks.
pub fn mailto(to: Option<&str>, subject: Option<&str>, body: &str) -> String {
    let encode = |text: &str| utf8_percent_encode(text, MAILTO).to_string();
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    let mut link = format!(
        "mailto:{}",
        to.map(|t| encode(t.trim()).replace("%40", "@"))
            .unwrap_or_default()
    );
    let mut separator = '?';
    if let Some(subject) = subject.filter(|s| !s.is_empty()) {
        link.push_str(&format!("{separator}subject={}", encode(subject)));
        separator = '&';
    }
    link.push_str(&format!("{separator}body={}", encode(&body)));
    link
}

/// `tel:+16505550199` from a number as people write it.
pub fn tel(phone: &str) -> Option<String> {
    let digits: String = phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    (digits.chars().filter(char::is_ascii_digit).count() >= 6).then(|| format!("tel:{digits}"))
}

/// A `mailto:` link for the system's mail app: the recipient must be one plain
/// address (the parts are encoded, so nothing in them can add `attach=` or
/// another header).
pub fn checked_mailto(to: Option<&str>, subject: Option<&str>, body: &str) -> Result<String> {
    if let Some(to) = to.map(str::trim).filter(|t| !t.is_empty()) {
        let plain = to.split('@').count() == 2
            && !to.starts_with('@')
            && !to.ends_with('@')
            && to.chars().all(|c| {
                !c.is_whitespace()
                    && !text::is_hidden_control(c, false)
                    && !"?&#,;:<>\"".contains(c)
            });
        if !plain {
            return Err(Error::said(Said::key("error-link-recipient")));
        }
    }
    Ok(mailto(to, subject, body))
}

/// A `tel:` link, or why the number cannot be called.
pub fn checked_tel(phone: &str) -> Result<String> {
    tel(phone).ok_or_else(|| Error::said(Said::key("error-link-phone")))
}

/// The meeting link in a place ("Zoom: https://…, passcode 123"): the first
/// web address in it, checked to be plain http(s) with a host, so a crafted
/// place cannot open a file or another app.
pub fn meeting_link(place: &str) -> Result<String> {
    let no_link = || Error::said(Said::key("error-link-meeting"));
    let start = place
        .match_indices("http")
        .map(|(at, _)| at)
        .find(|at| {
            let rest = &place[*at..];
            rest.starts_with("https://") || rest.starts_with("http://")
        })
        .ok_or_else(no_link)?;
    let candidate: String = place[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !text::is_hidden_control(*c, false))
        .collect();
    let candidate = candidate.trim_end_matches(['.', ',', ';', ')', '>', '"', '\'']);
    let url = url::Url::parse(candidate).map_err(|_| no_link())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(no_link());
    }
    Ok(url.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meeting_link_is_the_first_web_address_in_the_place() {
        assert_eq!(
            meeting_link("Zoom: https://zoom.example/j/123?pwd=x, passcode 9").unwrap(),
            "https://zoom.example/j/123?pwd=x"
        );
        assert_eq!(
            meeting_link("(https://meet.example/abc-def).").unwrap(),
            "https://meet.example/abc-def"
        );
        for bad in [
            "Hamburg, Speicherstadt 4",
            "file:///etc/passwd",
            "javascript:alert(1) https:/x",
            "https://",
            "",
            "httpé https",
        ] {
            assert!(meeting_link(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn links_from_parts_cannot_carry_another_header_or_scheme() {
        let link = checked_mailto(
            Some("dana@acme.example"),
            Some("x&attach=/etc/passwd"),
            "b&attach=~/.ssh/id_rsa",
        )
        .unwrap();
        assert!(
            link.starts_with("mailto:dana@acme.example?subject="),
            "{link}"
        );
        assert!(!link.contains("&attach="), "{link}");
        for bad in [
            "dana@acme.example?attach=/etc/passwd",
            "a@b.c,evil@x.y",
            "a b@c.d",
            "javascript:alert(1)",
            "a@b\u{202E}.c",
        ] {
            assert!(checked_mailto(Some(bad), None, "hi").is_err(), "{bad}");
        }
        assert_eq!(checked_tel("+49 30 1234567").unwrap(), "tel:+49301234567");
        assert!(checked_tel("javascript:alert(1)").is_err());
        assert_eq!(
            checked_tel("1234567;phone-context=x").unwrap(),
            "tel:1234567"
        );
    }

    #[test]
    fn mailto_encodes_subject_and_body_as_rfc_6068_asks() {
        let link = mailto(
            Some("dana@acme.example"),
            Some("Withdrawing – Ana & co"),
            "Dear Dana,\n\n100% sure?",
        );
        assert_eq!(
            link,
            "mailto:dana@acme.example?subject=Withdrawing%20%E2%80%93%20Ana%20%26%20co&body=Dear%20Dana%2C%0D%0A%0D%0A100%25%20sure%3F"
        );
        assert_eq!(mailto(None, None, "Hi"), "mailto:?body=Hi");
    }

    #[test]
    fn tel_keeps_the_plus_and_the_digits() {
        assert_eq!(
            tel("+1 (650) 555-0199").as_deref(),
            Some("tel:+16505550199")
        );
        assert_eq!(tel("call me"), None);
    }
}
