// The page's words in the user's language. The shell hands over the
// language's page.ftl before any script runs (window.__RAINCHECK_WORDS__);
// Fluent's own library formats it, plurals included. The core's words
// (labels, the wizard, an interview's page) come in its answers instead.

import { FluentBundle, FluentResource } from "./vendor/fluent-bundle/index.js";

// A language chosen since the window opened outlives a reload of the page
// (the words handed over at the start are those of the start).
const SWITCHED = "raincheck-words";
const given = switchedEarlier() ?? window.__RAINCHECK_WORDS__ ?? { language: "en", source: "" };

function switchedEarlier() {
  try {
    return JSON.parse(sessionStorage.getItem(SWITCHED) ?? "null");
  } catch {
    return null;
  }
}
let bundle = bundleFor(given);

function bundleFor({ language, source }) {
  // Bidi isolation marks would end up in copied text and file names.
  const made = new FluentBundle(language, { useIsolating: false });
  made.addResource(new FluentResource(source));
  return made;
}

// The sentence under `key`, with `args` filled in. A key the catalogue lacks
// shows itself (the catalogue tests keep that from happening).
export function t(key, args) {
  const message = bundle.getMessage(key);
  if (!message?.value) return key;
  return bundle.formatPattern(message.value, args);
}

export function language() {
  return bundle.locales[0];
}

// Puts the words of the page's fixed parts (index.html's data-t attributes)
// into the language in use.
export function translatePage() {
  document.documentElement.lang = language();
  for (const element of document.querySelectorAll("[data-t]")) element.textContent = t(element.dataset.t);
  for (const attribute of ["aria-label", "placeholder", "title"]) {
    for (const element of document.querySelectorAll(`[data-t-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-t-${attribute}`)));
    }
  }
}

// Speaks another language from now on: `words` is what set_window_language answers.
export function switchLanguage(words) {
  bundle = bundleFor(words);
  sessionStorage.setItem(SWITCHED, JSON.stringify({ language: words.language, source: words.source }));
  translatePage();
}

// index.html is written in English; any other language replaces its words
// before the first view shows.
if (given.language !== "en") translatePage();
