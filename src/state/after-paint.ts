// Runs a callback once the page has painted what was just changed (or soon, where nothing paints).

/** rAF runs before the next paint; a task queued from it runs after that paint. Without rAF (tests, a hidden tab's pause aside), a task. */
export function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run));
  else setTimeout(run);
}
