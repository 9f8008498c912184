// A small immutable undo/redo history of values (the scenario's edit list, or anything else).

/**
 * The value now (`present`), the values before it (`past`, oldest first) and the values undone
 * (`future`, next first). Never mutated: every operation returns a new history, so it fits
 * `$state.raw` and can be compared by identity.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * Makes `next` the present and forgets the redo branch, as every editor does. Any change is a
 * push, so removing one edit from the middle of the list is `push(h, edits.filter(...))` and
 * undoes like any other step. `limit` caps how many past values are kept (default: all).
 */
export function push<T>(history: History<T>, next: T, limit = Infinity): History<T> {
  const past = [...history.past, history.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [] };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** One step back; the same history if there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1]!,
    future: [history.present, ...history.future],
  };
}

/** One step forward again; the same history if there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  return {
    past: [...history.past, history.present],
    present: history.future[0]!,
    future: history.future.slice(1),
  };
}
