// The Interviews view: the "Next up" card, filters, and the list.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { countdown, timeIn, systemZone, DECISION_LABELS, URGENCY_WORDS } from "../format.js";
import { openInterviewForm, openFormFromInvite } from "./interview-form.js";
import { toast } from "../app.js";
import * as clock from "../clock.js";

const PAGE_SIZE = 100;
let filter = "all";
let shown = false;
// Stops this view's timers: the countdown minute and the next urgency change.
let stopTimers = () => {};

export async function show() {
  wireOnce();
  shown = true;
  await refresh();
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
  const stops = [clock.everyMinute(updateCountdowns)];
  if (changes.length) stops.push(clock.atInstant(changes[0], () => refresh().catch(() => {})));
  stopTimers = () => stops.forEach((stop) => stop());
}

function updateCountdowns() {
  for (const node of document.querySelectorAll("#view-interviews .countdown[data-starts-at]")) {
    const text = countdown(node.dataset.startsAt);
    if (node.textContent !== text) node.textContent = text;
  }
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
          `${invite.fields.company ?? "?"} — ${invite.fields.position ?? "?"}, ${invite.fields.starts_at ?? "no time"} ${invite.fields.tz ?? ""}`))));
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
      refresh();
    });
  }
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

export async function refresh() {
  const [page, upcoming, reminders] = await Promise.all([
    call("list_interviews", { filter, limit: PAGE_SIZE, offset: 0 }),
    call("list_interviews", { filter: "upcoming", limit: 50, offset: 0 }),
    call("reminder_status"),
  ]);
  renderReminders(reminders);
  renderNextUp(upcoming.find((item) => item.urgency === "call_now" || item.urgency === "act_soon"));
  renderList(page);
  // An answer that comes after the user moved on starts no timers.
  if (shown) followTheClock([...page, ...upcoming]);
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
    el("p", { class: "eyebrow" }, "Next up"),
    el("h2", {}, `${item.company} — ${item.position}`),
    el("p", { class: "next-up-time" },
      el("strong", { class: "countdown", dataset: { startsAt: item.starts_at } }, countdown(item.starts_at)), " · ", item.starts_at_text),
    el("p", { class: "next-up-hint" }, item.urgency === "call_now"
      ? "Less than a day to go and no decision told: if you won't go, call them now rather than e-mail."
      : "Still undecided. Deciding early lets you tell them by e-mail, with time to spare."),
    el("a", { class: "button primary", href: `#decide/${item.id}`, id: "next-up-decide" }, "Decide now"),
  );
}

function renderList(page) {
  const list = clear($("#interview-list"));
  const empty = $("#interviews-empty");
  const emptyFiltered = $("#interviews-empty-filtered");
  empty.hidden = !(page.length === 0 && filter === "all");
  emptyFiltered.hidden = !(page.length === 0 && filter !== "all");
  const home = systemZone();
  for (const item of page) {
    const differs = timeIn(item.starts_at, home) !== timeIn(item.starts_at, item.tz);
    const words = URGENCY_WORDS[item.urgency];
    const decideLink = item.decision === "undecided" && item.urgency !== "past"
      ? el("a", { class: "button row-decide", href: `#decide/${item.id}`, "aria-label": `Decide about ${item.company}` }, "Decide")
      : null;
    list.append(el("li", { class: `interview-row urgency-${item.urgency}`, dataset: { id: item.id } },
      el("a", { class: "row-link", href: `#interview/${item.id}` },
        el("span", { class: "row-main" },
          el("span", { class: "row-company" }, item.company),
          el("span", { class: "row-position" }, item.position)),
        el("span", { class: "row-time" },
          el("span", { class: "row-local" }, timeIn(item.starts_at, home)),
          differs ? el("span", { class: "row-theirs", title: item.starts_at_text }, `their time: ${item.starts_at_text}`) : null),
        el("span", { class: "row-countdown countdown", dataset: { startsAt: item.starts_at } }, countdown(item.starts_at)),
        el("span", { class: "row-state" },
          el("span", { class: `badge decision-${item.decision}` }, DECISION_LABELS[item.decision]),
          words ? el("span", { class: "urgency-words" }, words) : null,
          item.clashes.length ? el("span", { class: "badge clash", title: item.clashes.map((c) => c.message).join(" ") }, "Clash") : null)),
      decideLink,
    ));
  }
}
