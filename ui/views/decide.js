// The decision wizard: one question a step, then what to do and how to tell
// them. The core says which questions to ask and what the advice is
// (`wizard`, `advise`); this only asks and shows.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { toast } from "../toast.js";
import { currentVisit, stillOn } from "../visit.js";
import { t } from "../words.js";

let interviewId = null;
let answers = {};
let questions = [];
let stepIndex = 0;
let advice = null;

export async function show(id) {
  const visit = currentVisit();
  interviewId = Number(id);
  answers = {};
  stepIndex = 0;
  advice = null;
  const wizard = await call("wizard", { interview: interviewId, answers });
  if (!stillOn(visit)) return;
  $("#decide-title").textContent = wizard.title;
  $("#decide-subtitle").textContent = wizard.subtitle;
  questions = wizard.questions;
  renderStep();
}

function choicesOf(question) {
  const current = answers[question.id];
  if (question.multiple) {
    return el("fieldset", { class: "choices" }, el("legend", { class: "visually-hidden" }, question.question),
      question.choices.map(({ value, label }) => el("label", { class: "choice" },
        el("input", { type: "checkbox", name: question.id, value, checked: (current ?? []).includes(value) }), label)));
  }
  const chosen = current === undefined ? question.default : current;
  return el("fieldset", { class: "choices" },
    el("legend", { class: "visually-hidden" }, question.question),
    question.choices.map(({ value, label }) => el("label", { class: "choice" },
      el("input", { type: "radio", name: question.id, value, checked: value === chosen, required: true }), label)));
}

function readAnswer(question, form) {
  if (question.multiple) return [...form.querySelectorAll(`[name=${question.id}]:checked`)].map((box) => box.value);
  return form.querySelector(`[name=${question.id}]:checked`)?.value ?? question.default ?? undefined;
}

function renderStep() {
  const question = questions[stepIndex];
  const form = clear($("#decide-form"));
  $("#decide-progress").textContent = t("wizard-progress", { step: stepIndex + 1, steps: questions.length });
  $("#decide-progress-bar").value = stepIndex / questions.length;
  append(form,
    el("h2", { id: "decide-question" }, question.question),
    question.hint ? el("p", { class: "muted" }, question.hint) : null,
    choicesOf(question),
    el("p", { class: "form-error", id: "decide-error", role: "alert", hidden: true }),
    el("div", { class: "form-actions" },
      stepIndex > 0 ? el("button", { type: "button", class: "button", id: "decide-back", onclick: back }, t("wizard-back")) : null,
      el("button", { type: "submit", class: "button primary", id: "decide-next" },
        stepIndex === questions.length - 1 ? t("wizard-see-advice") : t("wizard-next"))),
  );
  // Back at an answered question: the keyboard on the answer given.
  (form.querySelector("input:checked") ?? form.querySelector("input"))?.focus();
}

function back() {
  stepIndex = Math.max(0, stepIndex - 1);
  renderStep();
}

function showError(message) {
  const box = $("#decide-error");
  box.textContent = message;
  box.hidden = false;
}

async function next(event) {
  event.preventDefault();
  const visit = currentVisit();
  const question = questions[stepIndex];
  const value = readAnswer(question, $("#decide-form"));
  if (value === undefined && question.missing) return showError(question.missing);
  answers[question.id] = value;
  try {
    // An answer can add or drop later questions: the core says which remain.
    const wizard = await call("wizard", { interview: interviewId, answers });
    if (!stillOn(visit)) return;
    questions = wizard.questions;
  } catch (error) {
    return showError(error.message);
  }
  if (stepIndex < questions.length - 1) {
    stepIndex += 1;
    renderStep();
  } else {
    await showAdvice(visit);
  }
}

function tellStep(step) {
  return el("li", {}, step.text,
    step.call ? [" ", el("a", { href: step.call.href, id: "advice-tel" }, step.call.number)] : null,
    step.after);
}

async function showAdvice(visit) {
  try {
    advice = await call("advise", { interview: interviewId, answers });
  } catch (error) {
    return showError(error.message);
  }
  if (!stillOn(visit)) return;
  const form = clear($("#decide-form"));
  $("#decide-progress").textContent = t("wizard-advice");
  $("#decide-progress-bar").value = 1;
  append(form,
    advice.call_now ? el("p", { class: "banner danger call-now", id: "advice-call-now" }, advice.call_now) : null,
    el("h2", { id: "advice-action" }, advice.headline),
    el("ul", { class: "reasons", id: "advice-reasons" }, advice.reasons.map((reason) => el("li", {}, reason))),
    advice.steps.length ? [el("h3", {}, t("wizard-how-to-tell")), el("ol", { class: "plan", id: "advice-plan" }, advice.steps.map(tellStep))] : null,
    advice.warnings.length ? el("ul", { class: "warnings", id: "advice-warnings" },
      advice.warnings.map((warning) => el("li", { dataset: { code: warning.code } }, warning.message))) : null,
    advice.pause_until ? el("label", {}, t("wizard-check-back-on"),
      el("input", { type: "date", name: "pause_until", id: "advice-pause-until", required: true, value: advice.pause_until })) : null,
    el("label", {}, t("wizard-reason"),
      el("input", { name: "reason", id: "advice-reason", maxlength: 500, value: advice.reason ?? "" })),
    el("p", { class: "form-error", id: "decide-error", role: "alert", hidden: true }),
    el("div", { class: "form-actions" },
      el("button", { type: "button", class: "button", id: "decide-back", onclick: () => { stepIndex = questions.length - 1; renderStep(); } }, t("wizard-back")),
      el("button", { type: "button", class: "button primary", id: "decide-apply", onclick: apply }, advice.apply_label)),
  );
  $("#decide-apply").focus();
}

async function apply() {
  const update = {
    decision: advice.records,
    reason: $("#advice-reason").value || null,
    scenario: advice.scenario ?? null,
    pause_until: advice.pause_until ? $("#advice-pause-until").value || null : null,
  };
  try {
    await call("decide_interview", { id: interviewId, update });
    toast(advice.recorded);
    location.hash = advice.draft
      ? `#draft/${interviewId}/${advice.draft.kind}/${advice.draft.channel}`
      : `#interview/${interviewId}`;
  } catch (error) {
    showError(error.message);
  }
}

export function wireDecide() {
  $("#decide-form").addEventListener("submit", next);
}
