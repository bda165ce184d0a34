// The Interviews view: the "Next up" card, filters, and the list.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { catalogue } from "../catalogue.js";
import { openInterviewForm, openFormFromInvite } from "./interview-form.js";
import { toast } from "../toast.js";
import { KEEP_PLACE } from "../visit.js";
import * as clock from "../clock.js";
import { t } from "../words.js";

const PAGE_SIZE = 100;
// Rows a Page Down moves by.
const PAGE_STEP = 10;
let filter = "all";
let search = "";
// What the list holds now: the rows loaded so far (pages from the first), how
// many the filter holds in all, and the last row opened, so coming back from
// an interview finds the list as it was left.
let loaded = [];
let total = 0;
let lastOpened = null;
let shown = false;
// The core's words for decisions and urgency (see catalogue.js).
let words = null;
// Each answer is for the newest question only: typing fast, or a filter
// clicked while a page is on its way, must not show an older list.
let asked = 0;
// Stops this view's timers: the countdown minute and the next urgency change.
let stopTimers = () => {};

export async function show() {
  wireOnce();
  shown = true;
  await refresh();
  askNameOnce().catch(() => {});
  return returnToLastOpened();
}

// The first run asks for the name every message is signed with, once: after
// a save or "Not now" it does not ask again (Settings holds it).
const ASKED_NAME = "raincheck.asked-name";
let nameChecked = false;
async function askNameOnce() {
  if (nameChecked || localStorage.getItem(ASKED_NAME)) return;
  nameChecked = true;
  const profile = await call("get_profile");
  if (profile.name) return;
  const form = $("#first-run");
  form.hidden = false;
  const done = () => { localStorage.setItem(ASKED_NAME, "yes"); form.hidden = true; };
  $("#first-run-later").addEventListener("click", done, { once: true });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const problem = $("#first-run-error");
    problem.hidden = true;
    if (!$("#first-run-name").value.trim()) {
      problem.textContent = t("first-run-name-missing");
      problem.hidden = false;
      return;
    }
    try {
      const current = await call("get_profile");
      await call("set_profile", { profile: { ...current, name: $("#first-run-name").value } });
      done();
      toast(t("first-run-thanks"));
    } catch (error) {
      problem.textContent = error.message;
      problem.hidden = false;
    }
  });
}

// Back from an interview: the same rows (refresh keeps as many as were
// loaded), and the keyboard on the row that was opened.
function returnToLastOpened() {
  if (lastOpened === null) return undefined;
  const link = document.querySelector(`#interview-list li[data-id="${lastOpened}"] .row-link`);
  lastOpened = null;
  if (!link) return undefined;
  link.focus({ preventScroll: true });
  link.scrollIntoView({ block: "center" });
  return KEEP_PLACE;
}

// Another view took the window: nothing here needs to move any more.
export function leave() {
  shown = false;
  stopTimers();
  stopTimers = () => {};
}

// Countdowns move every minute: their text changes in place. The list itself
// is only asked for again when an urgency changes by the clock (the core says
// when), or when the window is shown again after time in the tray.
function followTheClock(items) {
  stopTimers();
  // An instant already past would fire at once, on every refresh: only later ones.
  const now = Date.now();
  const changes = items.map((item) => item.urgency_changes_at)
    .filter((at) => at && Date.parse(at) > now).sort();
  const stops = [clock.everyMinute(() => updateCountdowns().catch(() => {}))];
  if (changes.length) stops.push(clock.atInstant(changes[0], () => refresh().catch(() => {})));
  stopTimers = () => stops.forEach((stop) => stop());
}

// The core writes the countdowns ("in 18 h"): one call a minute for all of them.
async function updateCountdowns() {
  const nodes = [...document.querySelectorAll("#view-interviews .countdown[data-starts-at]")];
  if (nodes.length === 0) return;
  const texts = await call("countdowns", { instants: nodes.map((node) => node.dataset.startsAt) });
  nodes.forEach((node, i) => {
    if (texts[i] && node.textContent !== texts[i]) node.textContent = texts[i];
  });
}

let wired = false;
function wireOnce() {
  if (wired) return;
  wired = true;
  $("#add-interview").addEventListener("click", () => openInterviewForm(null, refresh));
  $("#invite-file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    event.target.value = "";
    if (!file) return;
    try {
      // At most one byte past the 1 MB the core reads: a larger file is
      // refused by the core with its sentence, without loading all of it.
      const invites = await call("read_invite", { text: await file.slice(0, 1024 * 1024 + 1).text() });
      if (invites.length === 1) return openFormFromInvite(invites[0], refresh);
      const dialog = $("#invite-dialog");
      clear($("#invite-choices")).append(...invites.map((invite) => el("li", {},
        el("button", { type: "button", class: "choice", onclick: () => { dialog.close(); openFormFromInvite(invite, refresh); } },
          `${invite.fields.company ?? "?"} — ${invite.fields.position ?? "?"}, ${invite.fields.starts_at ?? t("invite-no-time")} ${invite.fields.tz ?? ""}`))));
      dialog.showModal();
    } catch (error) {
      toast(error.message);
    }
  });
  $("#invite-cancel").addEventListener("click", () => $("#invite-dialog").close());
  for (const button of document.querySelectorAll("#interview-filters [data-filter]")) {
    button.addEventListener("click", () => {
      filter = button.dataset.filter;
      for (const other of document.querySelectorAll("#interview-filters [data-filter]")) {
        other.setAttribute("aria-pressed", String(other === button));
      }
      loaded = [];
      refresh().catch((error) => toast(error.message));
    });
  }
  const searchField = $("#interview-search");
  let typing = null;
  searchField.addEventListener("input", () => {
    // One question per pause in typing, not one per key.
    clearTimeout(typing);
    typing = setTimeout(() => {
      search = searchField.value;
      loaded = [];
      refresh().catch((error) => toast(error.message));
    }, 150);
  });
  searchField.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && searchField.value) {
      event.stopPropagation();
      searchField.value = "";
      searchField.dispatchEvent(new Event("input"));
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      focusRow(0);
    }
  });
  $("#interviews-more").addEventListener("click", () => loadMore().catch((error) => toast(error.message)));
  const list = $("#interview-list");
  list.addEventListener("keydown", (event) => moveInList(event).catch((error) => toast(error.message)));
  list.addEventListener("click", (event) => {
    const row = event.target.closest("li[data-id]");
    if (row) lastOpened = row.dataset.id;
  });
}

// The search field from anywhere in the window ("/").
export function focusSearch() {
  const field = $("#interview-search");
  field.focus();
  field.select();
}

function rowLinks() {
  return [...document.querySelectorAll("#interview-list .row-link")];
}

function focusRow(index) {
  const links = rowLinks();
  const link = links[Math.max(0, Math.min(index, links.length - 1))];
  if (link) link.focus();
}

// Arrows, Page Up/Down, Home and End move between rows; moving past the last
// loaded row loads the next page.
async function moveInList(event) {
  const links = rowLinks();
  const at = links.indexOf(document.activeElement);
  if (at < 0) return;
  const steps = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_STEP, PageUp: -PAGE_STEP };
  if (event.key in steps) {
    event.preventDefault();
    const target = at + steps[event.key];
    if (target >= links.length && loaded.length < total) await loadMore();
    focusRow(target);
  } else if (event.key === "Home") {
    event.preventDefault();
    focusRow(0);
  } else if (event.key === "End") {
    event.preventDefault();
    while (loaded.length < total) {
      if (!(await loadMore())) break;
    }
    focusRow(rowLinks().length - 1);
  }
}

// The next page, added below the rows shown; false when nothing came. Not
// while the list is being asked for afresh (a filter or search changed).
async function loadMore() {
  if (refreshing > 0) return false;
  const question = asked;
  const page = await call("list_interviews", { query: { filter, search, limit: PAGE_SIZE, offset: loaded.length } });
  if (question !== asked || page.items.length === 0) return false;
  loaded = loaded.concat(page.items);
  total = page.total;
  appendRows(page.items);
  renderCounts(page);
  if (shown) followTheClock(loaded);
  return true;
}

// Reminders the desktop could not show: listed here, with the reason.
export function renderReminders(status) {
  const banner = $("#reminder-banner");
  const waiting = status.problem ? status.pending : [];
  const hide = waiting.length === 0;
  if (banner.hidden !== hide) banner.hidden = hide;
  if (hide) return;
  $("#reminder-banner-why").textContent = status.problem;
  clear($("#reminder-banner-list")).append(...waiting.map((reminder) =>
    el("li", {}, el("a", { href: `#interview/${reminder.interview_id}` }, reminder.title), el("span", { class: "muted" }, ` — ${reminder.body}`))));
}

// The list from the top, as many rows as were loaded (at least a page), so a
// refresh by the clock or a return from an interview keeps the place.
let refreshing = 0;
export async function refresh() {
  const question = ++asked;
  const limit = Math.max(PAGE_SIZE, loaded.length);
  refreshing += 1;
  let page, upcoming, reminders;
  try {
    // The labels come with the first list, not before it: start-up waits for
    // one round of answers, not two.
    [page, upcoming, reminders, words] = await Promise.all([
      call("list_interviews", { query: { filter, search, limit, offset: 0 } }),
      call("list_interviews", { query: { filter: "upcoming", limit: 50, offset: 0 } }),
      call("reminder_status"),
      catalogue(),
    ]);
  } finally {
    refreshing -= 1;
  }
  if (question !== asked) return;
  loaded = page.items;
  total = page.total;
  renderReminders(reminders);
  renderNextUp(upcoming.items.find((item) => item.needs_attention));
  renderList(page);
  // An answer that comes after the user moved on starts no timers.
  if (shown) followTheClock([...loaded, ...upcoming.items]);
}

function renderCounts(page) {
  for (const node of document.querySelectorAll("#interview-filters [data-count]")) {
    const text = String(page.counts[node.dataset.count]);
    if (node.textContent !== text) node.textContent = text;
  }
  const more = $("#interviews-more");
  const left = total - loaded.length;
  more.hidden = left <= 0;
  more.textContent = t("list-show-more", { more: Math.min(left, PAGE_SIZE), left });
  const status = loaded.length === 0 ? ""
    : search.trim() ? t("list-shown-matching", { shown: loaded.length, total, search: search.trim() })
      : t("list-shown", { shown: loaded.length, total });
  const line = $("#interviews-shown");
  if (line.textContent !== status) line.textContent = status;
}

// Hidden in the tray, the list may have changed (reminders sent, the command
// line, a pause from the tray): one refresh when the window comes back.
clock.onShow(() => {
  if (shown) refresh().catch(() => {});
});

function renderNextUp(item) {
  const card = clear($("#next-up"));
  card.hidden = !item;
  if (!item) return;
  card.className = `next-up urgency-${item.urgency}`;
  append(card, 
    el("p", { class: "eyebrow" }, t("next-up")),
    el("h2", {}, `${item.company} — ${item.position}`),
    el("p", { class: "next-up-time" },
      el("strong", { class: "countdown", dataset: { startsAt: item.starts_at } }, item.start.countdown), " · ", item.start.theirs),
    item.start.decide_by ? el("p", { class: "next-up-decide-by" }, t("decide-by-polite", { when: item.start.decide_by })) : null,
    el("p", { class: "next-up-hint" }, words.urgency_hints[item.urgency]),
    el("a", { class: "button primary", href: `#decide/${item.id}`, id: "next-up-decide" }, t("next-up-decide")),
  );
}

function renderList(page) {
  clear($("#interview-list"));
  const nothingAtAll = page.counts.all === 0 && !search.trim();
  const nothingHere = page.items.length === 0 && !nothingAtAll;
  $("#interviews-empty").hidden = !nothingAtAll;
  $("#interviews-empty-filtered").hidden = !nothingHere;
  if (nothingHere) {
    $("#interviews-empty-filtered-why").textContent = search.trim()
      ? t(filter === "all" ? "list-no-match" : "list-no-match-filtered", { search: search.trim() })
      : t("list-no-match-filter");
  }
  appendRows(page.items);
  renderCounts(page);
}

function appendRows(items) {
  const list = $("#interview-list");
  for (const item of items) {
    const urgencyWords = words.urgency[item.urgency];
    const decideLink = item.can_decide
      ? el("a", { class: "button row-decide", href: `#decide/${item.id}`, "aria-label": t("row-decide-about", { company: item.company }) }, t("row-decide"))
      : null;
    const { theirs, yours, countdown } = item.start;
    list.append(el("li", { class: `interview-row urgency-${item.urgency}`, dataset: { id: item.id } },
      el("a", { class: "row-link", href: `#interview/${item.id}` },
        el("span", { class: "row-main" },
          el("span", { class: "row-company" }, item.company),
          el("span", { class: "row-position" }, item.position)),
        el("span", { class: "row-time" },
          el("span", { class: "row-local" }, yours ?? theirs),
          yours ? el("span", { class: "row-theirs", title: theirs }, t("row-their-time", { time: theirs })) : null,
          item.start.decide_by ? el("span", { class: "row-decide-by" }, t("decide-by", { when: item.start.decide_by })) : null),
        el("span", { class: "row-countdown countdown", dataset: { startsAt: item.starts_at } }, countdown),
        el("span", { class: "row-state" },
          el("span", { class: `badge decision-${item.decision}` }, words.decisions[item.decision]),
          urgencyWords ? el("span", { class: "urgency-words" }, urgencyWords) : null,
          item.prep_progress
            ? el("span", { class: `badge prep${item.prep_progress.done === item.prep_progress.of ? " prep-done" : ""}`, title: t("row-prep-title") },
              t("row-prep", { done: item.prep_progress.done, of: item.prep_progress.of }))
            : null,
          item.clashes.length ? el("span", { class: "badge clash", title: item.clashes.map((c) => c.message).join(" ") }, t("row-clash")) : null)),
      decideLink,
    ));
  }
}
