// Small wording helpers for the sentences a trainee reads: step counts, ranks, shares, paths.

import type { Actor } from '../model/types';
import type { Words } from './sentences';

/** "one step", "two steps", "12 steps": the number in words up to ten, in the language of `words`. */
export function steps(n: number, words: Words): string {
  const number = words.say('workshop.numberWords').split('|')[n] ?? String(n);
  return words.say('workshop.steps', { count: n, number });
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A goal's share as written: 0.2 -> "20%", 0.165 -> "16.5%". */
export function share(value: number): string {
  return `${Number((100 * value).toFixed(1))}%`;
}

/** Names an actor by id, falling back to the id in quotes for one that is gone. */
export type Names = (id: string) => string;

export function namesOf(...networks: ReadonlyArray<{ actors: readonly Actor[] }>): Names {
  const names = new Map<string, string>();
  for (const network of networks) for (const actor of network.actors) if (!names.has(actor.id)) names.set(actor.id, actor.name);
  return (id) => names.get(id) ?? `"${id}"`;
}

/** "A → B → C". */
export function pathText(path: readonly string[], name: Names): string {
  return path.map(name).join(' → ');
}
