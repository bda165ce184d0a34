// Settings: the profile messages sign off with, the user's non-negotiables,
// the log's state, and getting the log out and back in.

import { call } from "../api.js";
import { $, el, clear } from "../dom.js";
import { toast } from "../toast.js";
import { catalogue, fillChoices, forgetCatalogue } from "../catalogue.js";
import { language, switchLanguage, t } from "../words.js";
import { appearance, setAppearance } from "../appearance.js";

let wired = false;

export async function show() {
  wire();
  const info = await call("app_info");
  $("#about-version").textContent = info.version;
  $("#about-data-dir").textContent = info.data_dir;
  const [status, profile, words, nonNegotiables] = await Promise.all([
    call("log_status"), call("get_profile"), catalogue(), call("non_negotiables")]);
  showNonNegotiables(nonNegotiables);
  $("#log-encryption").textContent = status.encryption.on ? t("settings-on") : t("settings-off");
  $("#log-encryption").className = `badge ${status.encryption.on ? "decision-attend" : "decision-undecided"}`;
  $("#log-encryption-detail").textContent = status.encryption.detail;
  $("#log-path").textContent = status.log_path;
  // A read-only folder: the log shows, and this says why nothing is saved.
  $("#log-read-only").textContent = status.read_only ?? "";
  $("#log-read-only").hidden = $("#log-read-only-term").hidden = !status.read_only;
  fillReminderKinds(words.reminder_kinds);
  await Promise.all([showReminders(), showFeed()]);
  fillChoices($("#theme-choice"), words.themes);
  fillChoices($("#zoom-choice"), words.sizes);
  fillChoices($("#window-language-choice"), words.window_languages);
  $("#window-language-choice").value = (await call("window_language")).choice;
  $("#theme-choice").value = appearance().theme;
  $("#zoom-choice").value = String(appearance().zoom);
  const form = $("#profile-form").elements;
  form.name.value = profile.name;
  form.email.value = profile.email;
  form.phone.value = profile.phone;
  form.home_tz.value = profile.home_tz;
  form.buffer_minutes.value = profile.buffer_minutes;
  fillChoices(form.message_language, words.languages);
  form.message_language.value = profile.message_language ?? words.languages[0].id;
  form.work_start.value = profile.work_start;
  form.work_end.value = profile.work_end;
  for (const box of document.querySelectorAll("#work-days input")) {
    box.checked = profile.work_days.includes(box.value);
  }
}

// The non-negotiables, numbered as the core numbers them: each can be
// reworded in place or removed.
function showNonNegotiables({ kept }) {
  $("#non-negotiables-none").hidden = kept.length > 0;
  clear($("#non-negotiables-list")).append(...kept.map(({ text }, index) => {
    const number = index + 1;
    const item = el("li", { dataset: { number } });
    const reading = () => item.replaceChildren(el("span", { class: "non-negotiable-text" }, text), " ",
      el("button", { type: "button", class: "button small", "aria-label": t("non-negotiable-edit-label", { text }), onclick: editing },
        t("non-negotiable-edit")), " ",
      el("button", { type: "button", class: "button small", "aria-label": t("non-negotiable-remove-label", { text }),
        onclick: () => changeNonNegotiables(call("remove_non_negotiable", { number }), t("non-negotiable-removed", { text })) },
      t("non-negotiable-remove")));
    const editing = () => {
      const input = el("input", { value: text, "aria-label": t("non-negotiable-edit-label", { text }) });
      const save = (event) => {
        event.preventDefault();
        changeNonNegotiables(call("edit_non_negotiable", { number, text: input.value }),
          t("non-negotiable-changed", { text: input.value.trim() }));
      };
      item.replaceChildren(el("form", { class: "inline-form", onsubmit: save }, input, " ",
        el("button", { type: "submit", class: "button small primary" }, t("save")), " ",
        el("button", { type: "button", class: "button small", onclick: () => { reading(); $("button", item)?.focus(); } }, t("cancel"))));
      input.focus();
    };
    reading();
    return item;
  }));
}

// Sends one change; the list redraws from what the core kept, and a refusal
// shows in the user's words with nothing lost.
async function changeNonNegotiables(change, done) {
  const problem = $("#non-negotiables-error");
  problem.hidden = true;
  try {
    showNonNegotiables(await change);
    toast(done);
    return true;
  } catch (error) {
    problem.textContent = error.message;
    problem.hidden = false;
    return false;
  }
}

// One switch for each reminder the core can send, as the catalogue lists them.
function fillReminderKinds(kinds) {
  const box = $("#reminder-kinds");
  if (box.dataset.language === language()) return;
  box.dataset.language = language();
  for (const old of box.querySelectorAll("label")) old.remove();
  box.append(...kinds.map(({ id, label }) =>
    el("label", { class: "checkbox" }, el("input", { type: "checkbox", dataset: { kind: id } }), " ", label)));
}

async function showReminders() {
  const [status, settings, atLogin, followUp] = await Promise.all([
    call("reminder_status"), call("get_reminder_settings"), call("start_at_login").catch(() => false),
    call("get_follow_up_settings"),
  ]);
  $("#follow-up-days").value = String(followUp.working_days);
  $("#reminders-server").textContent = status.problem
    ?? (status.server ? t("settings-notifications-server", { server: status.server }) : t("settings-notifications-checking"));
  $("#reminders-server").className = status.problem ? "form-error" : "";
  for (const box of document.querySelectorAll("#reminder-kinds [data-kind]")) {
    box.checked = !settings.off[box.dataset.kind];
  }
  $("#start-at-login").checked = atLogin;
}

// The calendar feed: where it is kept, when it was written, what went wrong.
async function showFeed() {
  try {
    drawFeed(await call("calendar_feed"));
  } catch (error) {
    // The rest of Settings shows whatever became of the feed.
    $("#feed-problem").textContent = error.message;
    $("#feed-problem").hidden = false;
  }
}

function drawFeed(feed) {
  $("#feed-facts").hidden = $("#feed-off").hidden = !feed.on;
  $("#feed-folder").value = feed.folder ?? "";
  $("#feed-file").textContent = feed.file ?? "";
  $("#feed-last-written").textContent = feed.last_written ?? "…";
  $("#feed-events").textContent = t("settings-feed-events", { count: feed.events });
  $("#feed-problem").textContent = feed.problem ?? "";
  $("#feed-problem").hidden = !feed.problem;
}

function wire() {
  if (wired) return;
  wired = true;
  for (const [id, read] of [["#theme-choice", (v) => ({ theme: v })], ["#zoom-choice", (v) => ({ zoom: Number(v) })]]) {
    $(id).addEventListener("change", async (event) => {
      try {
        await setAppearance(read(event.target.value));
      } catch (error) {
        toast(error.message);
      }
    });
  }
  $("#window-language-choice").addEventListener("change", async (event) => {
    try {
      switchLanguage(await call("set_window_language", { choice: event.target.value }));
      forgetCatalogue();
      // Every view draws itself again in the new words, this one first.
      window.dispatchEvent(new HashChangeEvent("hashchange"));
      toast(t("settings-language-saved"));
    } catch (error) {
      toast(error.message);
    }
  });
  $("#follow-up-days").addEventListener("change", async (event) => {
    const problem = $("#follow-up-days-error");
    problem.hidden = true;
    try {
      // Whatever was typed reaches the core as a whole number, which says
      // in words what it takes (a negative or a fraction would not get there).
      const days = Math.max(0, Math.trunc(Number(event.target.value)) || 0);
      await call("set_follow_up_settings", { settings: { working_days: days } });
      toast(t("settings-follow-up-saved"));
    } catch (error) {
      problem.textContent = error.message;
      problem.hidden = false;
    }
  });
  $("#feed-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const problem = $("#feed-error");
    problem.hidden = true;
    try {
      const feed = await call("set_calendar_feed", { folder: $("#feed-folder").value });
      drawFeed(feed);
      toast(t("settings-feed-saved", { path: feed.file }));
    } catch (error) {
      problem.textContent = error.message;
      problem.hidden = false;
    }
  });
  $("#feed-off").addEventListener("click", async () => {
    try {
      drawFeed(await call("calendar_feed_off"));
      toast(t("settings-feed-off"));
    } catch (error) {
      toast(error.message);
    }
  });
  $("#reminder-kinds").addEventListener("change", async () => {
    const off = {};
    for (const box of document.querySelectorAll("#reminder-kinds [data-kind]")) {
      if (!box.checked) off[box.dataset.kind] = true;
    }
    try {
      await call("set_reminder_settings", { settings: { off } });
      toast(t("settings-reminders-saved"));
    } catch (error) { toast(error.message); }
  });
  $("#start-at-login").addEventListener("change", async (event) => {
    try {
      await call("set_start_at_login", { on: event.target.checked });
      toast(event.target.checked ? t("settings-start-at-login-on") : t("settings-start-at-login-off"));
    } catch (error) {
      event.target.checked = !event.target.checked;
      toast(error.message);
    }
  });
  $("#non-negotiable-add").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("#non-negotiable-text");
    const text = input.value;
    if (await changeNonNegotiables(call("add_non_negotiable", { text }), t("non-negotiable-added", { text: text.trim() }))) {
      input.value = "";
    }
    input.focus();
  });
  $("#profile-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target.elements;
    $("#profile-error").hidden = true;
    try {
      await call("set_profile", {
        profile: {
          name: form.name.value,
          email: form.email.value,
          phone: form.phone.value,
          home_tz: form.home_tz.value,
          buffer_minutes: Number.parseInt(form.buffer_minutes.value, 10) || 0,
          message_language: form.message_language.value,
          work_start: form.work_start.value,
          work_end: form.work_end.value,
          work_days: [...document.querySelectorAll("#work-days input:checked")].map((box) => box.value),
        },
      });
      toast(t("settings-profile-saved"));
    } catch (error) {
      $("#profile-error").textContent = error.message;
      $("#profile-error").hidden = false;
    }
  });
  for (const [id, run] of [
    ["#export-json", () => call("export_log", { format: "json" })],
    ["#export-csv", () => call("export_log", { format: "csv" })],
    ["#backup-log", () => call("backup_log")],
  ]) {
    $(id).addEventListener("click", async () => {
      try {
        const { path } = await run();
        toast(t("settings-saved-to", { path }));
      } catch (error) {
        toast(error.message);
      }
    });
  }
  $("#import-file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      const report = await call("import_log", { text: await file.text() });
      toast(t("settings-imported", { count: report.interviews_added }));
    } catch (error) {
      toast(error.message);
    }
    event.target.value = "";
  });
}
