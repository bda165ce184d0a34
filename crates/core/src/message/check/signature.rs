//! Item 6 of the checklist: the user's name and a way to reach them.

use super::text::blank_out;
use super::{
    contains_word, item, not_applicable, pass_or_fail, text_of, CheckItem, ItemStatus, Reading,
    EMAIL, PHONE,
};
use crate::message::draft::{CONTACT_PLACEHOLDER, NAME_PLACEHOLDER, PHONE_PLACEHOLDER};
use crate::message::Channel;

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
                format!(
                    "Put your name in place of “{NAME_PLACEHOLDER}” (or add it once in Settings)."
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
            Some(_) => pass_or_fail(
                "signature",
                self.names_the_user(self.text),
                "You say who you are.",
                "Say your name at the start.",
            ),
            None => not_applicable("signature", "Spoken: you say your name as you start."),
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
        pass_or_fail(
            "signature",
            signed,
            "It is signed with your name.",
            "End with a sign-off and your name.",
        )
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
                format!("Put your e-mail or phone number in place of “{placeholder}”."),
            );
        }
        match self.channel {
            Channel::Phone => {
                return not_applicable("contact", "On the phone they already have your number.")
            }
            Channel::Sms => {
                return not_applicable(
                    "contact",
                    "A text comes from your number: they can reply to it.",
                )
            }
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
        pass_or_fail(
            "contact",
            known || any_contact,
            "Your contact details are there.",
            "Add an e-mail address or phone number they can reach you on.",
        )
    }
}
