// Readable names for actors, kinds and lists in labels and sentences.

import type { Actor, ActorKind } from '../model/types';

const KIND_LABELS: Record<ActorKind, string> = {
  womens_org: "women's organisation",
  civil_society: 'civil society organisation',
  network: 'network',
  forum: 'forum',
  government: 'government body',
  parliament: 'parliament body',
  security: 'security institution',
  justice: 'justice institution',
  international: 'international organisation',
  un: 'UN agency',
  donor: 'donor',
  media: 'media outlet',
  academia: 'academic institution',
  faith: 'faith organisation',
  person: 'person',
};

/** "women's organisation" for womens_org; unknown kinds as written. */
export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** Records by id: a Map, or anything that looks ids up as one does. */
export type ById<T> = Pick<ReadonlyMap<string, T>, 'get'>;

/** The actor's name if it is known, else its id in quotes (an actor an earlier edit removed). */
export function nameOf(actors: ById<Actor>, id: string): string {
  return actors.get(id)?.name ?? `"${id}"`;
}

/** How a language joins a list of names; the interface passes its own, English is the default. */
export interface ListWords {
  /** "A, B and C". */
  join(items: readonly string[]): string;
  /** "2 others": the names a long list leaves out. */
  others(count: number): string;
}

export const ENGLISH_LIST: ListWords = {
  join: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  others: (count) => `${count} others`,
};

/** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
export function listOf(items: readonly string[], max = 3, words: ListWords = ENGLISH_LIST): string {
  return words.join(items.length > max + 1 ? [...items.slice(0, max), words.others(items.length - max)] : items);
}
