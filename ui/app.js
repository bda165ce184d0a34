// The app frame: picks the view from the address fragment, lets each view load
// what it shows, and reports problems with the log where the user can act.

// First: the page's fixed words are put into the user's language before any view draws.
import { t } from "./words.js";
import { call } from "./api.js";
import { $ } from "./dom.js";
import { toast } from "./toast.js";
import { KEEP_PLACE, nextVisit, stillOn } from "./visit.js";
import * as interviews from "./views/interviews.js";
import * as detail from "./views/interview-detail.js";
import * as settings from "./views/settings.js";
import * as decide from "./views/decide.js";
import * as draft from "./views/draft.js";
import * as insights from "./views/insights.js";
import { openInterviewForm, wireInterviewForm } from "./views/interview-form.js";
import { setHiddenByShell } from "./clock.js";
import { restoreAppearance, zoomKey } from "./appearance.js";

const views = {
  interviews,
  interview: detail,
  decide,
  draft,
  insights,
  settings,
};

const DEFAULT_VIEW = "interviews";

// "#interview/3" → ["interview", "3"]; "#draft/3/withdraw/email" → ["draft", "3", "withdraw", "email"]
function route() {
  const [name, ...params] = location.hash.replace(/^#/, "").split("/");
  return name in views ? [name, ...params] : [DEFAULT_VIEW];
}

let currentView = null;

async function showView() {
  const [name, ...params] = route();
  // The view left behind stops whatever it was keeping up to date.
  if (currentView && currentView !== name) views[currentView].leave?.();
  // The window's first view leaves the keyboard at the start of the page.
  const navigated = currentView !== null;
  currentView = name;
  // Answers still on their way for the view before are dropped (see visit.js).
  const visit = nextVisit();
  for (const section of document.querySelectorAll(".view")) {
    section.hidden = section.id !== `view-${name}`;
  }
  const navName = ["interview", "decide"].includes(name) ? "interviews" : name;
  for (const link of document.querySelectorAll("[data-view]")) {
    if (link.dataset.view === navName) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  try {
    const place = await views[name].show(...params);
    if (!stillOn(visit)) return;
    // A new view starts at its top (unless it put the user back where they
    // were). Set once the view has asked for its data: it forces a layout,
    // which that request should not wait behind.
    if (place !== KEEP_PLACE) {
      $("#main").scrollTop = 0;
      if (navigated) focusHeading(name);
    }
    $("#log-problem").hidden = true;
  } catch (error) {
    if (LOG_PROBLEMS.has(error.code)) showLogProblem(error);
    else toast(error.message);
  }
}

// After a move to another view the keyboard starts at its heading (a screen
// reader reads it first), unless the view put it somewhere, a dialog is open,
// or it is on an Undo just offered.
function focusHeading(name) {
  const section = $(`#view-${name}`);
  const active = document.activeElement;
  if (section.contains(active) && active !== section) return;
  if (document.querySelector("dialog[open]") || $("#toast").contains(active)) return;
  const heading = section.querySelector("h1");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

// Errors that mean the log itself cannot be used, shown in a banner until fixed.
const LOG_PROBLEMS = new Set(["not_a_log", "wrong_key", "newer_log", "keyring", "storage", "busy", "read_only"]);

function showLogProblem(error) {
  const banner = $("#log-problem");
  $("#log-problem-text").textContent = error.message;
  $("#log-problem-aside").hidden = !["not_a_log", "wrong_key"].includes(error.code);
  banner.hidden = false;
}

async function moveLogAside() {
  try {
    const { path } = await call("move_log_aside");
    toast(t("log-moved-aside", { path }));
    await showView();
  } catch (error) {
    toast(error.message);
  }
}

function shortcuts(event) {
  if (zoomKey(event)) return;
  const typing = event.target.closest("input, textarea, select, [contenteditable]");
  if (typing || event.ctrlKey || event.metaKey || event.altKey || document.querySelector("dialog[open]")) return;
  if (event.key === "n") {
    event.preventDefault();
    location.hash = "#interviews";
    openInterviewForm(null, (id) => { location.hash = `#interview/${id}`; });
  } else if (event.key === "d" && route()[0] === "interview") {
    location.hash = `#decide/${route()[1]}`;
  } else if (event.key === "/") {
    event.preventDefault();
    if (route()[0] === "interviews") interviews.focusSearch();
    else {
      // After the frame has shown the list (its hashchange listener runs first).
      window.addEventListener("hashchange", () => interviews.focusSearch(), { once: true });
      location.hash = "#interviews";
    }
  } else if (event.key === "?") {
    $("#help-dialog").showModal();
  } else if (["1", "2", "3", "4"].includes(event.key)) {
    location.hash = ["#interviews", "#draft", "#insights", "#settings"][Number(event.key) - 1];
  }
}

wireInterviewForm();
decide.wireDecide();
$("#log-problem-aside").addEventListener("click", moveLogAside);
for (const input of document.querySelectorAll(".restore-file")) {
  input.addEventListener("change", async () => {
    const file = input.files[0];
    input.value = "";
    if (!file) return;
    try {
      // The file's bytes as the raw body of the call, not a JSON array of numbers.
      const { path } = await call("restore_backup", new Uint8Array(await file.arrayBuffer()));
      toast(path ? t("backup-restored-kept", { path }) : t("backup-restored"));
      await showView();
    } catch (error) {
      toast(error.message);
    }
  });
}
$("#help-close").addEventListener("click", () => $("#help-dialog").close());
$("#help-open").addEventListener("click", () => $("#help-dialog").showModal());
document.addEventListener("keydown", shortcuts);
window.addEventListener("hashchange", showView);
showView().then(() => restoreAppearance()).catch(() => {});
// From the reminder loop: a click on a notification, and new reminder state.
// Registered once the first view has asked for its data: each is a round trip.
const events = window.__TAURI__?.event;
if (events) {
  events.listen("open-interview", (event) => { location.hash = `#interview/${event.payload}`; });
  events.listen("reminders-changed", (event) => interviews.renderReminders(event.payload));
  // Closed to the tray or opened again: said by the shell as well as by the
  // webview's own visibility, which not every platform's webview reports.
  events.listen("window-visibility", (event) => setHiddenByShell(!event.payload.visible));
}
