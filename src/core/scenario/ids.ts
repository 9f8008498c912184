// New ids for actors and ties that a scenario adds: readable, deterministic, never colliding.

import type { Network, TieKind } from '../model/types';

/** Ids in use, to which each new id is added. A Set is one. */
export interface TakenIds {
  has(id: string): boolean;
  add(id: string): unknown;
}

/**
 * Every actor and tie id in `network`: new ids avoid both (data/README.md: no id repeats across
 * the two). Answered by scanning: a new tie asks about one or two ids, fewer than a Set of a big
 * network's ids would cost to build while the person who clicked waits.
 */
export function takenIds(network: Network): TakenIds {
  const added = new Set<string>();
  return {
    has: (id) => added.has(id) || network.actors.some((a) => a.id === id) || network.ties.some((t) => t.id === id),
    add: (id) => added.add(id),
  };
}

/** `base` if free, else `base-2`, `base-3`, ...; the id returned is added to `taken`. */
export function freshId(base: string, taken: TakenIds): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/** `prefix-1`, `prefix-2`, ...: the first number free in `taken` (added to it). */
export function numberedId(prefix: string, taken: TakenIds): string {
  let i = 1;
  while (taken.has(`${prefix}-${i}`)) i++;
  const id = `${prefix}-${i}`;
  taken.add(id);
  return id;
}

/**
 * A tie id after data/README.md: `source--target`; when the pair already has a tie,
 * `source--target--kind`; then `source--target--kind-2`, ... (added to `taken`).
 */
export function tieId(source: string, target: string, kind: TieKind, taken: TakenIds): string {
  const plain = `${source}--${target}`;
  if (!taken.has(plain)) {
    taken.add(plain);
    return plain;
  }
  return freshId(`${plain}--${kind}`, taken);
}
