// One interview: its facts, the decision, the history and the messages.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { catalogue } from "../catalogue.js";
import { openInterviewForm } from "./interview-form.js";
import { toast } from "../toast.js";
import { currentVisit, stillOn } from "../visit.js";
import { t } from "../words.js";

let current = null;
// The core's words for decisions, channels and checklist items.
let words = null;

export async function show(id) {
  const visit = currentVisit();
  const [record, labels] = await Promise.all([call("get_interview", { id: Number(id) }), catalogue()]);
  if (!stillOn(visit)) return;
  current = record;
  words = labels;
  render(record);
}

function render(record) {
  const root = clear($("#interview-detail"));

  append(root, 
    el("div", { class: "detail-head" },
      el("div", {},
        el("h1", { id: "detail-title" }, record.company),
        el("p", { class: "detail-position" }, record.position)),
      el("span", { class: `badge decision-${record.decision}`, id: "detail-decision" }, words.decisions[record.decision])),
    el("div", { class: "detail-actions" },
      el("a", { class: "button primary", id: "detail-decide", href: `#decide/${record.id}`, "aria-keyshortcuts": "d" },
        record.decided ? t("detail-decide-again") : t("detail-decide")),
      el("a", { class: "button", id: "detail-draft", href: `#draft/${record.id}` }, t("detail-draft")),
      el("button", { type: "button", class: "button", id: "detail-edit", onclick: () => openInterviewForm(current, () => show(current.id)) }, t("detail-edit")),
      el("button", { type: "button", class: "button", id: "detail-ics", onclick: exportIcs }, t("detail-add-to-calendar")),
      el("button", { type: "button", class: "button danger", id: "detail-delete", onclick: confirmDelete }, t("detail-delete"))),
    offer(record.new_time, "detail-new-time",
      " ", el("button", { type: "button", class: "button small", id: "detail-new-time-ics", onclick: exportIcs }, t("detail-update-calendar"))),
    offer(record.resume, "detail-resume"),
    reminders(record),
    record.non_negotiables.length ? el("p", { class: "banner non-negotiables", id: "detail-non-negotiables" },
      t("detail-non-negotiables", { list: record.non_negotiables.join("; ") }), " ",
      el("a", { class: "button small", href: `#decide/${record.id}` }, t("detail-decide-with-them"))) : null,
    record.shows_checklist ? prepChecklist(record) : null,
    el("section", { class: "card" },
      el("h2", {}, t("detail-details")),
      el("dl", { class: "facts" }, record.facts.flatMap(({ label, value }) => [el("dt", {}, label), el("dd", {}, value)]))),
    el("section", { class: "card", "aria-labelledby": "messages-title" },
      el("h2", { id: "messages-title" }, t("detail-messages")),
      silence(record),
      record.messages.length === 0
        ? el("p", { class: "muted" }, t("detail-no-message"))
        : el("ul", { class: "messages", id: "detail-messages" }, record.messages.map((message, i) =>
          el("li", {},
            el("strong", {}, record.message_lines[i].title),
            el("span", { class: "muted" }, ` — ${record.message_lines[i].sent}`),
            message.subject ? el("div", {}, message.subject) : null,
            message.reply
              ? [el("div", { class: "reply" }, t("detail-their-reply", { reply: message.reply })),
                record.message_lines[i].answers.map((answer) => [
                  el("a", { class: "button small", href: `#draft/${record.id}/${answer.kind}/${answer.channel}` }, answer.label), " "])]
              : message.sent_at ? el("button", { type: "button", class: "button small", onclick: () => recordReply(message) }, t("detail-they-replied")) : null)))),
    el("section", { class: "card", "aria-labelledby": "history-title" },
      el("h2", { id: "history-title" }, t("detail-history")),
      el("ol", { class: "timeline", id: "detail-history" }, record.history.map((entry, i) =>
        el("li", {},
          el("time", { datetime: entry.at }, record.history_lines[i].at),
          el("span", { class: "history-field" }, record.history_lines[i].field),
          el("span", {}, record.history_lines[i].change))))),
  );
}

// They owe an answer: the follow-up to draft, or the "no answer" mark (and
// the mark, once made, with the way back).
function silence(record) {
  if (record.no_answer) {
    return el("p", { class: "banner silence", id: "detail-no-answer" }, t("silence-marked"), " ",
      el("button", { type: "button", class: "button small", onclick: () => markNoAnswer(false) }, t("silence-unmark")));
  }
  if (!record.silence) return null;
  const { text, draft, can_mark_no_answer: canMark } = record.silence;
  return el("p", { class: "banner silence", id: "detail-silence" }, text, " ",
    draft ? el("a", { class: "button small", href: `#draft/${record.id}/${draft.kind}/${draft.channel}` }, draft.label) : null,
    canMark ? el("button", { type: "button", class: "button small", id: "detail-mark-no-answer", onclick: () => markNoAnswer(true) }, t("silence-mark")) : null);
}

// A message the moment calls for, offered as a draft: the confirmation of a
// new time they proposed (and the calendar's event to refresh: its file
// carries a higher SEQUENCE, so it replaces the old one), or the message
// that ends a pause.
function offer(line, id, ...more) {
  if (!line) return null;
  const { text, draft } = line;
  return el("p", { class: "banner silence", id }, text, " ",
    el("a", { class: "button small primary", id: `${id}-draft`, href: `#draft/${current.id}/${draft.kind}/${draft.channel}` }, draft.label), ...more);
}

// The reminders whose time has come, each to put off from here as from its
// notification.
function reminders(record) {
  if (record.reminders.length === 0) return null;
  return el("section", { class: "card", id: "detail-reminders", "aria-labelledby": "reminders-title" },
    el("h2", { id: "reminders-title" }, t("detail-reminders")),
    el("ul", { class: "reminder-lines" }, record.reminders.map((reminder) =>
      el("li", { dataset: { kind: reminder.kind } },
        el("p", {}, reminder.title, reminder.snoozed ? el("span", { class: "muted" }, ` — ${reminder.snoozed}`) : null),
        el("p", { class: "snooze", role: "group", "aria-label": t("detail-remind-me-again") },
          el("span", { class: "muted" }, t("detail-remind-me-again")), " ",
          reminder.choices.map(({ id, label }) => [
            el("button", { type: "button", class: "button small", dataset: { choice: id }, onclick: () => snooze(reminder.kind, id) }, label), " "]))))));
}

async function snooze(kind, choice) {
  try {
    await call("snooze_reminder", { id: current.id, kind, choice });
    await show(current.id);
    const put = current.reminders.find((reminder) => reminder.kind === kind);
    if (put?.snoozed) toast(put.snoozed);
  } catch (error) {
    toast(error.message);
  }
}

async function markNoAnswer(marked) {
  try {
    await call("set_no_answer", { id: current.id, marked });
    toast(marked ? t("silence-marked-toast") : t("silence-unmarked-toast"));
    await show(current.id);
  } catch (error) {
    toast(error.message);
  }
}

// The four things to do before an interview one attends; each change is kept
// at once (with its history), so a restart or a reminder finds it as left.
function prepChecklist(record) {
  const prep = record.prep;
  const items = words.prep_items;
  const done = el("span", { class: "muted", id: "prep-done" });
  const countDone = () => {
    const ticked = [...section.querySelectorAll("[data-item]")].filter((box) => box.checked).length;
    done.textContent = ` ${t("prep-done", { done: ticked, of: Object.keys(items).length })}`;
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
  const tick = (item, ...detail) => el("li", {},
    el("label", { class: "checkbox" },
      el("input", {
        type: "checkbox", checked: prep[item], dataset: { item },
        onchange: (event) => {
          countDone();
          const ticked = event.target.checked;
          save(ticked ? { tick: [item] } : { untick: [item] }, t(ticked ? "prep-ticked" : "prep-not-ticked", { item: items[item] }));
        },
      }),
      " ", items[item]),
    detail.length ? el("div", { class: "prep-detail" }, detail) : null);
  const { theirs, yours } = record.start;
  const points = [0, 1, 2].map((n) => el("input", {
    type: "text", id: `prep-point-${n + 1}`, maxlength: "200", value: prep.points[n] ?? "",
    "aria-label": t("prep-point", { n: n + 1 }), placeholder: [t("prep-point-1-hint"), t("prep-point-2-hint"), t("prep-point-3-hint")][n],
    onchange: () => save({ points: points.map((input) => input.value) }, t("prep-points-saved")),
  }));
  const description = el("textarea", {
    id: "prep-job-description", rows: "3",
    "aria-label": t("prep-job-description"),
    placeholder: t("prep-job-description-hint"),
    onchange: () => save({ job_description_text: description.value }, t("prep-job-description-saved")),
  }, prep.job_description_text ?? "");
  const section = el("section", { class: "card", id: "prep", "aria-labelledby": "prep-title" },
    el("h2", { id: "prep-title" }, t("prep-title"), done),
    el("ul", { class: "prep-list" },
      tick("time_zone",
        el("span", { class: "muted" }, yours ? t("prep-both-times", { theirs, zone: record.tz, yours }) : `${theirs} (${record.tz})`)),
      tick("technology",
        record.has_meeting_link
          ? el("button", { type: "button", class: "button small", id: "prep-open-link", onclick: () => call("open_link", { link: { meeting: { interview: record.id } } }).catch((error) => toast(error.message)) }, t("prep-open-link"))
          : el("span", { class: "muted" }, record.location ? t("prep-place", { place: record.location }) : t("prep-no-place"))),
      tick("talking_points", points),
      tick("job_description", description)),
    saved);
  countDone();
  return section;
}

async function exportIcs() {
  try {
    const { path } = await call("export_interview_ics", { id: current.id });
    toast(t("ics-saved", { path }));
  } catch (error) {
    toast(error.message);
  }
}

// Their answer to a message; with a new time they proposed, the interview
// moves there. A refusal keeps the dialog open with what was typed.
function recordReply(message, again = false) {
  const dialog = $("#reply-dialog");
  if (!again) {
    $("#reply-text").value = "";
    $("#reply-new-time").value = "";
    $("#reply-error").textContent = "";
  }
  $("#reply-zone").textContent = current.tz;
  dialog.returnValue = "";
  dialog.showModal();
  dialog.addEventListener("close", async () => {
    if (dialog.returnValue !== "save") return;
    const reply = $("#reply-text").value;
    const startsAt = $("#reply-new-time").value;
    try {
      if (startsAt) {
        await call("record_new_time", { messageId: message.id, reply, startsAt });
      } else {
        await call("record_reply", { messageId: message.id, reply });
      }
    } catch (error) {
      $("#reply-error").textContent = error.message;
      recordReply(message, true);
      return;
    }
    // Saved: only the page is left to draw (a failure there never asks to save again).
    toast(t(startsAt ? "reply-new-time-recorded" : "reply-recorded"));
    await show(current.id).catch((error) => toast(error.message));
  }, { once: true });
}

function confirmDelete() {
  const dialog = $("#confirm-dialog");
  $("#confirm-text").textContent =
    t("delete-confirm", { company: current.company });
  dialog.returnValue = "";
  dialog.showModal();
  dialog.addEventListener("close", async () => {
    if (dialog.returnValue !== "confirm") return;
    try {
      const record = await call("delete_interview", { id: current.id });
      location.hash = "#interviews";
      toast(t("deleted", { company: record.company }), {
        label: t("undo"),
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
