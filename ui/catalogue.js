// The words the core gives its named values (decisions, channels, kinds,
// checklist items...), asked for once and kept. The page has no table of its own.

import { call } from "./api.js";
import { el } from "./dom.js";

let asked = null;

export function catalogue() {
  asked ??= call("catalogue").catch((error) => {
    asked = null;
    throw error;
  });
  return asked;
}

// Fills a picker once from one of the catalogue's lists of {id, label}.
export function fillChoices(select, choices) {
  if (select.options.length) return;
  select.replaceChildren(...choices.map(({ id, label }) => el("option", { value: String(id) }, label)));
}
