// The Draft view: the message for an interview, the checklist beside it, and
// the ways to send it. Drafting and checking are the core's.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { catalogue, fillChoices } from "../catalogue.js";
import { toast } from "../toast.js";
import { currentVisit, stillOn } from "../visit.js";
import { t } from "../words.js";

let record = null;
// The core's words and rules for kinds, channels and checklist items.
let words = null;
let kindsById = {};
let edited = false;
let checkTimer = null;
let lastDrafted = "";
// A draft made while the user's own edit stood: offered, never put in its place.
let waitingDraft = null;
// The template the draft came from, in its language (the editor opens it).
let currentTemplate = "";
// What the text shown was drafted as: "Mark as sent" records that, even while
// a newer draft (other options) waits behind "Use the new draft".
let shownAs = { kind: null, channel: null };

async function rememberLanguage(language) {
  try {
    record = { ...record, ...(await call("edit_interview", { id: record.id, fields: { message_language: language } })) };
  } catch (e) {
    toast(e.message);
  }
}

// Employers in the interviewer's zone often write another language: offered,
// one click away, never chosen for the user.
function showLanguageGuess(guess) {
  const hint = $("#draft-language-guess");
  hint.hidden = !guess;
  if (!guess) return;
  const select = $("#draft-options").elements.language;
  const name = [...select.options].find((option) => option.value === guess)?.textContent ?? guess;
  clear(hint).append(t("draft-language-guess", { language: name }), " ",
    el("button", { type: "button", class: "link-button", onclick: () => { select.value = guess; rememberLanguage(guess); redraft(); } }, t("draft-write-in", { language: name })));
}

// Leaving the view: a check or a preview waiting to run is not needed any more.
export function leave() {
  clearTimeout(checkTimer);
  clearTimeout(previewTimer);
}

export async function show(id, kind, channel) {
  const hasInterview = Boolean(id);
  $("#draft-empty").hidden = hasInterview;
  $("#draft-editor").hidden = !hasInterview;
  if (!hasInterview) return;
  wire();
  const visit = currentVisit();
  const [interview, labels] = await Promise.all([call("get_interview", { id: Number(id) }), catalogue()]);
  if (!stillOn(visit)) return;
  record = interview;
  words = labels;
  kindsById = Object.fromEntries(words.kinds.map((entry) => [entry.id, entry]));
  fillChoices($("#draft-options").elements.language, words.languages);
  $("#draft-title").textContent = t("draft-title", { company: record.company });
  $("#draft-subtitle").textContent = `${record.position} · ${record.start.theirs} · ${record.start.countdown}`;
  const suggested = await call("message_input", { interview: record.id, input: { kind: kind ?? null, channel: channel ?? null } });
  if (!stillOn(visit)) return;
  fillKinds(suggested.kind, suggested.channel);
  const form = $("#draft-options").elements;
  form.language.value = suggested.language;
  form.pause_until.value = suggested.pause_until ?? "";
  for (const name of ["their_subject", "new_role", "moving_to", "moving_when", "minutes_late", "new_time",
    "next_round", "agency", "recruiter", "days_since_last_message"]) form[name].value = "";
  // Nothing of the last interview's message carries into this one.
  for (const name of ["reason", "referral"]) form[name].value = "";
  for (const name of ["door_open", "keep_in_touch", "first_names"]) form[name].checked = false;
  form.still_interested.checked = true;
  for (const [i, input] of [...document.querySelectorAll("#draft-slots input")].entries()) {
    input.value = "";
    input.placeholder = i === 0 ? t("draft-optional") : "";
  }
  $("#draft-slot-zone").textContent = t("draft-their-time", { zone: record.tz });
  edited = false;
  await redraft({ replace: true });
}

function fillKinds(kind, channel) {
  const kinds = $("#draft-options").elements.kind;
  kinds.replaceChildren(...words.kinds.map((entry) => el("option", { value: entry.id }, entry.label)));
  kinds.value = kind;
  fillChannels(channel);
}

function fillChannels(preferred) {
  const form = $("#draft-options").elements;
  const entry = kindsById[form.kind.value];
  const channels = entry?.channels ?? [];
  form.channel.replaceChildren(...channels.map((c) => el("option", { value: c }, words.channels[c] ?? c)));
  form.channel.value = channels.includes(preferred) ? preferred : channels[0];
  // Only the details this kind asks for (the core's list) are shown.
  const inputs = new Set(entry?.inputs ?? []);
  for (const field of document.querySelectorAll("#draft-options [data-input]")) {
    field.hidden = !inputs.has(field.dataset.input);
  }
}

// What the draft is made from: the form, plus the interview and profile the core fills in.
function formInput() {
  const form = $("#draft-options").elements;
  const slots = [...document.querySelectorAll("#draft-slots input")]
    .filter((input) => input.value)
    .map((input) => ({ starts_at: input.value, tz: record.tz }));
  return {
    kind: form.kind.value,
    channel: form.channel.value,
    language: form.language.value,
    reason: form.reason.value || null,
    slots,
    pause_until: form.pause_until.value || null,
    referral: form.referral.value || null,
    still_interested: form.still_interested.checked,
    their_subject: form.their_subject.value || null,
    new_role: form.new_role.value || null,
    moving_to: form.moving_to.value || null,
    moving_when: form.moving_when.value || null,
    minutes_late: form.minutes_late.value ? Math.max(1, Math.round(Number(form.minutes_late.value))) : null,
    new_time: form.new_time.value ? { starts_at: form.new_time.value, tz: record.tz } : null,
    next_round: form.next_round.value || null,
    agency: form.agency.value || null,
    recruiter: form.recruiter.value || null,
    days_since_last_message: form.days_since_last_message.value ? Math.max(1, Math.round(Number(form.days_since_last_message.value))) : null,
    options: { door_open: form.door_open.checked, keep_in_touch: form.keep_in_touch.checked, first_names: form.first_names.checked },
  };
}

async function fullInput() {
  return call("message_input", { interview: record.id, input: formInput() });
}

// A new draft from the options. An edited message is not replaced: the new
// draft waits behind "Use the new draft", and the edit stays one Undo away.
// Only the newest question's answer is shown: the view's first draft must not
// land over one asked for after it (e.g. with suggested times).
let drafting = 0;
async function redraft({ replace = false } = {}) {
  const question = ++drafting;
  const error = $("#draft-error");
  error.hidden = true;
  try {
    const draft = await call("draft_message", { input: await fullInput() });
    if (question !== drafting) return;
    showMissing(draft.missing ?? []);
    showLanguageGuess(draft.language_guess);
    currentTemplate = draft.template;
    if (edited && !replace) {
      waitingDraft = draft;
      $("#draft-stale").hidden = false;
      return;
    }
    putDraft(draft);
    await recheck();
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
  }
}

function putDraft(draft) {
  const form = $("#draft-options").elements;
  shownAs = { kind: form.kind.value, channel: form.channel.value };
  // Only a message with a subject (an e-mail) shows one, and goes to the mail app.
  const isEmail = draft.subject !== null && draft.subject !== undefined;
  $("#draft-subject-field").hidden = !isEmail;
  $("#draft-subject").value = draft.subject ?? "";
  $("#draft-body").value = draft.body;
  lastDrafted = draft.body;
  edited = false;
  waitingDraft = null;
  $("#draft-stale").hidden = true;
  $("#draft-mail").hidden = !isEmail;
}

async function useWaitingDraft() {
  if (!waitingDraft) return;
  const mine = { subject: $("#draft-subject").value, body: $("#draft-body").value };
  putDraft(waitingDraft);
  await recheck();
  toast(t("draft-replaced"), {
    label: t("undo"),
    run: async () => {
      $("#draft-subject").value = mine.subject;
      $("#draft-body").value = mine.body;
      edited = true;
      await recheck();
    },
  });
}

// What the draft lacks of the user (their name, a way to reach them): asked
// for here, saved to the profile, and put where the draft holds its place.
let missingNow = [];
function showMissing(missing) {
  missingNow = missing;
  const box = $("#draft-missing");
  box.hidden = missing.length === 0;
  if (box.hidden) return;
  clear($("#draft-missing-list")).append(...missing.map((m) => el("li", {}, m.message)));
  const lacks = new Set(missing.map((m) => m.detail));
  $("#draft-missing-name").hidden = !lacks.has("name");
  $("#draft-missing-email").hidden = !lacks.has("contact");
  $("#draft-missing-phone").hidden = !lacks.has("contact") && !lacks.has("phone");
}

async function saveMissing(event) {
  event.preventDefault();
  const form = $("#draft-missing-form").elements;
  const problem = $("#draft-missing-error");
  problem.hidden = true;
  try {
    const profile = await call("get_profile");
    for (const name of ["name", "email", "phone"]) {
      if (!form[name].closest("label").hidden && form[name].value.trim()) profile[name] = form[name].value;
    }
    const saved = await call("set_profile", { profile });
    toast(t("draft-saved-to-profile"));
    if (!edited) return await redraft({ replace: true });
    // Edited by hand: the details go where the placeholders are, and nowhere else.
    const contact = [saved.email, saved.phone].filter(Boolean).join(" · ");
    const values = { name: saved.name, contact, phone: saved.phone };
    for (const field of ["#draft-subject", "#draft-body"]) {
      let text = $(field).value;
      for (const m of missingNow) if (values[m.detail]) text = text.replaceAll(m.placeholder, values[m.detail]);
      $(field).value = text;
    }
    showMissing(missingNow.filter((m) => !values[m.detail]));
    await recheck();
  } catch (e) {
    problem.textContent = e.message;
    problem.hidden = false;
  }
}

function messageText() {
  const subject = $("#draft-subject-field").hidden ? "" : $("#draft-subject").value.trim();
  const body = $("#draft-body").value;
  return subject ? `Subject: ${subject}\n\n${body}` : body;
}

async function recheck() {
  const list = clear($("#draft-checklist"));
  const problems = clear($("#draft-problems"));
  const verdict = $("#draft-verdict");
  let report;
  try {
    // The text is checked in the language it is written in (told from the
    // text): a message typed over the draft may be in another.
    report = await call("check_message", { text: messageText(), input: { ...(await fullInput()), language: null } });
  } catch (e) {
    // Never leave an earlier verdict standing for a text that was not checked.
    verdict.textContent = t("draft-not-checked", { why: e.message });
    verdict.className = "verdict not-ok";
    throw e;
  }
  for (const item of report.items) {
    if (item.status === "n/a") continue;
    const passed = item.status === "pass";
    list.append(el("li", { class: passed ? "check-pass" : "check-fail", dataset: { item: item.id } },
      el("span", { class: "check-mark", "aria-hidden": "true" }, passed ? "✓" : "✗"),
      el("span", {}, el("strong", {}, words.check_items[item.id] ?? item.id), passed ? null : el("span", { class: "check-why" }, item.message))));
  }
  for (const problem of report.problems) {
    problems.append(el("li", { dataset: { problem: problem.id } }, problem.message, problem.excerpt ? el("q", {}, problem.excerpt) : null));
  }
  for (const note of report.notes) {
    problems.append(el("li", { class: "check-note", dataset: { note: "" } }, note));
  }
  verdict.dataset.language = report.language ?? "";
  // Said once when it changes, not again at every pause in typing: the same
  // words written again would be read out again.
  const said = report.ok ? t("draft-ready") : t("draft-not-ready");
  if (verdict.textContent !== said) verdict.textContent = said;
  verdict.className = report.ok ? "verdict ok" : "verdict not-ok";
}

function scheduleCheck() {
  edited = $("#draft-body").value !== lastDrafted;
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => recheck().catch((e) => toast(e.message)), 300);
}

async function copyText() {
  const text = messageText();
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = $("#draft-body");
    area.select();
    document.execCommand("copy");
  }
  toast(t("draft-copied"));
}

async function openMail() {
  const parts = { to: record.interviewer.email ?? null, subject: $("#draft-subject").value, body: $("#draft-body").value };
  $("#draft-mail").dataset.href = await call("mail_link", parts);
  // The parts, not a URL: the app builds the link itself.
  await call("open_link", { link: { mail: parts } });
}

async function callThem() {
  if (!record.interviewer.phone) {
    toast(t("draft-no-phone"));
    return;
  }
  await call("open_link", { link: { phone: { number: record.interviewer.phone } } });
}

async function markSent() {
  const form = $("#draft-options").elements;
  try {
    await call("record_sent", {
      id: record.id,
      message: {
        kind: shownAs.kind ?? form.kind.value,
        channel: shownAs.channel ?? form.channel.value,
        subject: $("#draft-subject-field").hidden ? null : $("#draft-subject").value,
        body: $("#draft-body").value,
      },
    });
    toast(t("draft-recorded-sent"));
    location.hash = `#interview/${record.id}`;
  } catch (e) {
    toast(e.message);
  }
}

// The template editor: live preview, errors with line and column, reset.
let previewTimer = null;
async function openTemplateEditor() {
  const name = currentTemplate;
  const templates = await call("list_templates");
  const template = templates.find((t) => t.name === name);
  $("#template-name").textContent = name;
  $("#template-source").value = template?.source ?? "";
  $("#template-dialog").showModal();
  await previewTemplate();
}

async function previewTemplate() {
  const error = $("#template-error");
  try {
    const { draft } = await call("preview_template", { name: $("#template-name").textContent, source: $("#template-source").value, input: await fullInput() });
    $("#template-preview").textContent = draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
    error.hidden = true;
    $("#template-save").disabled = false;
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
    $("#template-save").disabled = true;
  }
}

// Fills the slot fields with free times that suit both sides.
async function suggestSlots() {
  const proposal = await call("propose_slots", { interview: record.id, count: 3 });
  const inputs = [...document.querySelectorAll("#draft-slots input")];
  inputs.forEach((input, i) => { input.value = proposal.slots[i]?.wall_time ?? ""; });
  await redraft();
  $("#draft-slots-note").textContent = proposal.explanation
    ?? t("draft-free-in-both", { times: proposal.slots.map((s) => s.text).join("; ") });
}

let wired = false;
function wire() {
  if (wired) return;
  wired = true;
  const form = $("#draft-options");
  form.elements.kind.addEventListener("change", () => { fillChannels(form.elements.channel.value); redraft(); });
  form.addEventListener("change", (event) => {
    if (event.target.name === "kind") return;
    // The language chosen is this employer's from now on.
    if (event.target.name === "language") rememberLanguage(event.target.value);
    redraft();
  });
  form.addEventListener("submit", (event) => { event.preventDefault(); redraft(); });
  $("#draft-missing-form").addEventListener("submit", saveMissing);
  $("#draft-use-new").addEventListener("click", () => useWaitingDraft().catch((e) => toast(e.message)));
  $("#draft-keep-mine").addEventListener("click", () => { waitingDraft = null; $("#draft-stale").hidden = true; });
  $("#draft-body").addEventListener("input", scheduleCheck);
  $("#draft-subject").addEventListener("input", scheduleCheck);
  $("#draft-copy").addEventListener("click", copyText);
  $("#draft-mail").addEventListener("click", () => openMail().catch((e) => toast(e.message)));
  $("#draft-call").addEventListener("click", () => callThem().catch((e) => toast(e.message)));
  $("#draft-sent").addEventListener("click", markSent);
  $("#draft-suggest-slots").addEventListener("click", () => suggestSlots().catch((e) => toast(e.message)));
  $("#draft-edit-template").addEventListener("click", () => openTemplateEditor().catch((e) => toast(e.message)));
  $("#template-source").addEventListener("input", () => { clearTimeout(previewTimer); previewTimer = setTimeout(previewTemplate, 300); });
  $("#template-save").addEventListener("click", async () => {
    try {
      await call("save_template", { name: $("#template-name").textContent, source: $("#template-source").value });
      $("#template-dialog").close();
      toast(t("template-saved"));
      await redraft();
    } catch (e) { toast(e.message); }
  });
  $("#template-reset").addEventListener("click", async () => {
    $("#template-source").value = await call("reset_template", { name: $("#template-name").textContent });
    await previewTemplate();
    await redraft();
  });
  $("#template-close").addEventListener("click", () => $("#template-dialog").close());
}

