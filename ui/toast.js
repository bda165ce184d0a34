// A short message at the bottom of the window; `action` adds one button
// (e.g. Undo). Every view says things through here.

import { $, el } from "./dom.js";

export function toast(text, action) {
  const box = $("#toast");
  box.replaceChildren(el("span", {}, text));
  if (action) {
    box.append(el("button", {
      type: "button", class: "toast-action",
      onclick: async () => { box.hidden = true; try { await action.run(); } catch (e) { toast(e.message); } },
    }, action.label));
  }
  box.hidden = false;
  // An offer to undo is where the keyboard goes next: one Enter takes it back.
  box.querySelector(".toast-action")?.focus();
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, action ? 10000 : 6000);
}
