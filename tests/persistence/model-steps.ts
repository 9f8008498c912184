// The model-based test's steps and their random generators.

import fc from 'fast-check';
import type { Edit } from '../../src/core/scenario/types';

export type Step =
  | { do: 'edit'; edit: Edit }
  | { do: 'undo' }
  | { do: 'redo' }
  | { do: 'create' }
  | { do: 'switch'; pick: number }
  | { do: 'compare'; pick: number }
  | { do: 'delete'; pick: number }
  /** Import a network (it opens, as LibraryState.add does). */
  | { do: 'import' }
  /** Open another network: `pick` among the embedded one and those imported. */
  | { do: 'open'; pick: number }
  | { do: 'wait'; ms: number }
  /** Tab hidden then closed: flush, drop everything, reopen. */
  | { do: 'reload' }
  /** The tab dies a second after the last change, with no flush. */
  | { do: 'crash' };

const ACTORS = ['fac', 'wn', 'rae', 'police', 'ministry', 'board', 'ngo', 'donor'] as const;
const actor = fc.constantFrom(...ACTORS);
const pair = fc.uniqueArray(actor, { minLength: 2, maxLength: 2 });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(999), pair).map(([n, [source, target]]): Edit => ({ op: 'addTie', tie: { id: `t${n}`, source: source!, target: target!, kind: 'partnership' } })),
  actor.map((id): Edit => ({ op: 'removeActor', id })),
  fc.tuple(actor, fc.constantFrom('Renamed', 'Another name')).map(([id, name]): Edit => ({ op: 'changeActor', id, changes: { name } })),
  fc.tuple(fc.nat(999), actor).map(([n, to]): Edit => ({
    op: 'group',
    label: `Add partner ${n}`,
    edits: [
      { op: 'addActor', actor: { id: `new-${n}`, name: `New ${n}`, kind: 'womens_org', country: 'Kosovo', level: 'local' } },
      { op: 'addTie', tie: { id: `new-${n}--${to}`, source: `new-${n}`, target: to, kind: 'partnership' } },
    ],
  })),
);

export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: edit.map((e): Step => ({ do: 'edit', edit: e })) },
  { weight: 2, arbitrary: fc.constant<Step>({ do: 'undo' }) },
  { weight: 2, arbitrary: fc.constant<Step>({ do: 'redo' }) },
  { weight: 2, arbitrary: fc.constant<Step>({ do: 'create' }) },
  { weight: 2, arbitrary: fc.nat(5).map((pick): Step => ({ do: 'switch', pick })) },
  { weight: 1, arbitrary: fc.nat(5).map((pick): Step => ({ do: 'compare', pick })) },
  { weight: 2, arbitrary: fc.nat(5).map((pick): Step => ({ do: 'delete', pick })) },
  { weight: 1, arbitrary: fc.constant<Step>({ do: 'import' }) },
  { weight: 1, arbitrary: fc.nat(4).map((pick): Step => ({ do: 'open', pick })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1500 }).map((ms): Step => ({ do: 'wait', ms })) },
  { weight: 2, arbitrary: fc.constant<Step>({ do: 'reload' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ do: 'crash' }) },
);
