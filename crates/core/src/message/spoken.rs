//! What a phone script or a voicemail says aloud differently from an e-mail:
//! the number to call back, read slowly in groups; the time on the listener's
//! clock, as people say it; the interviewer greeted by first name.

/// Most digits a number read aloud may have; longer is not a phone number.
const MAX_PHONE_DIGITS: usize = 20;
/// Digits a listener takes in at once; longer runs are split into threes.
const MAX_GROUP_DIGITS: usize = 4;

/// A phone number as it is read out on a voicemail: digit by digit, in the
/// groups it was written in (long runs split into threes), the groups apart
/// with commas, so the listener can write it down as it comes:
/// "+34 600123456" is "plus 3 4, 6 0 0, 1 2 3, 4 5 6". Anything that is not
/// a plain number ("ext. 12", a name) is left as typed.
pub fn phone_for_speaking(phone: &str) -> String {
    phone_in_words(phone, "plus")
}

/// The same, with the word a language reads "+" as.
pub fn phone_in_words(phone: &str, plus: &str) -> String {
    let phone = phone.trim();
    let international = phone.starts_with('+');
    let rest = phone.strip_prefix('+').unwrap_or(phone);
    let plain = rest.chars().all(|c| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '(' | ')' | '-' | '.' | '/')
    });
    let digit_count = rest.chars().filter(char::is_ascii_digit).count();
    if !plain || !(3..=MAX_PHONE_DIGITS).contains(&digit_count) {
        return phone.to_owned();
    }
    let groups: Vec<String> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .flat_map(split_long_run)
        .map(|group| {
            group
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let spoken = groups.join(", ");
    if international {
        format!("{plus} {spoken}")
    } else {
        spoken
    }
}

/// A run of digits in groups a listener can hold: threes, with the last
/// group two to four long ("1234567" is "123", "4567").
fn split_long_run(run: &str) -> Vec<&str> {
    let mut groups = Vec::new();
    let mut rest = run;
    // Digits are ASCII, so every byte index here is a character boundary.
    while rest.len() > MAX_GROUP_DIGITS {
        let (group, tail) = rest.split_at(3);
        groups.push(group);
        rest = tail;
    }
    groups.push(rest);
    groups
}

/// Titles a person is greeted with before their surname.
const TITLES: [&str; 8] = ["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor"];

/// The name to greet someone by: the first name ("Dana" for "Dana Lee"), or
/// title and surname when the name starts with a title ("Dr Okafor" for
/// "Dr. Ada Okafor"), since "Hello Dr" greets nobody.
pub fn name_to_greet(full: &str) -> String {
    let words: Vec<&str> = full.split_whitespace().collect();
    match words.as_slice() {
        [title, .., surname] if is_title(title) => format!("{title} {surname}"),
        [first, ..] => (*first).to_owned(),
        [] => full.trim().to_owned(),
    }
}

fn is_title(word: &str) -> bool {
    TITLES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_read_digit_by_digit_in_its_groups() {
        assert_eq!(
            phone_for_speaking("+34 600 123 456"),
            "plus 3 4, 6 0 0, 1 2 3, 4 5 6"
        );
        assert_eq!(
            phone_for_speaking("+34600123456"),
            "plus 3 4 6, 0 0 1, 2 3 4, 5 6"
        );
        assert_eq!(
            phone_for_speaking("(617) 555-0142"),
            "6 1 7, 5 5 5, 0 1 4 2"
        );
        assert_eq!(
            phone_for_speaking("07700 900123"),
            "0 7 7, 0 0, 9 0 0, 1 2 3"
        );
    }

    #[test]
    fn what_is_not_a_plain_number_is_left_as_typed() {
        assert_eq!(
            phone_for_speaking("+44 20 7946 0958 ext. 12"),
            "+44 20 7946 0958 ext. 12"
        );
        assert_eq!(phone_for_speaking("12"), "12");
        assert_eq!(phone_for_speaking(&"9".repeat(40)), "9".repeat(40));
        assert_eq!(phone_for_speaking("+٣٤ ٦٠٠"), "+٣٤ ٦٠٠");
    }

    #[test]
    fn long_runs_end_in_a_group_of_two_to_four() {
        assert_eq!(split_long_run("1234"), ["1234"]);
        assert_eq!(split_long_run("12345"), ["123", "45"]);
        assert_eq!(split_long_run("1234567"), ["123", "4567"]);
        assert_eq!(split_long_run("12345678"), ["123", "456", "78"]);
    }

    #[test]
    fn greeted_by_first_name_or_by_title_and_surname() {
        assert_eq!(name_to_greet("Dana Lee"), "Dana");
        assert_eq!(
            name_to_greet("Jean-Baptiste Poquelin-Moreau"),
            "Jean-Baptiste"
        );
        assert_eq!(name_to_greet("Dr. Ada Okafor"), "Dr. Okafor");
        assert_eq!(name_to_greet("Ms Chen"), "Ms Chen");
        assert_eq!(name_to_greet("Dr"), "Dr");
        assert_eq!(name_to_greet("Sam"), "Sam");
    }
}
