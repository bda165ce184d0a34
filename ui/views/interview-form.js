// Add or edit an interview in a dialog. Errors show beside the field they
// concern, and nothing typed is lost when the app refuses a value.

import { call } from "../api.js";
import { el, $ } from "../dom.js";
import { wallTime } from "../format.js";
import { toast } from "../toast.js";
import { catalogue, fillChoices } from "../catalogue.js";
import { t } from "../words.js";

let zonesLoaded = false;
let onSaved = () => {};
let editing = null; // the interview being edited, or null when adding

async function loadZones() {
  if (zonesLoaded) return;
  const names = await call("zone_names");
  $("#zone-names").replaceChildren(...names.map((name) => el("option", { value: name })));
  zonesLoaded = true;
}

// Opens the add form filled from an invite, with what could not be read listed.
export async function openFormFromInvite(invite, saved) {
  await openInterviewForm(null, saved);
  const f = $("#interview-form").elements;
  const fields = invite.fields;
  const set = (name, value) => { if (value !== null && value !== undefined) f[name].value = value; };
  set("company", fields.company);
  set("position", fields.position);
  set("starts_at", fields.starts_at);
  set("tz", fields.tz ?? "");
  set("duration_minutes", fields.duration_minutes);
  set("interviewer_name", fields.interviewer?.name);
  set("interviewer_email", fields.interviewer?.email);
  set("location", fields.location);
  set("notes", fields.notes);
  const notes = $("#interview-form-notes");
  notes.replaceChildren(...invite.warnings.map((w) => el("li", {}, w)));
  notes.hidden = invite.warnings.length === 0;
  warnOfClashes();
}

// Opens the form for `interview` (null for a new one); `saved(id)` runs after a save.
export async function openInterviewForm(interview, saved) {
  $("#interview-form-notes").hidden = true;
  onSaved = saved;
  editing = interview;
  const form = $("#interview-form");
  const words = await catalogue();
  fillChoices(form.elements.contact_channel,
    Object.entries(words.contact_channels).map(([id, label]) => ({ id, label })));
  form.reset();
  clearErrors();
  $("#interview-form-title").textContent = interview ? t("form-edit-title") : t("form-add-title");
  $("#interview-form-save").textContent = interview ? t("form-save-changes") : t("form-add");
  if (interview) {
    const fields = form.elements;
    fields.company.value = interview.company;
    fields.position.value = interview.position;
    fields.starts_at.value = wallTime(interview.starts_at, interview.tz);
    fields.tz.value = interview.tz;
    fields.duration_minutes.value = interview.duration_minutes;
    fields.interviewer_name.value = interview.interviewer.name ?? "";
    fields.interviewer_email.value = interview.interviewer.email ?? "";
    fields.interviewer_phone.value = interview.interviewer.phone ?? "";
    fields.contact_channel.value = interview.contact_channel;
    fields.location.value = interview.location ?? "";
    fields.stage.value = interview.stage ?? "";
    fields.notes.value = interview.notes ?? "";
  } else {
    // The user's zone, as the core knows it (the profile's, else the system's).
    form.elements.tz.value = await call("home_zone").catch(() => "");
  }
  $("#interview-dialog").showModal();
  form.elements.company.focus();
  warnOfClashes();
  loadZones().catch((error) => toast(error.message));
}

function clearErrors() {
  for (const note of document.querySelectorAll("#interview-form .field-error")) {
    note.textContent = "";
    note.hidden = true;
  }
  for (const input of document.querySelectorAll("#interview-form [aria-invalid]")) {
    input.removeAttribute("aria-invalid");
  }
  $("#interview-form-error").hidden = true;
}

function showError(error) {
  const name = error.field ? error.field.replace(".", "_") : null;
  const note = name && document.getElementById(`error-${name}`);
  if (note) {
    note.textContent = error.message;
    note.hidden = false;
    const input = $("#interview-form").elements[name];
    input.setAttribute("aria-invalid", "true");
    input.focus();
  } else {
    const box = $("#interview-form-error");
    box.textContent = error.message;
    box.hidden = false;
  }
}

function readFields() {
  const f = $("#interview-form").elements;
  const duration = Number.parseInt(f.duration_minutes.value, 10);
  return {
    company: f.company.value,
    position: f.position.value,
    starts_at: f.starts_at.value,
    tz: f.tz.value,
    duration_minutes: Number.isFinite(duration) ? duration : undefined,
    interviewer: {
      name: f.interviewer_name.value,
      email: f.interviewer_email.value,
      phone: f.interviewer_phone.value,
    },
    contact_channel: f.contact_channel.value,
    location: f.location.value,
    stage: f.stage.value,
    notes: f.notes.value,
  };
}

async function save(event) {
  event.preventDefault();
  clearErrors();
  const fields = readFields();
  try {
    let id;
    if (editing) {
      await call("edit_interview", { id: editing.id, fields });
      id = editing.id;
    } else {
      ({ id } = await call("add_interview", { fields }));
    }
    $("#interview-dialog").close();
    toast(editing ? t("form-changes-saved") : t("form-added"));
    await onSaved(id);
  } catch (error) {
    showError(error);
  }
}

// Overlaps and short gaps with other interviews: a warning, not a refusal.
async function warnOfClashes() {
  const f = $("#interview-form").elements;
  const note = $("#interview-form-clash");
  note.hidden = true;
  if (!f.starts_at.value || !f.tz.value) return;
  try {
    const clashes = await call("check_clashes", {
      id: editing?.id ?? null,
      startsAt: f.starts_at.value,
      tz: f.tz.value,
      durationMinutes: Number.parseInt(f.duration_minutes.value, 10) || 60,
    });
    if (clashes.length) {
      note.textContent = clashes.map((c) => c.message).join(" ");
      note.hidden = false;
    }
  } catch {
    // The time is not valid yet; saving will say why.
  }
}

export function wireInterviewForm() {
  $("#interview-form").addEventListener("submit", save);
  for (const name of ["starts_at", "tz", "duration_minutes"]) {
    $("#interview-form").elements[name].addEventListener("change", warnOfClashes);
  }
  $("#interview-form-cancel").addEventListener("click", () => $("#interview-dialog").close());
}
