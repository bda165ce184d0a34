// How times and states read in the window. The rules behind them (what is
// urgent, what time a zone shows) come from the core; this only words them.

export const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

// One formatter per zone, kept: each is an ICU object of its own, and the list
// made three per row at every render, thousands an hour for the collector to
// find. Bounded by the number of zones in use.
const formatters = new Map();

// "Thu, Dec 3, 10:00 EST" in the given zone.
export function timeIn(instant, zone) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // en-US names zones the way people know them (EST, PST); the clock stays 24 h.
    formatter = new Intl.DateTimeFormat("en-US", {
      weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
      hourCycle: "h23", timeZone: zone, timeZoneName: "short",
    });
    formatters.set(zone, formatter);
  }
  return formatter.format(new Date(instant));
}

// The wall-clock time of an instant in a zone, as a datetime-local value.
export function wallTime(instant, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
      hourCycle: "h23", timeZone: zone,
    }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

// "in 18 h", "in 3 days", "40 min ago", counted from now.
export function countdown(instant, now = Date.now()) {
  const minutes = Math.round((new Date(instant).getTime() - now) / 60000);
  const size = Math.abs(minutes);
  let amount;
  if (size < 60) amount = `${size} min`;
  else if (size < 48 * 60) amount = `${Math.round(size / 60)} h`;
  else amount = `${Math.round(size / (24 * 60))} days`;
  return minutes >= 0 ? `in ${amount}` : `${amount} ago`;
}

export const DECISION_LABELS = {
  undecided: "Undecided",
  attend: "Attending",
  withdraw: "Withdrawing",
  reschedule: "Rescheduling",
  pause: "Paused",
};

// What the urgency the core gives means for the user, in words beside the colour.
export const URGENCY_WORDS = {
  call_now: "Under 24 h: call them",
  act_soon: "Decide soon",
  settled: "",
  past: "Passed",
};

export const CHANNEL_LABELS = { email: "E-mail", phone: "Phone", linkedin: "LinkedIn", platform: "Recruiting platform" };
