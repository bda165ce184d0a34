// One interview: its facts, the decision, the history and the messages.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { catalogue } from "../catalogue.js";
import { openInterviewForm } from "./interview-form.js";
import { toast } from "../toast.js";
import { currentVisit, stillOn } from "../visit.js";

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
        record.decided ? "Decide again…" : "Decide…"),
      el("a", { class: "button", id: "detail-draft", href: `#draft/${record.id}` }, "Draft a message"),
      el("button", { type: "button", class: "button", id: "detail-edit", onclick: () => openInterviewForm(current, () => show(current.id)) }, "Edit"),
      el("button", { type: "button", class: "button", id: "detail-ics", onclick: exportIcs }, "Add to calendar (.ics)"),
      el("button", { type: "button", class: "button danger", id: "detail-delete", onclick: confirmDelete }, "Delete…")),
    record.shows_checklist ? prepChecklist(record) : null,
    el("section", { class: "card" },
      el("h2", {}, "Details"),
      el("dl", { class: "facts" }, record.facts.flatMap(({ label, value }) => [el("dt", {}, label), el("dd", {}, value)]))),
    el("section", { class: "card", "aria-labelledby": "messages-title" },
      el("h2", { id: "messages-title" }, "Messages"),
      record.messages.length === 0
        ? el("p", { class: "muted" }, "No message recorded yet.")
        : el("ul", { class: "messages", id: "detail-messages" }, record.messages.map((message, i) =>
          el("li", {},
            el("strong", {}, record.message_lines[i].title),
            el("span", { class: "muted" }, ` — ${record.message_lines[i].sent}`),
            message.subject ? el("div", {}, message.subject) : null,
            message.reply
              ? [el("div", { class: "reply" }, `Their reply: ${message.reply}`),
                record.message_lines[i].answers.map((answer) => [
                  el("a", { class: "button small", href: `#draft/${record.id}/${answer.kind}/${answer.channel}` }, answer.label), " "])]
              : message.sent_at ? el("button", { type: "button", class: "button small", onclick: () => recordReply(message) }, "They replied…") : null)))),
    el("section", { class: "card", "aria-labelledby": "history-title" },
      el("h2", { id: "history-title" }, "History"),
      el("ol", { class: "timeline", id: "detail-history" }, record.history.map((entry, i) =>
        el("li", {},
          el("time", { datetime: entry.at }, record.history_lines[i].at),
          el("span", { class: "history-field" }, record.history_lines[i].field),
          el("span", {}, record.history_lines[i].change))))),
  );
}

// The four things to do before an interview one attends; each change is kept
// at once (with its history), so a restart or a reminder finds it as left.
function prepChecklist(record) {
  const prep = record.prep;
  const items = words.prep_items;
  const done = el("span", { class: "muted", id: "prep-done" });
  const countDone = () => {
    const ticked = [...section.querySelectorAll("[data-item]")].filter((box) => box.checked).length;
    done.textContent = ` ${ticked} of ${Object.keys(items).length} done`;
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
          save(ticked ? { tick: [item] } : { untick: [item] }, `${items[item]}: ${ticked ? "ticked" : "not ticked"}.`);
        },
      }),
      " ", items[item]),
    detail.length ? el("div", { class: "prep-detail" }, detail) : null);
  const { theirs, yours } = record.start;
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
      tick("time_zone",
        el("span", { class: "muted" }, yours ? `Their time ${theirs} (${record.tz}) · your time ${yours}` : `${theirs} (${record.tz})`)),
      tick("technology",
        record.has_meeting_link
          ? el("button", { type: "button", class: "button small", id: "prep-open-link", onclick: () => call("open_link", { link: { meeting: { interview: record.id } } }).catch((error) => toast(error.message)) }, "Open the meeting link")
          : el("span", { class: "muted" }, record.location ? `Place: ${record.location}` : "No place or link recorded: add it with Edit.")),
      tick("talking_points", points),
      tick("job_description", description)),
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
