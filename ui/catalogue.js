// The words the core gives its named values (decisions, channels, kinds,
// checklist items...), asked for once and kept. The page has no table of its own.

import { call } from "./api.js";
import { el } from "./dom.js";
import { language } from "./words.js";

let asked = null;

export function catalogue() {
  asked ??= call("catalogue").catch((error) => {
    asked = null;
    throw error;
  });
  return asked;
}

// After a change of language: the next call asks for the labels again.
export function forgetCatalogue() {
  asked = null;
}

// Fills a picker from one of the catalogue's lists of {id, label}: once per
// language, keeping the choice made.
export function fillChoices(select, choices) {
  if (select.dataset.language === language()) return;
  select.dataset.language = language();
  const chosen = select.value;
  select.replaceChildren(...choices.map(({ id, label }) => el("option", { value: String(id) }, label)));
  if (chosen) select.value = chosen;
}
