// The app frame: picks the view from the address fragment and lets each view
// load what it shows.

import * as settings from "./views/settings.js";

const views = {
  interviews: { show: () => {} },
  draft: { show: () => {} },
  settings,
};

const DEFAULT_VIEW = "interviews";

function currentViewName() {
  const name = location.hash.replace(/^#/, "");
  return name in views ? name : DEFAULT_VIEW;
}

async function showView() {
  const name = currentViewName();
  for (const section of document.querySelectorAll(".view")) {
    section.hidden = section.id !== `view-${name}`;
  }
  for (const link of document.querySelectorAll("[data-view]")) {
    if (link.dataset.view === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  try {
    await views[name].show();
  } catch (error) {
    toast(error.message);
  }
}

export function toast(text) {
  const box = document.getElementById("toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

window.addEventListener("hashchange", showView);
showView();
