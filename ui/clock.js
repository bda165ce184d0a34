// The page's clock: one timer for everything on screen that moves with time,
// and no timer at all while the window is hidden (closed to the tray, where
// Raincheck spends most of its day). Shown again, the page catches up at once.

import { call } from "./api.js";

// How much faster than real time the page's minute passes: 1 for users, more
// for the soak benchmark (RAINCHECK_CLOCK_SPEED, read by the shell).
let speed = 1;
// Set from the shell's "window-visibility" event: hidden to the tray.
let hiddenByShell = false;
let timer = null;
let speedAsked = false;
// What runs each minute, what runs once at a given instant, what runs on show.
const minuteJobs = new Set();
const wakeJobs = new Set();
const showJobs = new Set();

export const isHidden = () => document.hidden || hiddenByShell;

// Runs `job` every minute while the page is shown; returns a function that stops it.
export function everyMinute(job) {
  minuteJobs.add(job);
  arm();
  return () => { minuteJobs.delete(job); arm(); };
}

// Runs `job` once at the first minute tick at or after `instant` (or on show,
// if that comes later); returns a function that cancels it. Checking on the
// minute rather than with a long timeout also survives a suspended laptop.
export function atInstant(instant, job) {
  const wake = { at: new Date(instant).getTime(), job };
  wakeJobs.add(wake);
  arm();
  return () => { wakeJobs.delete(wake); arm(); };
}

// Runs `job` each time the page is shown again after being hidden.
export function onShow(job) {
  showJobs.add(job);
}

function tick() {
  const now = Date.now();
  for (const wake of [...wakeJobs]) {
    if (wake.at <= now) {
      wakeJobs.delete(wake);
      wake.job();
    }
  }
  for (const job of [...minuteJobs]) job();
}

// One interval, only while something needs it and the page is shown.
function arm() {
  askSpeedOnce();
  const needed = !isHidden() && (minuteJobs.size > 0 || wakeJobs.size > 0);
  if (needed && timer === null) {
    timer = setInterval(tick, 60_000 / speed);
  } else if (!needed && timer !== null) {
    clearInterval(timer);
    timer = null;
  }
}

let wasHidden = isHidden();
function visibilityChanged() {
  const hidden = isHidden();
  if (hidden === wasHidden) return;
  wasHidden = hidden;
  arm();
  if (!hidden) {
    for (const job of [...showJobs]) job();
    tick();
  }
}

export function setHiddenByShell(hidden) {
  hiddenByShell = hidden;
  visibilityChanged();
}

document.addEventListener("visibilitychange", visibilityChanged);

// Asked when a timer is first needed, not at load: the first screen's data goes
// first. Until it answers the clock runs at real time.
function askSpeedOnce() {
  if (speedAsked) return;
  speedAsked = true;
  call("clock_speed").then((value) => {
    if (!(value > 1)) return;
    speed = value;
    if (timer !== null) {
      clearInterval(timer);
      timer = null;
      arm();
    }
  }).catch(() => {});
}
