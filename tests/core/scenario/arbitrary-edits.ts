// fast-check arbitraries for edit lists: ids drawn from a small pool, so edits often go stale or collide.

import fc from 'fast-check';
import type { Actor, ActorKind, Tie } from '../../../src/core/model/types';
import type { Edit } from '../../../src/core/scenario';

const actorId = fc.integer({ min: 0, max: 14 }).map((i) => `a${i}`);
const tieId = fc.integer({ min: 0, max: 40 }).map((i) => `t${i}`);
const kind = fc.constantFrom<ActorKind>('womens_org', 'government', 'network', 'media', 'security');

const newActor: fc.Arbitrary<Actor> = fc.record({ id: actorId, kind, community: fc.constantFrom('A', 'B', undefined) }).map(
  ({ id, kind, community }) => ({ id, name: `new ${id}`, kind, country: 'Kosovo', level: 'local', ...(community ? { community } : {}) }),
);
const newTie: fc.Arbitrary<Tie> = fc
  .record({ id: tieId, source: actorId, target: actorId })
  .map(({ id, source, target }) => ({ id, source, target, kind: 'partnership' }));

const simpleEdit: fc.Arbitrary<Edit> = fc.oneof(
  newActor.map((actor): Edit => ({ op: 'addActor', actor })),
  actorId.map((id): Edit => ({ op: 'removeActor', id })),
  newTie.map((tie): Edit => ({ op: 'addTie', tie })),
  tieId.map((id): Edit => ({ op: 'removeTie', id })),
  fc
    .record({
      id: actorId,
      changes: fc.oneof(
        fc.constant({ community: null }),
        fc.constant({ community: 'B' }),
        kind.map((k) => ({ kind: k })),
        fc.constant({ name: null }),
      ),
    })
    .map(({ id, changes }): Edit => ({ op: 'changeActor', id, changes })),
);

/** Any edit, groups of one to three simple edits included. */
export const arbitraryEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: simpleEdit },
  { weight: 1, arbitrary: fc.array(simpleEdit, { minLength: 1, maxLength: 3 }).map((edits): Edit => ({ op: 'group', label: 'group', edits })) },
);

export const arbitraryEdits = fc.array(arbitraryEdit, { maxLength: 12 });

/** Freezes a value and everything inside it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
