// Turning the core's instants into what the page's inputs hold. Times for
// reading (with their zone, countdowns) are written by the core.

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
