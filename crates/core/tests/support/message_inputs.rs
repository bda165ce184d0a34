//! A spread of message inputs: short and long names, one zone or two, every
//! option, short notice or not; shared by the tests that draft every template.

use chrono::NaiveDate;
use raincheck_core::decision::Decision;
use raincheck_core::message::{
    CandidateInput, Channel, InterviewInput, MessageInput, MessageKind, MessageOptions, SlotInput,
};

pub struct Variant {
    pub label: &'static str,
    pub name: &'static str,
    pub position: &'static str,
    pub interviewer: Option<&'static str>,
    pub starts_at: &'static str,
    pub tz: &'static str,
    pub candidate_tz: Option<&'static str>,
    pub slots: usize,
    pub reason: Option<&'static str>,
    pub options: MessageOptions,
    /// The interview's place: an address is in person, a link is not.
    pub location: Option<&'static str>,
    /// Drafted under 24 hours before (for every channel but e-mail, which
    /// the checker rightly flags then).
    pub short_notice: bool,
    pub still_interested: Option<bool>,
    pub decision: Option<Decision>,
}

pub fn variants() -> Vec<Variant> {
    vec![
        Variant {
            label: "plain, same zone",
            name: "Ana Martínez",
            position: "Backend Engineer",
            interviewer: Some("Dana Lee"),
            starts_at: "2026-12-03T10:00",
            tz: "Europe/Berlin",
            candidate_tz: Some("Europe/Paris"),
            slots: 2,
            reason: None,
            options: MessageOptions::default(),
            location: Some("Friedrichstraße 12, 10117 Berlin"),
            short_notice: true,
            still_interested: None,
            decision: Some(Decision::Withdraw),
        },
        Variant {
            label: "long names, both zones, every option",
            name: "Maximiliana Alexandra Oyelaran-Fitzgerald de la Cruz",
            position: "Senior Staff Software Engineer, Payments Infrastructure",
            interviewer: Some("Jean-Baptiste Poquelin-Moreau"),
            starts_at: "2026-12-03T17:30",
            tz: "America/New_York",
            candidate_tz: Some("Asia/Tokyo"),
            slots: 3,
            reason: Some("a family matter needs my attention that week"),
            options: MessageOptions {
                door_open: true,
                keep_in_touch: true,
                first_names: true,
            },
            location: Some("5th floor, 200 Park Avenue South, New York, NY 10003"),
            short_notice: true,
            still_interested: Some(false),
            decision: Some(Decision::Pause),
        },
        Variant {
            label: "non-ASCII, no interviewer, DST day",
            name: "Zoë Ødegård-Ní Bhriain",
            position: "Ingénieure données",
            interviewer: None,
            starts_at: "2027-03-28T09:00",
            tz: "Europe/Berlin",
            candidate_tz: Some("America/Sao_Paulo"),
            slots: 0,
            reason: Some("my travel plans changed"),
            options: MessageOptions {
                door_open: true,
                ..Default::default()
            },
            location: Some("https://meet.example.com/abc-defg-hij"),
            short_notice: false,
            still_interested: Some(true),
            decision: Some(Decision::Reschedule),
        },
        Variant {
            label: "autumn fold with offset, no candidate zone",
            name: "李小龍",
            position: "Product Manager",
            interviewer: Some("Sam"),
            starts_at: "2026-10-25T01:30+01:00",
            tz: "Europe/London",
            candidate_tz: None,
            slots: 2,
            reason: None,
            options: MessageOptions {
                keep_in_touch: true,
                ..Default::default()
            },
            location: None,
            short_notice: false,
            still_interested: None,
            decision: None,
        },
    ]
}

const SLOT_TIMES: [&str; 3] = ["2026-12-07T14:00", "2026-12-08T09:30", "2026-12-09T16:00"];

pub fn input_for(kind: MessageKind, channel: Channel, v: &Variant) -> MessageInput {
    MessageInput {
        kind: Some(kind),
        channel: Some(channel),
        candidate: CandidateInput {
            name: Some(v.name.into()),
            email: Some("candidate@example.org".into()),
            phone: Some("+34 600 123 456".into()),
        },
        interview: InterviewInput {
            company: Some("Acme Analytics GmbH".into()),
            position: Some(v.position.into()),
            interviewer: v.interviewer.map(Into::into),
            starts_at: Some(v.starts_at.into()),
            tz: Some(v.tz.into()),
            duration_minutes: Some(45),
            location: v.location.map(Into::into),
        },
        candidate_tz: v.candidate_tz.map(Into::into),
        reason: v.reason.map(Into::into),
        slots: SLOT_TIMES[..v.slots]
            .iter()
            .map(|s| SlotInput {
                starts_at: (*s).into(),
                tz: v.tz.into(),
            })
            .collect(),
        pause_until: NaiveDate::from_ymd_opt(2027, 1, 15),
        new_role: Some("a data platform role at Globex".into()),
        their_subject: v
            .reason
            .map(|_| "RE: Your interview with Acme Analytics".into()),
        still_interested: v.still_interested,
        decision: v.decision,
        moving_to: v.reason.map(|_| "Lisbon".into()),
        moving_when: v.reason.map(|_| "at the end of January".into()),
        referral: v.options.door_open.then(|| "Priya Raman".into()),
        // The moments' inputs, given in some variants and left out in others.
        minutes_late: v.reason.map(|_| 15),
        new_time: (v.slots > 0).then(|| SlotInput {
            starts_at: SLOT_TIMES[1].into(),
            tz: v.tz.into(),
        }),
        next_round: v.reason.map(|_| "the final round".into()),
        agency: v.options.door_open.then(|| "Northbridge Talent".into()),
        recruiter: v.interviewer.map(|_| "Chris Morgan".into()),
        days_since_last_message: v.reason.map(|_| 6),
        options: v.options.clone(),
        hours_until: (v.short_notice && channel != Channel::Email).then_some(5.0),
        now: None,
        language: None,
    }
}

/// The user's own words of an input (the reason, the move, the new role,
/// their subject, the round) as a user writing in `language` types them, so a
/// draft in German is checked as German throughout.
pub fn in_language(
    mut input: MessageInput,
    language: raincheck_core::language::MessageLanguage,
) -> MessageInput {
    use raincheck_core::language::MessageLanguage as L;
    input.language = Some(language);
    let words: [&str; 7] = match language {
        L::BritishEnglish | L::AmericanEnglish => return input,
        L::German => [
            "eine familiäre Angelegenheit braucht in dieser Woche meine Aufmerksamkeit",
            "meine Reisepläne haben sich geändert",
            "Lissabon",
            "Ende Januar",
            "eine Stelle im Bereich Datenplattformen bei Globex",
            "AW: Ihr Vorstellungsgespräch bei Acme Analytics",
            "die letzte Runde",
        ],
        L::French => [
            "une affaire familiale demande mon attention cette semaine",
            "mes projets de voyage ont changé",
            "Lisbonne",
            "fin janvier",
            "un poste dans les plateformes de données chez Globex",
            "RE : Votre entretien chez Acme Analytics",
            "le dernier entretien",
        ],
        L::Spanish => [
            "un asunto familiar requiere mi atención esa semana",
            "mis planes de viaje han cambiado",
            "Lisboa",
            "a finales de enero",
            "un puesto en plataformas de datos en Globex",
            "RE: Su entrevista con Acme Analytics",
            "la ronda final",
        ],
    };
    let [family, travel, city, when, role, subject, round] = words;
    input.reason = input.reason.map(|reason| {
        if reason.contains("family") {
            family.to_owned()
        } else {
            travel.to_owned()
        }
    });
    input.moving_to = input.moving_to.map(|_| city.to_owned());
    input.moving_when = input.moving_when.map(|_| when.to_owned());
    input.new_role = input.new_role.map(|_| role.to_owned());
    input.their_subject = input.their_subject.map(|_| subject.to_owned());
    input.next_round = input.next_round.map(|_| round.to_owned());
    input
}

/// What a draft that does not pass the checker shows in a test's failure:
/// the draft, then each failed item and problem.
pub fn failure_report(
    label: &str,
    text: &str,
    report: &raincheck_core::message::CheckReport,
) -> String {
    let failed: Vec<_> = report
        .items
        .iter()
        .filter(|i| i.status == raincheck_core::message::ItemStatus::Fail)
        .map(|i| format!("{}: {}", i.id, i.message))
        .collect();
    let problems: Vec<_> = report
        .problems
        .iter()
        .map(|p| format!("{}: {} [{}]", p.id, p.message, p.excerpt))
        .collect();
    format!("--- {label}\n{text}\nfailed: {failed:?}\nproblems: {problems:?}")
}
