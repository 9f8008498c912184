import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph/build-graph-index';
import { analyseIndex } from '../../../src/core/metrics/analyse';
import { LiveHeadline } from '../../../src/core/metrics/live-headline';
import { generateNetwork } from '../../../src/core/model/generate-network';
import type { Network } from '../../../src/core/model/types';
import { applyEdits } from '../../../src/core/scenario/apply';
import type { Edit } from '../../../src/core/scenario/types';
import { arbitraryEdit } from '../scenario/arbitrary-edits';
import { arbitraryNetwork } from './helpers';

const fromScratch = (network: Network, k: number) => analyseIndex(buildGraphIndex(network), { k, detail: 'headline' });

/** Each step: one more edit, or back to an earlier list of edits (an undo), and a k for the numbers. */
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ edit: arbitraryEdit, k: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ undo: fc.nat(), k: fc.integer({ min: 1, max: 4 }) }) },
);

describe('LiveHeadline', () => {
  it('LiveHeadline gives the from-scratch headline analysis after every step of random edits, undos included', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.array(step, { maxLength: 14 }), (baseline, steps) => {
        let live = LiveHeadline.of(baseline)!;
        const lists: Edit[][] = [[]];
        for (const s of steps) {
          const edits = 'edit' in s ? [...lists.at(-1)!, s.edit] : lists[s.undo % lists.length]!;
          lists.push(edits);
          const network = applyEdits(baseline, edits).network;
          if (!live.follow(network)) live = LiveHeadline.of(network)!;
          expect(live.analysis({ k: s.k })).toEqual(fromScratch(network, s.k));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('LiveHeadline follows single edits to a big network without starting afresh', () => {
    const baseline = generateNetwork(400, 3);
    const actorId = fc.integer({ min: 0, max: 420 }).map((i) => `a${i}`);
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.tuple(actorId, actorId, fc.nat(999)).map(([source, target, i]): Edit => ({ op: 'addTie', tie: { id: `x${i}`, source, target, kind: 'partnership' } })),
      fc.integer({ min: 0, max: 900 }).map((i): Edit => ({ op: 'removeTie', id: `t${i}` })),
      actorId.map((id): Edit => ({ op: 'removeActor', id })),
      actorId.map((id): Edit => ({ op: 'addActor', actor: { id, name: id, kind: 'government', country: 'Kosovo', level: 'local' } })),
      fc.tuple(actorId, fc.constantFrom('womens_org', 'un', 'media') as fc.Arbitrary<'womens_org' | 'un' | 'media'>)
        .map(([id, kind]): Edit => ({ op: 'changeActor', id, changes: { kind } })),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 3 }), (edits, k) => {
        const live = LiveHeadline.of(baseline)!;
        for (let i = 1; i <= edits.length; i++) {
          const network = applyEdits(baseline, edits.slice(0, i)).network;
          expect(live.follow(network)).toBe(true);
          expect(live.analysis({ k })).toEqual(fromScratch(network, k));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('LiveHeadline refuses a network with an actor id twice, which only a fresh index describes', () => {
    const network = generateNetwork(5, 1);
    expect(LiveHeadline.of({ ...network, actors: [...network.actors, network.actors[2]!] })).toBeNull();
  });

  it('LiveHeadline cannot follow a change of facilitator, and stays refused after', () => {
    const network = generateNetwork(20, 1);
    const live = LiveHeadline.of(network)!;
    expect(live.follow({ ...network, facilitator: 'a3' })).toBe(false);
    expect(live.follow(network)).toBe(false);
  });
});
