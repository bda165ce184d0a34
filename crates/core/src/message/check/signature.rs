//! Item 6 of the checklist: the user's name and a way to reach them.

use super::text::blank_out;
use super::{contains_word, item, text_of, CheckItem, ItemStatus, Reading, EMAIL, PHONE};
use crate::message::draft::{CONTACT_PLACEHOLDER, NAME_PLACEHOLDER, PHONE_PLACEHOLDER};
use crate::message::Channel;
use crate::words::Arg;

impl Reading<'_> {
    /// 6. Name and contact details.
    pub(super) fn signature_items(&self, items: &mut Vec<CheckItem>) {
        items.push(self.signature_item());
        items.push(self.contact_item());
    }

    fn signature_item(&self) -> CheckItem {
        // A draft made before the user gave their name holds a placeholder:
        // the message is not ready until it is replaced.
        if self.text.contains(NAME_PLACEHOLDER) {
            return item(
                "signature",
                ItemStatus::Fail,
                self.say_with(
                    "check-signature-placeholder",
                    &[("placeholder", Arg::from(NAME_PLACEHOLDER))],
                ),
            );
        }
        if self.channel.is_spoken() {
            self.spoken_name_item()
        } else {
            self.signed_item()
        }
    }

    /// The user's name, the name they sign with, or its first part.
    fn names_the_user(&self, line: &str) -> bool {
        let name = text_of(&self.input.candidate.name);
        let first_name = name.and_then(|n| n.split_whitespace().next());
        let line = line.to_lowercase();
        [name, first_name]
            .into_iter()
            .flatten()
            .any(|n| contains_word(&line, &n.to_lowercase()))
    }

    fn spoken_name_item(&self) -> CheckItem {
        match text_of(&self.input.candidate.name) {
            Some(_) => {
                let named = self.names_the_user(self.text);
                let key = if named {
                    "check-signature-spoken-pass"
                } else {
                    "check-signature-spoken-fail"
                };
                let status = if named {
                    ItemStatus::Pass
                } else {
                    ItemStatus::Fail
                };
                item("signature", status, self.say(key))
            }
            None => self.not_applicable("signature", "check-signature-spoken-na"),
        }
    }

    fn signed_item(&self) -> CheckItem {
        // An address that starts with the name ("ana@…") is no signature.
        let without_addresses = blank_out(
            self.body(),
            &EMAIL
                .find_iter(self.body())
                .map(|m| m.range())
                .collect::<Vec<_>>(),
        );
        let tail: Vec<&str> = without_addresses
            .lines()
            .filter(|l| !l.trim().is_empty())
            .rev()
            .take(4)
            .collect();
        let signed = match text_of(&self.input.candidate.name) {
            Some(_) => tail.iter().any(|line| self.names_the_user(line)),
            None => tail
                .iter()
                .skip(1)
                .any(|line| self.rules.sign_off.is_match(line)),
        };
        self.pass_or_fail("signature", signed, &[])
    }

    fn contact_item(&self) -> CheckItem {
        let text = self.text;
        // A draft made before the user gave their address or number holds a
        // placeholder, as for the name.
        if let Some(placeholder) = [CONTACT_PLACEHOLDER, PHONE_PLACEHOLDER]
            .into_iter()
            .find(|placeholder| text.contains(placeholder))
        {
            return item(
                "contact",
                ItemStatus::Fail,
                self.say_with(
                    "check-contact-placeholder",
                    &[("placeholder", Arg::from(placeholder))],
                ),
            );
        }
        match self.channel {
            Channel::Phone => return self.not_applicable("contact", "check-contact-phone-na"),
            Channel::Sms => return self.not_applicable("contact", "check-contact-sms-na"),
            _ => {}
        }
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let text_digits = digits(text);
        let known = [
            text_of(&self.input.candidate.email),
            text_of(&self.input.candidate.phone),
        ]
        .into_iter()
        .flatten()
        .any(|c| {
            text.to_lowercase().contains(&c.trim().to_lowercase())
                || (digits(c).len() >= 6 && text_digits.contains(&digits(c)))
        });
        let any_contact = EMAIL.is_match(text)
            || PHONE
                .find_iter(text)
                .any(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 7);
        self.pass_or_fail("contact", known || any_contact, &[])
    }
}
