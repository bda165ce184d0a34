//! Every built-in voicemail, read aloud at a normal pace, fits in 30 seconds
//! (docs/domain.md §2: a short voicemail, then the e-mail). Each is rendered with
//! long but realistic names and a full phone number, on the longest branches
//! (short notice, in person, both clocks), spoken by espeak-ng at 160 words a
//! minute, and timed from the length of the sound it writes.
//!
//! espeak-ng is a Debian package that `scripts/setup.sh --test` installs;
//! without it this test fails rather than passing unmeasured.

use std::io::{ErrorKind, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use raincheck_core::language::MessageLanguage;
use raincheck_core::message::{
    draft, CandidateInput, Channel, InterviewInput, MessageInput, MessageKind, SlotInput, Templates,
};

const MOST_SECONDS: f64 = 30.0;
/// A normal speaking pace; espeak-ng's own default (175) is brisk.
const WORDS_PER_MINUTE: &str = "160";

fn longish_input(kind: MessageKind) -> MessageInput {
    MessageInput {
        kind: Some(kind),
        channel: Some(Channel::Voicemail),
        candidate: CandidateInput {
            name: Some("Alexandra Fitzgerald".into()),
            email: Some("alexandra.fitzgerald@example.org".into()),
            phone: Some("+44 7700 900 123".into()),
        },
        interview: InterviewInput {
            company: Some("Northbridge Energy Partners".into()),
            position: Some("Senior Data Platform Engineer".into()),
            interviewer: Some("Jean-Baptiste Moreau".into()),
            starts_at: Some("2026-12-03T17:30".into()),
            tz: Some("America/New_York".into()),
            duration_minutes: Some(45),
            location: Some("200 Park Avenue, New York".into()),
        },
        candidate_tz: Some("Europe/London".into()),
        reason: Some("a family matter needs my attention that week".into()),
        slots: ["2026-12-07T14:00", "2026-12-08T09:30"]
            .iter()
            .map(|start| SlotInput {
                starts_at: (*start).into(),
                tz: "America/New_York".into(),
            })
            .collect(),
        pause_until: NaiveDate::from_ymd_opt(2027, 1, 15),
        still_interested: Some(true),
        hours_until: Some(5.0),
        minutes_late: Some(15),
        ..MessageInput::default()
    }
}

/// How long espeak-ng takes to say `text`, in seconds.
fn spoken_seconds(text: &str, voice: &str, dir: &Path) -> f64 {
    let wav = dir.join("voicemail.wav");
    let child = Command::new("espeak-ng")
        .args(["-v", voice, "-s", WORDS_PER_MINUTE, "--stdin", "-w"])
        .arg(&wav)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) if e.kind() == ErrorKind::NotFound => panic!(
            "espeak-ng is not installed, so the voicemails cannot be timed: run scripts/setup.sh --test"
        ),
        Err(e) => panic!("espeak-ng could not be started: {e}"),
    };
    child
        .stdin
        .take()
        .expect("espeak-ng's input")
        .write_all(text.as_bytes())
        .expect("text written to espeak-ng");
    let output = child.wait_with_output().expect("espeak-ng finished");
    assert!(
        output.status.success(),
        "espeak-ng failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    wav_seconds(&std::fs::read(&wav).expect("espeak-ng wrote its sound file"))
}

/// The length of a PCM WAV file: the bytes of its data chunk over the bytes
/// per second its format chunk gives.
fn wav_seconds(wav: &[u8]) -> f64 {
    assert!(
        wav.len() >= 12 && &wav[..4] == b"RIFF" && &wav[8..12] == b"WAVE",
        "not a WAV file"
    );
    let le_u32 = |at: usize| u32::from_le_bytes(wav[at..at + 4].try_into().unwrap());
    let mut at = 12;
    let mut byte_rate = None;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let size = le_u32(at + 4) as usize;
        let body = at + 8;
        if id == b"fmt " {
            byte_rate = Some(le_u32(body + 8));
        } else if id == b"data" {
            let rate = byte_rate.expect("the format chunk comes before the data");
            // A streamed file may leave the size unset: then the data runs to the end.
            let bytes = size.min(wav.len() - body);
            return bytes as f64 / f64::from(rate);
        }
        at = body + size + size % 2;
    }
    panic!("the WAV file has no data chunk");
}

/// The espeak-ng voice that reads a language.
fn voice(language: MessageLanguage) -> &'static str {
    match language {
        MessageLanguage::BritishEnglish => "en-gb",
        MessageLanguage::AmericanEnglish => "en-us",
        MessageLanguage::German => "de",
        MessageLanguage::French => "fr",
        MessageLanguage::Spanish => "es",
    }
}

#[test]
fn every_voicemail_takes_at_most_thirty_seconds_to_say() {
    let templates = Templates::builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut too_long = Vec::new();
    for language in MessageLanguage::WRITTEN {
        for kind in MessageKind::ALL {
            if !kind.channels().contains(&Channel::Voicemail) {
                continue;
            }
            let mut input = longish_input(*kind);
            input.language = Some(language);
            let text = draft(&input, &templates)
                .unwrap_or_else(|e| panic!("{kind} in {language}: {e}"))
                .full_text();
            let seconds = spoken_seconds(&text, voice(language), dir.path());
            println!(
                "{language:<5} {:<24} {seconds:5.1} s, {} words",
                kind.as_str(),
                text.split_whitespace().count()
            );
            if seconds > MOST_SECONDS {
                too_long.push(format!("{kind} in {language}: {seconds:.1} s\n{text}"));
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "voicemails over {MOST_SECONDS} s read aloud:\n{}",
        too_long.join("\n\n")
    );
}

#[test]
fn the_wav_length_is_read_from_its_header() {
    // 22050 samples a second, mono, 16 bits: 44100 bytes a second.
    let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
    wav.extend(16u32.to_le_bytes());
    wav.extend(1u16.to_le_bytes()); // PCM
    wav.extend(1u16.to_le_bytes()); // channels
    wav.extend(22_050u32.to_le_bytes());
    wav.extend(44_100u32.to_le_bytes());
    wav.extend(2u16.to_le_bytes());
    wav.extend(16u16.to_le_bytes());
    wav.extend(b"data");
    wav.extend(88_200u32.to_le_bytes());
    wav.extend(vec![0u8; 88_200]);
    assert!((wav_seconds(&wav) - 2.0).abs() < 1e-9);
}
