// Insights: what the whole search shows — what became of the interviews, why
// the user stepped back, the notice given, how employers answered, and the
// non-negotiables the recurring reasons suggest, to keep or dismiss. The core counts and words
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
