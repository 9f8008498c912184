// New ids for actors and ties that a scenario adds: readable, deterministic, never colliding.

import type { Network, TieKind } from '../model/types';

/** Every actor and tie id in `network`: new ids avoid both (data/README.md: no id repeats across the two). */
export function takenIds(network: Network): Set<string> {
  const taken = new Set<string>();
  for (const actor of network.actors) taken.add(actor.id);
  for (const tie of network.ties) taken.add(tie.id);
  return taken;
}

/** `base` if free, else `base-2`, `base-3`, ...; the id returned is added to `taken`. */
export function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/** `prefix-1`, `prefix-2`, ...: the first number free in `taken` (added to it). */
export function numberedId(prefix: string, taken: Set<string>): string {
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
export function tieId(source: string, target: string, kind: TieKind, taken: Set<string>): string {
  const plain = `${source}--${target}`;
  if (!taken.has(plain)) {
    taken.add(plain);
    return plain;
  }
  return freshId(`${plain}--${kind}`, taken);
}
