// One interview: its facts, the decision, the history and the messages.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { countdown, timeIn, systemZone, DECISION_LABELS, CHANNEL_LABELS } from "../format.js";
import { openInterviewForm } from "./interview-form.js";
import { toast } from "../app.js";

let current = null;

export async function show(id) {
  const record = await call("get_interview", { id: Number(id) });
  current = record;
  render(record);
}

const FIELD_LABELS = {
  created: "Added",
  company: "Company",
  position: "Position",
  interviewer_name: "Interviewer",
  interviewer_email: "Interviewer's e-mail",
  interviewer_phone: "Interviewer's phone",
  contact_channel: "Contact channel",
  starts_at: "Time",
  tz: "Time zone",
  duration_minutes: "Duration",
  location: "Place or link",
  stage: "Stage",
  notes: "Notes",
  decision: "Decision",
  decision_reason: "Reason",
  scenario: "Situation",
  pause_until: "Check back on",
  message_sent: "Message sent",
  prep_time_zone: "Checklist: time and zone",
  prep_technology: "Checklist: technology",
  prep_talking_points: "Checklist: talking points",
  prep_job_description: "Checklist: job description",
  talking_points: "Talking points",
  job_description: "Job description",
  message_language: "Language of messages",
};

// A language's name as the Draft view's list gives it (one list in the page).
function languageName(code) {
  if (!code) return null;
  return $(`#draft-options [name=language] option[value="${CSS.escape(code)}"]`)?.textContent ?? code;
}

function historyValue(entry, value) {
  if (value === null || value === undefined) return "—";
  if (entry.field === "starts_at") return timeIn(value, current.tz);
  if (entry.field === "decision") return DECISION_LABELS[value] ?? value;
  return value;
}

function render(record) {
  const root = clear($("#interview-detail"));
  const home = systemZone();
  const facts = [
    ["When", `${timeIn(record.starts_at, record.tz)} (${record.tz})`],
    timeIn(record.starts_at, home) !== timeIn(record.starts_at, record.tz) ? ["Your time", timeIn(record.starts_at, home)] : null,
    ["Time left", countdown(record.starts_at)],
    ["Duration", `${record.duration_minutes} min`],
    ["Interviewer", record.interviewer.name],
    ["E-mail", record.interviewer.email],
    ["Phone", record.interviewer.phone],
    ["In touch by", CHANNEL_LABELS[record.contact_channel]],
    ["Place or link", record.location],
    ["Stage", record.stage],
    ["Reason", record.decision_reason],
    ["Check back on", record.pause_until],
    ["Notes", record.notes],
    ["Write to them in", languageName(record.message_language)],
  ].filter((row) => row && row[1]);

  append(root, 
    el("div", { class: "detail-head" },
      el("div", {},
        el("h1", { id: "detail-title" }, record.company),
        el("p", { class: "detail-position" }, record.position)),
      el("span", { class: `badge decision-${record.decision}`, id: "detail-decision" }, DECISION_LABELS[record.decision])),
    el("div", { class: "detail-actions" },
      el("a", { class: "button primary", id: "detail-decide", href: `#decide/${record.id}`, "aria-keyshortcuts": "d" },
        record.decision === "undecided" ? "Decide…" : "Decide again…"),
      el("a", { class: "button", id: "detail-draft", href: `#draft/${record.id}` }, "Draft a message"),
      el("button", { type: "button", class: "button", id: "detail-edit", onclick: () => openInterviewForm(current, () => show(current.id)) }, "Edit"),
      el("button", { type: "button", class: "button", id: "detail-ics", onclick: exportIcs }, "Add to calendar (.ics)"),
      el("button", { type: "button", class: "button danger", id: "detail-delete", onclick: confirmDelete }, "Delete…")),
    record.decision === "attend" ? prepChecklist(record, home) : null,
    el("section", { class: "card" },
      el("h2", {}, "Details"),
      el("dl", { class: "facts" }, facts.flatMap(([label, value]) => [el("dt", {}, label), el("dd", {}, value)]))),
    el("section", { class: "card", "aria-labelledby": "messages-title" },
      el("h2", { id: "messages-title" }, "Messages"),
      record.messages.length === 0
        ? el("p", { class: "muted" }, "No message recorded yet.")
        : el("ul", { class: "messages", id: "detail-messages" }, record.messages.map((message) =>
          el("li", {},
            el("strong", {}, `${CHANNEL_LABELS[message.channel] ?? message.channel} · ${message.kind.replaceAll("_", " ")}`),
            el("span", { class: "muted" }, message.sent_at ? ` — sent ${timeIn(message.sent_at, home)}` : " — not sent"),
            message.subject ? el("div", {}, message.subject) : null,
            message.reply
              ? [el("div", { class: "reply" }, `Their reply: ${message.reply}`),
                el("a", { class: "button small", href: `#draft/${record.id}/thank_you_reply/email` }, "Thank them"),
                " ",
                el("a", { class: "button small", href: `#draft/${record.id}/reply_to_negative/email` }, "Reply to a no")]
              : message.sent_at ? el("button", { type: "button", class: "button small", onclick: () => recordReply(message) }, "They replied…") : null)))),
    el("section", { class: "card", "aria-labelledby": "history-title" },
      el("h2", { id: "history-title" }, "History"),
      el("ol", { class: "timeline", id: "detail-history" }, record.history.map((entry) =>
        el("li", {},
          el("time", { datetime: entry.at }, timeIn(entry.at, home)),
          el("span", { class: "history-field" }, FIELD_LABELS[entry.field] ?? entry.field),
          entry.field === "created"
            ? el("span", {}, "Added to the log")
            : el("span", {}, `${historyValue(entry, entry.old_value)} → ${historyValue(entry, entry.new_value)}`))))),
  );
}

// The four things to do before an interview one attends; each change is kept
// at once (with its history), so a restart or a reminder finds it as left.
function prepChecklist(record, home) {
  const prep = record.prep;
  const done = el("span", { class: "muted", id: "prep-done" });
  const countDone = () => {
    const ticked = [...section.querySelectorAll("[data-item]")].filter((box) => box.checked).length;
    done.textContent = ` ${ticked} of 4 done`;
  };
  const saved = el("p", { class: "visually-hidden", role: "status", id: "prep-saved" });
  // Said once per change, for a screen reader: "Talking points saved."
  const save = async (update, said) => {
    try {
      current = { ...current, ...(await call("update_prep", { id: current.id, update })) };
      saved.textContent = said;
    } catch (error) {
      toast(error.message);
    }
  };
  const tick = (item, label, ...detail) => el("li", {},
    el("label", { class: "checkbox" },
      el("input", {
        type: "checkbox", checked: prep[item], dataset: { item },
        onchange: (event) => {
          countDone();
          const ticked = event.target.checked;
          save(ticked ? { tick: [item] } : { untick: [item] }, `${label}: ${ticked ? "ticked" : "not ticked"}.`);
        },
      }),
      " ", label),
    detail.length ? el("div", { class: "prep-detail" }, detail) : null);
  const theirs = timeIn(record.starts_at, record.tz);
  const yours = timeIn(record.starts_at, home);
  const hasLink = /https?:\/\//i.test(record.location ?? "");
  const points = [0, 1, 2].map((n) => el("input", {
    type: "text", id: `prep-point-${n + 1}`, maxlength: "200", value: prep.points[n] ?? "",
    "aria-label": `Talking point ${n + 1}`, placeholder: ["What you did that fits this role", "A question for them", "Why this company"][n],
    onchange: () => save({ points: points.map((input) => input.value) }, "Talking points saved."),
  }));
  const description = el("textarea", {
    id: "prep-job-description", rows: "3",
    "aria-label": "The job description: a link or the text",
    placeholder: "Paste the link to the advert, or its text",
    onchange: () => save({ job_description_text: description.value }, "Job description saved."),
  }, prep.job_description_text ?? "");
  const section = el("section", { class: "card", id: "prep", "aria-labelledby": "prep-title" },
    el("h2", { id: "prep-title" }, "Before the interview", done),
    el("ul", { class: "prep-list" },
      tick("time_zone", "Time and zone confirmed with them",
        el("span", { class: "muted" }, theirs === yours ? `${theirs} (${record.tz})` : `Their time ${theirs} (${record.tz}) · your time ${yours}`)),
      tick("technology", "Link, camera and sound tried",
        hasLink
          ? el("button", { type: "button", class: "button small", id: "prep-open-link", onclick: () => call("open_link", { link: { meeting: { interview: record.id } } }).catch((error) => toast(error.message)) }, "Open the meeting link")
          : el("span", { class: "muted" }, record.location ? `Place: ${record.location}` : "No place or link recorded: add it with Edit.")),
      tick("talking_points", "Three talking points ready", points),
      tick("job_description", "Job description read again", description)),
    saved);
  countDone();
  return section;
}

async function exportIcs() {
  try {
    const { path } = await call("export_interview_ics", { id: current.id });
    toast(`Saved to ${path}: open it to add the interview to your calendar.`);
  } catch (error) {
    toast(error.message);
  }
}

function recordReply(message) {
  const dialog = $("#reply-dialog");
  $("#reply-text").value = "";
  dialog.returnValue = "";
  dialog.showModal();
  dialog.addEventListener("close", async () => {
    if (dialog.returnValue !== "save") return;
    try {
      await call("record_reply", { messageId: message.id, reply: $("#reply-text").value });
      toast("Their reply is recorded.");
      await show(current.id);
    } catch (error) {
      toast(error.message);
    }
  }, { once: true });
}

function confirmDelete() {
  const dialog = $("#confirm-dialog");
  $("#confirm-text").textContent =
    `Delete the interview with ${current.company} and everything recorded about it? You can undo this right after.`;
  dialog.returnValue = "";
  dialog.showModal();
  dialog.addEventListener("close", async () => {
    if (dialog.returnValue !== "confirm") return;
    try {
      const record = await call("delete_interview", { id: current.id });
      location.hash = "#interviews";
      toast(`Deleted ${record.company}.`, {
        label: "Undo",
        run: async () => {
          await call("restore_interview", { record });
          location.hash = `#interview/${record.id}`;
        },
      });
    } catch (error) {
      toast(error.message);
    }
  }, { once: true });
}
