//! The long fuzz run: a million mutated inputs per entry point (an .ics
//! invite, a message template, the draft's input), each run through the core;
//! any panic fails the run. Ignored in the suite; run it with
//!     cargo test -p raincheck-core --test fuzz_long -- --ignored --test-threads=1 --nocapture
//! and `RAINCHECK_FUZZ_RUNS=N` for another count, `RAINCHECK_FUZZ_SEED=N` for
//! another sequence. Mutating real invites and templates reaches deeper than
//! random text, and a small generator keeps a million runs to minutes.

use std::time::Instant;

use raincheck_core::calendar::ics::import_ics;
use raincheck_core::language::MessageLanguage;
use raincheck_core::message::{
    builtin_source, check_template, draft, template_name, CandidateInput, Channel, InterviewInput,
    MessageInput, MessageKind, SlotInput, Templates,
};

/// xorshift64*: reproducible from its seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TOKENS: &[&str] = &[
    "\r\n",
    "\n",
    "\r",
    "\r\n ",
    "\t",
    " ",
    "\"",
    "'",
    "`",
    ";",
    ":",
    ",",
    "=",
    "/",
    "-",
    "^",
    "\\",
    "\\n",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "BEGIN:VCALENDAR",
    "END:VCALENDAR",
    "BEGIN:X",
    "END:X",
    ";TZID=",
    "TZID=Europe/Berlin",
    "Z",
    "T",
    "99999999",
    "0",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    " if ",
    " endif ",
    " for c in slots ",
    " endfor ",
    " include ",
    " | upper",
    "(",
    ")",
    "[",
    "]",
    "get_env(name=\"HOME\")",
    "range(end=9)",
    "\u{0}",
    "\u{1b}[2J",
    "\u{202e}",
    "\u{2028}",
    "\u{feff}",
    "é",
    "𝄞",
    "中文",
    "\u{85}",
];

/// A character from the sets that break parsers: controls, ASCII, any scalar.
fn random_char(rng: &mut Rng) -> char {
    match rng.below(3) {
        0 => char::from_u32(rng.below(0x20) as u32).unwrap_or(' '),
        1 => char::from_u32(0x20 + rng.below(0x5f) as u32).unwrap_or(' '),
        _ => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
    }
}

/// The byte index of the `n`th character boundary (or the end).
fn boundary(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// One to eight edits: insert a token or a character, delete, duplicate or
/// splice in part of another seed. Works on characters, so the text stays UTF-8.
fn mutate(rng: &mut Rng, seed: &str, seeds: &[String], max_len: usize) -> String {
    let mut text = seed.to_owned();
    for _ in 0..1 + rng.below(8) {
        let chars = text.chars().count();
        let start = rng.below(chars + 1);
        let at = boundary(&text, start);
        let end = boundary(&text, (start + 1 + rng.below(40)).min(chars));
        match rng.below(6) {
            0 | 1 => {
                let token = *rng.pick::<&str>(TOKENS);
                text.insert_str(at, token)
            }
            2 => text.insert(at, random_char(rng)),
            3 => text.replace_range(at..end, ""),
            4 => {
                let piece = text[at..end].repeat(1 + rng.below(4));
                text.insert_str(at, &piece);
            }
            _ => {
                let other = rng.pick(seeds);
                let from = boundary(other, rng.below(other.chars().count() + 1));
                let piece: String = other[from..].chars().take(80).collect();
                text.insert_str(at, &piece);
            }
        }
        if text.len() > max_len {
            text.truncate(boundary(&text, max_len / 4));
        }
    }
    text
}

fn runs() -> u64 {
    std::env::var("RAINCHECK_FUZZ_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000)
}

fn rng() -> Rng {
    let seed = std::env::var("RAINCHECK_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x5EED_CAFE_F00D_u64);
    Rng(seed | 1)
}

fn report(name: &str, runs: u64, accepted: u64, started: Instant) {
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{name}: {runs} inputs, {accepted} accepted, no panic, {seconds:.0} s ({:.0} per second)",
        runs as f64 / seconds
    );
}

const INVITES: &[&str] = &[
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20261203T100000\r\nDTEND;TZID=Europe/Berlin:20261203T104500\r\nORGANIZER;CN=Dana Lee:mailto:dana@globex.example\r\nUID:abc123@google.com\r\nSUMMARY:Interview: Data Engineer at Globex\r\nDESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij\\nL\r\n ooking forward to it\\, Dana\r\nLOCATION:Online\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT10M\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nORGANIZER;CN=\"Sam Patel\":mailto:sam@initech.example\r\nSUMMARY:Initech – Second round\r\nDTSTART;TZID=W. Europe Standard Time:20270328T100000\r\nDTEND;TZID=W. Europe Standard Time:20270328T110000\r\nUID:040000008200E00074C5B7101A82E008\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261203T090000Z\nDTEND:20261203T100000Z\nSUMMARY:Interview with Hooli\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART:20261204T090000\nSUMMARY:Interview - Backend\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261205\nEND:VEVENT\nEND:VCALENDAR\n",
];

#[test]
#[ignore = "a long run; see the file's first lines"]
fn a_million_mutated_invites() {
    let seeds: Vec<String> = INVITES.iter().map(|s| (*s).to_owned()).collect();
    let mut rng = rng();
    let (runs, started) = (runs(), Instant::now());
    let mut accepted = 0;
    for _ in 0..runs {
        let seed = rng.pick(&seeds);
        let text = mutate(&mut rng, seed, &seeds, 16_384);
        match import_ics(&text) {
            Ok(_) => accepted += 1,
            Err(error) => assert!(!error.to_string().is_empty()),
        }
    }
    report("ics import", runs, accepted, started);
}

fn all_templates() -> Vec<(String, String)> {
    let mut sources = Vec::new();
    for kind in MessageKind::ALL {
        for channel in kind.channels() {
            let name = template_name(*kind, *channel, MessageLanguage::default());
            if let Some(source) = builtin_source(&name) {
                sources.push((name, source.to_owned()));
            }
        }
    }
    sources
}

fn good_input(kind: MessageKind, channel: Channel) -> MessageInput {
    MessageInput {
        kind: Some(kind),
        channel: Some(channel),
        candidate: CandidateInput {
            name: Some("Ana Martínez".into()),
            email: Some("ana@example.org".into()),
            phone: Some("+34 600 123 456".into()),
        },
        interview: InterviewInput {
            company: Some("Acme".into()),
            position: Some("Engineer".into()),
            interviewer: Some("Dana Lee".into()),
            starts_at: Some("2026-12-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            duration_minutes: Some(45),
            location: None,
        },
        candidate_tz: Some("America/New_York".into()),
        reason: Some("I accepted another offer".into()),
        slots: vec![SlotInput {
            starts_at: "2026-12-07T14:00".into(),
            tz: "Europe/Berlin".into(),
        }],
        pause_until: chrono::NaiveDate::from_ymd_opt(2027, 1, 15),
        new_role: Some("a platform team at Globex".into()),
        referral: Some("Priya Raman".into()),
        ..MessageInput::default()
    }
}

#[test]
#[ignore = "a long run; see the file's first lines"]
fn a_million_mutated_templates() {
    let templates = all_templates();
    let seeds: Vec<String> = templates.iter().map(|(_, s)| s.clone()).collect();
    let mut rng = rng();
    let (runs, started) = (runs(), Instant::now());
    let mut accepted = 0;
    for _ in 0..runs {
        let (name, seed) = rng.pick(&templates);
        let source = mutate(&mut rng, seed, &seeds, 4_096);
        if check_template(name, &source).is_err() {
            continue;
        }
        accepted += 1;
        // Only a template that passed is filled in: the checks' promise is
        // that it renders within the limits without a panic.
        let loaded = Templates::with_edits(&[(name.clone(), source)]).expect("built-ins load");
        let (kind, channel) = (MessageKind::ALL.iter())
            .flat_map(|k| k.channels().iter().map(move |c| (*k, *c)))
            .find(|(k, c)| template_name(*k, *c, MessageLanguage::default()) == *name)
            .expect("a template of a kind and channel");
        if let Ok(drafted) = draft(&good_input(kind, channel), &loaded) {
            assert!(drafted.full_text().len() <= 64 * 1024);
        }
    }
    report("templates", runs, accepted, started);
}

#[test]
#[ignore = "a long run; see the file's first lines"]
fn a_million_mutated_draft_inputs() {
    let seeds: Vec<String> = [
        "Ana Martínez",
        "ana@example.org",
        "+34 600 123 456",
        "Acme Analytics GmbH",
        "Senior Engineer, Payments",
        "2026-12-03T10:00",
        "2026-10-25T01:30+01:00",
        "Europe/Berlin",
        "America/New_York",
        "I accepted another offer.",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let templates = Templates::builtin().expect("built-ins load");
    let channels = [
        Channel::Phone,
        Channel::Voicemail,
        Channel::Email,
        Channel::Linkedin,
        Channel::Platform,
        Channel::Sms,
    ];
    let mut rng = rng();
    let (runs, started) = (runs(), Instant::now());
    let mut accepted = 0;
    for _ in 0..runs {
        let kind = *rng.pick(MessageKind::ALL);
        let channel = *rng.pick(&channels);
        let mut input = good_input(kind, channel);
        for _ in 0..1 + rng.below(3) {
            let field = rng.below(12);
            // An unknown zone is compared with every zone name for the
            // suggestions, some milliseconds in a debug build: zones get one
            // case in twenty here, and their own property test.
            if matches!(field, 7 | 8) && rng.below(20) != 0 {
                continue;
            }
            let seed = rng.pick(&seeds);
            let text = mutate(&mut rng, seed, &seeds, 400);
            let odd = Some(text.clone());
            match field {
                0 => input.candidate.name = odd,
                1 => input.candidate.email = odd,
                2 => input.candidate.phone = odd,
                3 => input.interview.company = odd,
                4 => input.interview.position = odd,
                5 => input.interview.interviewer = odd,
                6 => input.interview.starts_at = odd,
                7 => input.interview.tz = odd,
                8 => input.candidate_tz = odd,
                9 => input.reason = odd,
                10 => {
                    let slot = SlotInput {
                        starts_at: text,
                        tz: "Europe/Berlin".into(),
                    };
                    input.slots = vec![slot; rng.below(5)];
                }
                _ => input.referral = odd,
            }
        }
        if draft(&input, &templates).is_ok() {
            accepted += 1;
        }
    }
    report("draft input", runs, accepted, started);
}
