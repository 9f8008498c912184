// An array as its changes against an earlier one, by element identity: how a scenario's network differs from the last.

/** from[i] is the index in the earlier array of element i, or -1 for the next of `added`. */
export interface ArrayChanges<T> {
  from: Int32Array;
  added: T[];
}

/**
 * The changes that turn `base` into `next`. An edit leaves almost every element where it was,
 * so the common start and end are matched by position and only the middle goes through a Map:
 * one added tie costs a pass of pointer comparisons, not a Map of every tie.
 */
export function arrayChanges<T>(base: readonly T[], next: readonly T[]): ArrayChanges<T> {
  const from = new Int32Array(next.length);
  let head = 0;
  const shortest = Math.min(base.length, next.length);
  while (head < shortest && base[head] === next[head]) {
    from[head] = head;
    head++;
  }
  let tail = 0;
  while (tail < shortest - head && base[base.length - 1 - tail] === next[next.length - 1 - tail]) {
    from[next.length - 1 - tail] = base.length - 1 - tail;
    tail++;
  }
  const at = new Map<T, number>();
  for (let i = head; i < base.length - tail; i++) at.set(base[i]!, i);
  const added: T[] = [];
  for (let i = head; i < next.length - tail; i++) {
    const j = at.get(next[i]!);
    if (j === undefined) added.push(next[i]!);
    from[i] = j ?? -1;
  }
  return { from, added };
}

/** The array `changes` describe, rebuilt from `base`. */
export function applyArrayChanges<T>(base: readonly T[], { from, added }: ArrayChanges<T>): T[] {
  let next = 0;
  return Array.from(from, (i) => (i >= 0 ? base[i]! : added[next++]!));
}

/** The elements of `base` that `changes` leave out, in base order. */
export function removedBy<T>(base: readonly T[], { from }: ArrayChanges<T>): T[] {
  const kept = new Uint8Array(base.length);
  for (const i of from) if (i >= 0) kept[i] = 1;
  return base.filter((_, i) => kept[i] === 0);
}
