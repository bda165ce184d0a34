// The decision wizard: one question a step, then what to do and how to tell
// them. The rules are the core's (`advise`); this only asks and shows.

import { call } from "../api.js";
import { el, clear, append, $ } from "../dom.js";
import { countdown, timeIn, DECISION_LABELS } from "../format.js";
import { toast } from "../app.js";

let interview = null;
let answers = {};
let stepIndex = 0;
let scenarioChoices = [];
let advice = null;

const INTEREST = [
  ["yes", "Yes, I still want it"],
  ["unsure", "I'm not sure"],
  ["no", "No, not any more"],
];
const LEGAL = [
  ["signed_agreement", "An agreement I signed"],
  ["conditional_offer", "A conditional offer"],
  ["relocation_package", "A relocation package"],
  ["visa_sponsorship", "Visa sponsorship under way"],
  ["non_compete", "A non-compete clause"],
];

// The questions, each asked only when it can change the answer.
const STEPS = [
  {
    id: "interest",
    question: "Do you still want this role?",
    hint: "Think of where you want your career to go, and what matters to you at work.",
    render: () => radios("interest", INTEREST, answers.interest),
    read: (form) => ({ interest: form.interest.value || undefined }),
    missing: "Choose one answer.",
  },
  {
    id: "situation",
    question: "What stands in the way?",
    hint: "Pick the closest; it decides whether this passes or lasts.",
    render: () => radios("situation", situationChoices(), answers.situation),
    read: (form) => ({ situation: form.situation.value || undefined }),
    missing: "Choose what fits best, or “Nothing”.",
  },
  {
    id: "keep",
    question: "Would you like to keep the door open for later?",
    hint: "Some employers will hold an application for a few weeks.",
    when: () => answers.interest !== "no" && obstacleOf(answers.situation) !== "permanent",
    render: () => radios("keep", [["no", "No"], ["yes", "Yes, ask them to hold my application"]], answers.keep ?? "no"),
    read: (form) => ({ keep: form.keep.value }),
  },
  {
    id: "remote",
    question: "Would remote or hybrid work make this role possible?",
    when: () => answers.situation === "relocation",
    render: () => radios("remote", [["no", "No"], ["yes", "Yes, I'd consider it"]], answers.remote ?? "no"),
    read: (form) => ({ remote: form.remote.value }),
  },
  {
    id: "legal",
    question: "Is anything signed or under way?",
    hint: "Tick all that apply; leave all empty if nothing is.",
    when: () => !(answers.interest === "yes" && answers.situation === "none"),
    render: () => el("fieldset", { class: "choices" }, el("legend", { class: "visually-hidden" }, "Signed or under way"),
      LEGAL.map(([value, label]) => el("label", { class: "choice" },
        el("input", { type: "checkbox", name: "legal", value, checked: (answers.legal ?? []).includes(value) }), label))),
    read: (form) => ({ legal: [...form.querySelectorAll("[name=legal]:checked")].map((box) => box.value) }),
  },
];

function situationChoices() {
  const passed = new Date(interview.starts_at).getTime() < Date.now();
  const list = scenarioChoices
    .filter((choice) => passed ? choice.id === "missed" : choice.id !== "missed")
    .map((choice) => [choice.id, choice.label]);
  if (!passed) list.push(["none", "Nothing: I could go"]);
  return list;
}

function obstacleOf(situation) {
  if (situation === "none") return "none";
  return scenarioChoices.find((choice) => choice.id === situation)?.obstacle ?? null;
}

function radios(name, choices, current) {
  return el("fieldset", { class: "choices" },
    el("legend", { class: "visually-hidden" }, name),
    choices.map(([value, label]) => el("label", { class: "choice" },
      el("input", { type: "radio", name, value, checked: value === current, required: true }), label)));
}

const activeSteps = () => STEPS.filter((step) => !step.when || step.when());

export async function show(id) {
  const [record, choices] = await Promise.all([call("get_interview", { id: Number(id) }), call("scenarios")]);
  interview = record;
  scenarioChoices = choices;
  answers = {};
  stepIndex = 0;
  advice = null;
  $("#decide-title").textContent = `Decide: ${record.company}`;
  $("#decide-subtitle").textContent = `${record.position} · ${timeIn(record.starts_at, record.tz)} · ${countdown(record.starts_at)}`;
  renderStep();
}

function renderStep() {
  const steps = activeSteps();
  const step = steps[stepIndex];
  const form = clear($("#decide-form"));
  $("#decide-progress").textContent = `Question ${stepIndex + 1} of ${steps.length}`;
  $("#decide-progress-bar").value = stepIndex / steps.length;
  append(form, 
    el("h2", { id: "decide-question" }, step.question),
    step.hint ? el("p", { class: "muted" }, step.hint) : null,
    step.render(),
    el("p", { class: "form-error", id: "decide-error", role: "alert", hidden: true }),
    el("div", { class: "form-actions" },
      stepIndex > 0 ? el("button", { type: "button", class: "button", id: "decide-back", onclick: back }, "Back") : null,
      el("button", { type: "submit", class: "button primary", id: "decide-next" },
        stepIndex === steps.length - 1 ? "See what to do" : "Next")),
  );
  form.querySelector("input")?.focus();
}

function back() {
  stepIndex = Math.max(0, stepIndex - 1);
  renderStep();
}

async function next(event) {
  event.preventDefault();
  const steps = activeSteps();
  const step = steps[stepIndex];
  const read = step.read($("#decide-form"));
  if (step.missing && Object.values(read).some((value) => value === undefined)) {
    const error = $("#decide-error");
    error.textContent = step.missing;
    error.hidden = false;
    return;
  }
  Object.assign(answers, read);
  if (stepIndex < activeSteps().length - 1) {
    stepIndex += 1;
    renderStep();
  } else {
    await showAdvice();
  }
}

function adviceInput() {
  const situation = answers.situation;
  return {
    interest: answers.interest,
    ...(situation === "none" ? { obstacle: "none" } : { scenario: situation }),
    keep_option_open: answers.keep === "yes",
    open_to_remote: answers.remote === "yes",
    legal_flags: activeSteps().some((s) => s.id === "legal") ? answers.legal ?? [] : [],
    candidate_tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

const ACTION_LINES = {
  withdraw: "Withdraw from this interview",
  reschedule: "Ask to move the interview",
  pause: "Ask them to pause your application",
  attend: "Go to the interview",
  reflect: "Take a little time to decide",
  ask: "Ask about remote or hybrid work first",
  apologize: "Apologise for the missed interview",
};
const CHANNEL_WORDS = { phone: "by phone", voicemail: "by phone", email: "by e-mail", linkedin: "on LinkedIn", platform: "on the recruiting platform" };

function channelStep(channel) {
  const who = interview.interviewer.name || "the recruiter";
  const phone = interview.interviewer.phone;
  switch (channel) {
    case "phone":
      return el("li", {}, `Call ${who}`, phone ? [" at ", el("a", { href: `tel:${phone.replace(/[^\d+]/g, "")}`, id: "advice-tel" }, phone)] : null, ".");
    case "voicemail":
      return el("li", {}, "If nobody answers, leave a short voicemail: who you are, the interview, your decision, and that an e-mail follows.");
    case "email":
      return el("li", {}, `Send the e-mail${interview.interviewer.email ? ` to ${interview.interviewer.email}` : ""}, so there is a written record.`);
    case "linkedin":
      return el("li", {}, "Send the message on LinkedIn, where you have been talking.");
    default:
      return el("li", {}, "Send the message on the recruiting platform, where you have been talking.");
  }
}

async function showAdvice() {
  try {
    advice = await call("advise", { input: adviceInput(), interview: interview.id });
  } catch (error) {
    const box = $("#decide-error");
    box.textContent = error.message;
    box.hidden = false;
    return;
  }
  const form = clear($("#decide-form"));
  $("#decide-progress").textContent = "What to do";
  $("#decide-progress-bar").value = 1;
  const late = advice.hours_until >= 0 && advice.hours_until < 24 && advice.channels[0] === "phone";
  const how = advice.channels.length ? `, ${CHANNEL_WORDS[advice.channels[0]]}` : "";
  append(form, 
    late ? el("p", { class: "banner danger call-now", id: "advice-call-now" },
      `Under 24 hours to go (${countdown(interview.starts_at)}): call now.`) : null,
    el("h2", { id: "advice-action" }, `${ACTION_LINES[advice.action]}${how}`),
    el("ul", { class: "reasons", id: "advice-reasons" }, advice.reasons.map((reason) => el("li", {}, reason))),
    advice.channels.length ? [el("h3", {}, "How to tell them"), el("ol", { class: "plan", id: "advice-plan" }, advice.channels.map(channelStep))] : null,
    advice.warnings.length ? el("ul", { class: "warnings", id: "advice-warnings" },
      advice.warnings.map((warning) => el("li", { dataset: { code: warning.code } }, warning.message))) : null,
    advice.action === "pause" ? el("label", {}, "Check back with them on",
      el("input", { type: "date", name: "pause_until", id: "advice-pause-until", required: true, value: twoWeeksFromNow() })) : null,
    el("label", {}, "Your reason, in a few words (kept for you, not sent)",
      el("input", { name: "reason", id: "advice-reason", maxlength: 500 })),
    el("p", { class: "form-error", id: "decide-error", role: "alert", hidden: true }),
    el("div", { class: "form-actions" },
      el("button", { type: "button", class: "button", id: "decide-back", onclick: () => { stepIndex = activeSteps().length - 1; renderStep(); } }, "Back"),
      el("button", { type: "button", class: "button primary", id: "decide-apply", onclick: apply },
        advice.decision ? `Apply: ${DECISION_LABELS[advice.decision].toLowerCase()}` : "Save my answers")),
  );
  $("#decide-apply").focus();
}

function twoWeeksFromNow() {
  const day = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  return day.toISOString().slice(0, 10);
}

async function apply() {
  const update = {
    decision: advice.decision ?? "undecided",
    reason: $("#advice-reason").value || null,
    scenario: answers.situation === "none" ? null : answers.situation,
    pause_until: advice.action === "pause" ? $("#advice-pause-until").value || null : null,
  };
  try {
    await call("decide_interview", { id: interview.id, update });
    toast(advice.decision ? `Recorded: ${DECISION_LABELS[advice.decision].toLowerCase()}.` : "Your answers are saved.");
    const written = advice.channels.find((c) => c !== "voicemail");
    location.hash = advice.message_kind
      ? `#draft/${interview.id}/${advice.message_kind}/${written ?? "email"}`
      : `#interview/${interview.id}`;
  } catch (error) {
    const box = $("#decide-error");
    box.textContent = error.message;
    box.hidden = false;
  }
}

export function wireDecide() {
  $("#decide-form").addEventListener("submit", next);
}
