// A short message at the bottom of the window; `action` adds one button
// (e.g. Undo). Every view says things through here.

import { $, el } from "./dom.js";

// Where the keyboard was before an Undo took it: it goes back there when the
// toast hides, rather than being lost on a hidden button.
let focusBefore = null;

function giveFocusBack() {
  // What it was on may be gone (the interview just deleted): the view's heading then.
  const back = focusBefore?.isConnected ? focusBefore : document.querySelector(".view:not([hidden]) h1");
  back?.focus({ preventScroll: true });
  focusBefore = null;
}

function hide(box) {
  const hadFocus = box.contains(document.activeElement);
  box.hidden = true;
  if (hadFocus) giveFocusBack();
}

export function toast(text, action) {
  const box = $("#toast");
  const hadFocus = box.contains(document.activeElement);
  if (!hadFocus) focusBefore = document.activeElement;
  box.replaceChildren(el("span", {}, text));
  if (action) {
    box.append(el("button", {
      type: "button", class: "toast-action",
      onclick: async () => { hide(box); try { await action.run(); } catch (e) { toast(e.message); } },
    }, action.label));
  }
  box.hidden = false;
  // An offer to undo is where the keyboard goes next: one Enter takes it back.
  const undo = box.querySelector(".toast-action");
  if (undo) undo.focus();
  else if (hadFocus) giveFocusBack();
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => hide(box), action ? 10000 : 6000);
}
