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

/** The actor's name if it is known, else its id in quotes (an actor an earlier edit removed). */
export function nameOf(actors: ReadonlyMap<string, Actor>, id: string): string {
  return actors.get(id)?.name ?? `"${id}"`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
export function listOf(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max + 1) return `${items.slice(0, max).join(', ')} and ${items.length - max} others`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
