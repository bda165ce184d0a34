// Which view the user is on, as a number that changes with every navigation:
// a view keeps the number it was shown with, and drops an answer that comes
// back after the user has moved on (a slow call must not draw over the view
// they are reading now).

let current = 0;

// What a view's show() returns when it has scrolled to where the user was.
export const KEEP_PLACE = "keep-place";

export function nextVisit() {
  current += 1;
  return current;
}

export const currentVisit = () => current;

export const stillOn = (visit) => visit === current;
