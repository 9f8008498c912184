import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { fragility, headline, rankFragility, reachWithout, reachWithoutFacilitator } from '../../../src/core/metrics';
import { network, ties } from './helpers';

// Civil society w1, w2, w3 all tied to a broker a1 (and w1 - w2); decision-makers d1, d2, d3
// all tied to a broker b1 (and d1 - d2); a1 - b1 is the only bridge between the two sides. With k = 3, each w reaches all
// three d (w - a1 - b1 - d): R = 1. Removing a1 or b1 cuts every path: R = 0, drop 1.
// Removing d1: each w reaches d2, d3 of the 2 left: R = 1, drop 0. Removing w1: R = 1, drop 0.
const bridgeNetwork = network(
  ['w1:womens_org', 'w2:womens_org', 'w3:network', 'a1:forum', 'b1:forum', 'd1:government', 'd2:government', 'd3:security'],
  ties('w1-a1', 'w2-a1', 'w3-a1', 'w1-w2', 'a1-b1', 'b1-d1', 'b1-d2', 'b1-d3', 'd1-d2'),
);
const bridge = buildGraphIndex(bridgeNetwork);

describe('fragility', () => {
  it('fragility finds the single points of failure between civil society and decision-makers', () => {
    expect(Array.from(fragility(bridge, { k: 3 }))).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
  });

  it('fragility counts a decision-maker at exactly k steps as lost when it is removed', () => {
    // k = 2 on a path c - x - d1 with d2 tied to c directly: r(c) = 2/2 = 1.
    // Without d1: 1/1 = 1 (drop 0). Without x: d1 is lost -> 1/2 (drop 1/2). Without d2: 1/1.
    const index = buildGraphIndex(network(['c:womens_org', 'x:media', 'd1:government', 'd2:parliament'], ties('c-x', 'x-d1', 'c-d2')));
    expect(Array.from(fragility(index))).toEqual([NaN, 0.5, 0, 0]);
  });

  it('fragility is n/a (NaN) where removing the actor empties C or D', () => {
    const index = buildGraphIndex(network(['c:womens_org', 'd:government', 'x:media'], ties('c-d')));
    const drops = fragility(index);
    expect(Number.isNaN(drops[0])).toBe(true);
    expect(Number.isNaN(drops[1])).toBe(true);
    expect(drops[2]).toBe(0);
  });

  it('fragility agrees with recomputing Reach on G - a for every actor', () => {
    const drops = fragility(bridge, { k: 2 });
    const base = headline(bridge, { k: 2 }).reach!;
    bridge.ids.forEach((id, a) => {
      const rebuilt = headline(buildGraphIndex(bridgeNetwork, { without: new Set([id]) }), { k: 2 }).reach;
      expect(reachWithout(bridge, a, { k: 2 }).reach).toBe(rebuilt);
      expect(drops[a]).toBe(rebuilt === null ? NaN : base - rebuilt);
    });
  });
});

describe('rankFragility', () => {
  it('rankFragility orders actors by drop, largest first, ties by id, leaving n/a out', () => {
    const ranked = rankFragility(['b', 'a', 'c', 'd'], Float64Array.from([0.5, 0.5, NaN, 0.75]));
    expect(ranked).toEqual([
      { id: 'd', drop: 0.75 },
      { id: 'a', drop: 0.5 },
      { id: 'b', drop: 0.5 },
    ]);
  });
});

describe('reachWithoutFacilitator', () => {
  it('reachWithoutFacilitator shows reach collapsing when everything runs through the facilitator', () => {
    // c1 - F - d, c2 - F: both reach d through F (R = 1); without F, nobody does.
    const index = buildGraphIndex(network(['F:un', 'c1:womens_org', 'c2:womens_org', 'd:government'], ties('c1-F', 'c2-F', 'F-d')));
    expect(headline(index).reach).toBe(1);
    expect(reachWithoutFacilitator(index)).toBe(0);
  });

  it('reachWithoutFacilitator equals Reach when there is no facilitator', () => {
    const index = buildGraphIndex(network(['c:womens_org', 'd:government'], ties('c-d'), 'none'));
    expect(reachWithoutFacilitator(index)).toBe(1);
  });
});
