//! The time to draft and check one message (a benchmark: it prints, asserts
//! nothing). Run with `cargo bench -p raincheck-core --bench messages`.

use std::time::Instant;

use raincheck_core::message::{
    check, draft, CandidateInput, Channel, InterviewInput, MessageInput, MessageKind, SlotInput,
    Templates,
};

const RUNS: usize = 200;

fn main() {
    let input = MessageInput {
        kind: Some(MessageKind::Reschedule),
        channel: Some(Channel::Email),
        candidate: CandidateInput {
            name: Some("Ana Martínez".into()),
            email: Some("ana@example.org".into()),
            phone: None,
        },
        interview: InterviewInput {
            company: Some("Acme".into()),
            position: Some("Backend Engineer".into()),
            interviewer: Some("Dana Lee".into()),
            starts_at: Some("2026-12-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            duration_minutes: Some(45),
            location: None,
        },
        candidate_tz: Some("America/New_York".into()),
        slots: vec![
            SlotInput {
                starts_at: "2026-12-07T15:00".into(),
                tz: "Europe/Berlin".into(),
            },
            SlotInput {
                starts_at: "2026-12-08T10:00".into(),
                tz: "Europe/Berlin".into(),
            },
        ],
        ..MessageInput::default()
    };
    let templates = Templates::builtin().expect("the built-in templates");
    // The first draft in a language parses that language's templates.
    let started = Instant::now();
    draft(&input, &templates).expect("a first draft");
    let load = started.elapsed();
    let mut render = Vec::new();
    let mut checking = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let drafted = draft(&input, &templates).expect("a draft");
        render.push(start.elapsed());
        let start = Instant::now();
        let report = check(&drafted.full_text(), &input).expect("a check");
        checking.push(start.elapsed());
        std::hint::black_box(report);
    }
    render.sort();
    checking.sort();
    println!("Messages, median of {RUNS} runs ({} templates in all): the first English draft, parsing the English ones, {:.1} ms (once); then render one {:.3} ms, check one (English, with spelling) {:.3} ms",
        templates.list(&[]).len(), load.as_secs_f64() * 1e3, render[RUNS / 2].as_secs_f64() * 1e3, checking[RUNS / 2].as_secs_f64() * 1e3);
    german(&input);
}

/// The first German check reads the German rules and dictionaries; later ones
/// only check.
fn german(input: &MessageInput) {
    let message = "Betreff: Bitte um Verschiebung – Vorstellungsgespräch Backend Engineer am 03.12.2026

Sehr geehrte Frau Lee,

leider muss ich unser Vorstellungsgespräch für die Stelle als Backend Engineer am Donnerstag, 3. Dezember, um 10:00 Uhr MEZ verschieben. Bitte entschuldigen Sie die Unannehmlichkeiten. Wäre Ihnen Montag, der 7. Dezember, um 15:00 Uhr oder Dienstag, der 8. Dezember, um 10:00 Uhr recht?

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Ana Martínez
ana@example.org";
    let start = Instant::now();
    let first = check(message, input).expect("a check");
    let first_time = start.elapsed();
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        std::hint::black_box(check(message, input).expect("a check"));
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "German message ({}): first check, reading the rules and dictionaries, {:.0} ms; then a check {:.3} ms (median of {RUNS})",
        if first.ok { "ready to send" } else { "not ready" },
        first_time.as_secs_f64() * 1e3,
        times[RUNS / 2].as_secs_f64() * 1e3
    );
}
