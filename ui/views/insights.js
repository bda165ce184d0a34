// Insights: what the whole search shows — what became of the interviews, why
// the user stepped back, the notice given, how employers answered, and the
// non-negotiables the recurring reasons suggest. The core counts and words
// them; each chart is a table (read as one by a screen reader) whose bars
// only draw the counts it already states.

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
  barTable($("#insights-outcomes"), t("insights-outcome"),
    words.outcomes.map(({ id, label }) => [label, figures.outcomes[id] ?? 0]));
  barTable($("#insights-reasons"), t("insights-reason"),
    figures.reasons.map((reason) => [reason.label, reason.count]));
  $("#insights-reasons-none").hidden = figures.reasons.length > 0;
  facts(figures);
  suggestions(figures.suggestions);
}

// A table of labels and counts, each count drawn as a bar beside it.
function barTable(table, heading, rows) {
  const most = Math.max(1, ...rows.map(([, count]) => count));
  clear(table).append(
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, heading),
      el("th", { scope: "col", class: "count" }, t("insights-count")),
      el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, t("insights-bar"))))),
    el("tbody", {}, rows.map(([label, count]) => {
      const bar = el("span", { class: "bar", "aria-hidden": "true" });
      bar.style.inlineSize = `${(100 * count) / most}%`;
      return el("tr", {}, el("th", { scope: "row" }, label), el("td", { class: "count" }, String(count)),
        el("td", { class: "bar-cell" }, count > 0 ? bar : null));
    })),
  );
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

function suggestions(found) {
  $("#insights-suggestions-none").hidden = found.length > 0;
  clear($("#insights-suggestions")).append(...found.map((suggestion) =>
    el("li", {}, el("p", {}, suggestion.text), el("p", { class: "non-negotiable" }, suggestion.non_negotiable))));
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
