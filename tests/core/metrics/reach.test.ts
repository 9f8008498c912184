import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { countDecisionMakers, reachPerActor } from '../../../src/core/metrics';
import { network, ties } from './helpers';

// A path c - x - d1 - y - d2: d1 is 2 steps from c, d2 is 4 steps away; |D| = 2.
const path = buildGraphIndex(
  network(['c:womens_org', 'x:media', 'd1:government', 'y:academia', 'd2:parliament'], ties('c-x', 'x-d1', 'd1-y', 'y-d2')),
);

describe('reachPerActor', () => {
  it('reachPerActor counts a decision-maker two steps away', () => {
    // k = 2: {d1} of 2 decision-makers -> 1/2.
    expect(reachPerActor(path)[0]).toBe(0.5);
  });

  it('reachPerActor grows with the step horizon k', () => {
    // k = 1: nothing adjacent. k = 3: still only d1 (d2 is 4 away). k = 4: both.
    expect([1, 2, 3, 4].map((k) => reachPerActor(path, { k })[0])).toEqual([0, 0.5, 0.5, 1]);
  });

  it('reachPerActor reads NaN (n/a) for actors outside civil society', () => {
    const reach = reachPerActor(path);
    expect(Array.from(reach.subarray(1)).every(Number.isNaN)).toBe(true);
  });

  it('reachPerActor rejects a step horizon outside 1..4', () => {
    expect(() => reachPerActor(path, { k: 0 })).toThrow(RangeError);
    expect(() => reachPerActor(path, { k: 5 })).toThrow(RangeError);
    expect(() => reachPerActor(path, { k: 1.5 })).toThrow(RangeError);
  });

  it('reachPerActor lets a path run through the facilitator without counting it as a decision-maker', () => {
    // c - F - d: F (kind un) is not in D, so |D| = 1 and c reaches d in 2 steps through F.
    const index = buildGraphIndex(network(['c:womens_org', 'F:un', 'd:government'], ties('c-F', 'F-d')));
    expect(countDecisionMakers(index)).toBe(1);
    expect(reachPerActor(index)[0]).toBe(1);
    expect(reachPerActor(index, { k: 1 })[0]).toBe(0);
  });

  it('reachPerActor is n/a for everyone when there is no decision-maker', () => {
    const index = buildGraphIndex(network(['c:womens_org', 'x:media'], ties('c-x')));
    expect(Number.isNaN(reachPerActor(index)[0])).toBe(true);
  });
});
