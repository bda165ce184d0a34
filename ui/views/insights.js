// Insights: what the whole search shows — what became of the interviews, why
// the user stepped back, the notice given, how employers answered, and the
// non-negotiables the recurring reasons suggest, to keep or dismiss. The
// core counts and words them; each chart is drawn as SVG (aria-hidden)
// beside a table of the same counts, which is what a screen reader reads.

import { call } from "../api.js";
import { $, el, clear } from "../dom.js";
import { toast } from "../toast.js";
import { catalogue } from "../catalogue.js";
import { currentVisit, stillOn } from "../visit.js";
import { t } from "../words.js";

let wired = false;

export async function show() {
  wire();
  const visit = currentVisit();
  const [figures, words] = await Promise.all([call("insights"), catalogue()]);
  if (!stillOn(visit)) return;
  const empty = figures.interviews === 0;
  $("#insights-empty").hidden = !empty;
  $("#insights-body").hidden = empty;
  if (empty) return;
  $("#insights-summary").textContent = t("insights-summary", { count: figures.interviews });
  const outcomes = words.outcomes.map(({ id, label }) => ({ id, label, count: figures.outcomes[id] ?? 0 }));
  const reasons = figures.reasons.map((reason) => ({ id: reason.scenario, label: reason.label, count: reason.count }));
  countTable($("#insights-outcomes"), t("insights-outcome"), outcomes);
  countTable($("#insights-reasons"), t("insights-reason"), reasons);
  $("#insights-reasons-none").hidden = reasons.length > 0;
  monthTable($("#insights-months"), figures.months, outcomes);
  facts(figures);
  suggestions(figures.suggestions);
  // The pictures come after the figures: the tables are there at once.
  const drawing = await chartist();
  if (!stillOn(visit)) return;
  barChart(drawing, $("#insights-outcomes-chart"), outcomes);
  barChart(drawing, $("#insights-reasons-chart"), reasons);
  monthChart(drawing, $("#insights-months-chart"), figures.months, outcomes);
}

// Chartist draws the charts as SVG. It comes with this view, not at start-up.
let drawing = null;
async function chartist() {
  if (!drawing) {
    document.head.append(el("link", { rel: "stylesheet", href: "vendor/chartist/index.css" }));
    drawing = await import("../vendor/chartist/index.js");
  }
  return drawing;
}

// The figures of a chart as a table: what a screen reader reads, and anyone
// who wants the numbers.
function countTable(table, heading, rows) {
  clear(table).append(
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, heading),
      el("th", { scope: "col", class: "count" }, t("insights-count")))),
    el("tbody", {}, rows.map(({ label, count }) =>
      el("tr", {}, el("th", { scope: "row" }, label), el("td", { class: "count" }, String(count))))),
  );
}

// Months down, the outcomes that happened across.
function monthTable(table, months, outcomes) {
  const shown = outcomes.filter(({ id }) => months.some((month) => month.outcomes[id] > 0));
  clear(table).append(
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, t("insights-month")),
      shown.map(({ label }) => el("th", { scope: "col", class: "count" }, label)),
      el("th", { scope: "col", class: "count" }, t("insights-total")))),
    el("tbody", {}, months.map((month) => el("tr", {},
      el("th", { scope: "row" }, month.label),
      shown.map(({ id }) => el("td", { class: "count" }, String(month.outcomes[id] ?? 0))),
      el("td", { class: "count" }, String(Object.values(month.outcomes).reduce((sum, n) => sum + n, 0)))))),
  );
}

// One bar per row, longest first as the table lists them.
function barChart({ BarChart }, box, rows) {
  clear(box).hidden = rows.length === 0;
  if (rows.length === 0) return;
  box.style.blockSize = `${Math.max(3, rows.length) * 34 + 30}px`;
  new BarChart(box, { labels: rows.map(({ label }) => label), series: [rows.map(({ count }) => count)] }, {
    horizontalBars: true,
    reverseData: true,
    axisX: { onlyInteger: true },
    axisY: { offset: 150 },
    chartPadding: { top: 8, right: 16, bottom: 0, left: 0 },
  });
}

// A stacked bar per month, a colour per outcome (the legend names them).
function monthChart({ BarChart }, box, months, outcomes) {
  const shown = outcomes.filter(({ id }) => months.some((month) => month.outcomes[id] > 0));
  clear(box);
  clear($("#insights-months-legend")).append(...shown.map(({ id, label }) =>
    el("li", { class: `series-${id}` }, el("span", { class: "swatch" }), label)));
  const every = Math.ceil(months.length / 12);
  const chart = new BarChart(box, {
    labels: months.map((month) => month.label),
    series: shown.map(({ id }) => ({ className: `series-${id}`, data: months.map((month) => month.outcomes[id] ?? 0) })),
  }, {
    stackBars: true,
    axisY: { onlyInteger: true },
    axisX: { labelInterpolationFnc: (label, index) => (index % every === 0 ? label : null) },
    chartPadding: { top: 16, right: 8, bottom: 0, left: 0 },
  });
  // Bars as wide as the months leave room for (set through the DOM: the
  // window allows no style attribute).
  chart.on("draw", (part) => {
    if (part.type === "bar") part.element.getNode().style.strokeWidth = `${Math.max(4, Math.min(28, part.axisX.stepLength * 0.6))}px`;
  });
}

function facts({ notice, replies }) {
  const list = clear($("#insights-replies"));
  const fact = (term, value) => list.append(el("dt", {}, term), el("dd", {}, value));
  fact(t("insights-notice"), notice.count === 0 ? t("insights-none-yet")
    : t("insights-notice-given", { count: notice.count, hours: Math.round(notice.median_hours ?? 0), late: notice.under_24h }));
  fact(t("insights-replies"), replies.asked === 0 ? t("insights-none-yet")
    : t("insights-replies-rate", { answered: replies.answered, asked: replies.asked, percent: Math.round(100 * (replies.rate ?? 0)) }));
  if (replies.median_hours !== null && replies.median_hours !== undefined) {
    fact(t("insights-reply-time"), t("insights-hours", { hours: Math.round(replies.median_hours) }));
  }
  fact(t("insights-follow-ups"), t("insights-follow-ups-answered", { sent: replies.follow_ups_sent, answered: replies.follow_ups_answered }));
}

// Each suggestion can be kept as written, reworded before keeping, or
// dismissed; once answered the core leaves it out, so the list is asked again.
function suggestions(found) {
  $("#insights-suggestions-none").hidden = found.length > 0;
  clear($("#insights-suggestions")).append(...found.map((suggestion) => {
    const { scenario } = suggestion;
    const problem = el("p", { class: "form-error", role: "alert", hidden: true });
    const answer = async (command, args, done) => {
      problem.hidden = true;
      try {
        await call(command, { scenario, ...args });
        toast(done);
        suggestions((await call("insights")).suggestions);
        $("#suggestions-title").focus();
      } catch (error) {
        problem.textContent = error.message;
        problem.hidden = false;
      }
    };
    const actions = el("div", { class: "button-row" },
      el("button", { type: "button", class: "button small primary", dataset: { keep: scenario },
        onclick: () => answer("accept_suggestion", {}, t("non-negotiable-added", { text: suggestion.non_negotiable })) },
      t("suggestion-keep")),
      el("button", { type: "button", class: "button small", dataset: { edit: scenario }, onclick: () => rewording() }, t("suggestion-edit")),
      el("button", { type: "button", class: "button small", dataset: { dismiss: scenario },
        onclick: () => answer("dismiss_suggestion", {}, t("suggestion-dismissed")) },
      t("suggestion-dismiss")));
    const rewording = () => {
      const input = el("input", { name: "text", value: suggestion.non_negotiable });
      actions.replaceChildren(el("form", { class: "inline-form", onsubmit: (event) => {
        event.preventDefault();
        answer("accept_suggestion", { text: input.value }, t("non-negotiable-added", { text: input.value.trim() }));
      } },
      el("label", {}, t("suggestion-own-words"), input),
      el("button", { type: "submit", class: "button small primary" }, t("suggestion-keep")),
      el("button", { type: "button", class: "button small", onclick: () => suggestions(found) }, t("cancel"))));
      input.focus();
    };
    return el("li", { dataset: { scenario } }, el("p", {}, suggestion.text),
      el("p", { class: "non-negotiable" }, suggestion.non_negotiable), actions, problem);
  }));
}

function wire() {
  if (wired) return;
  wired = true;
  $("#export-insights").addEventListener("click", async () => {
    try {
      const { path } = await call("export_insights");
      toast(t("settings-saved-to", { path }));
    } catch (error) {
      toast(error.message);
    }
  });
}
