// How the window looks: light or dark (or as the desktop is), and its size.
// Kept in the log by the core (get_appearance / set_appearance), which also
// sets the window's zoom; put back when the window opens.

import { call } from "./api.js";
import { toast } from "./toast.js";

// The sizes offered, smallest first (the core refuses any other).
const SIZES = [1, 1.25, 1.5, 1.75, 2];
let current = { theme: "system", zoom: 1 };

export const appearance = () => current;

function applyTheme(theme) {
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export async function setAppearance(change) {
  current = await call("set_appearance", { appearance: { ...current, ...change } });
  applyTheme(current.theme);
  return current;
}

// Ctrl + / Ctrl − / Ctrl 0; true when the key was one of them.
export function zoomKey(event) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  const at = Math.max(0, SIZES.indexOf(current.zoom));
  let zoom;
  if (event.key === "+" || event.key === "=") zoom = SIZES[Math.min(at + 1, SIZES.length - 1)];
  else if (event.key === "-") zoom = SIZES[Math.max(at - 1, 0)];
  else if (event.key === "0") zoom = 1;
  else return false;
  event.preventDefault();
  current = { ...current, zoom };
  setAppearance({ zoom }).catch((error) => toast(error.message));
  return true;
}

// At start: as the user left it. Asked after the first view's data, which
// must not wait behind it.
export async function restoreAppearance() {
  current = await call("get_appearance");
  applyTheme(current.theme);
  if (current.zoom !== 1) await setAppearance({});
}
