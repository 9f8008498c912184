import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex, type GraphIndex } from '../../../src/core/graph';
import type { Network } from '../../../src/core/model/types';
import {
  analyse,
  betweenness,
  betweennessProgressive,
  brokerageRoles,
  fragility,
  headline,
  mulberry32,
  reachPerActor,
} from '../../../src/core/metrics';
import { arbitraryNetwork, shuffled } from './helpers';

const k = fc.integer({ min: 1, max: 4 });
const runs = { numRuns: 150 };

/** All-pairs hop distances by plain BFS: an independent reference for the identities. */
function distances(index: GraphIndex): number[][] {
  return index.ids.map((_, s) => {
    const dist = new Array<number>(index.n).fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let j = index.starts[v]!; j < index.starts[v + 1]!; j++) {
        const w = index.neighbours[j]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
      }
    }
    return dist;
  });
}

const isFractionOrNull = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 1);

describe('metric properties on random networks', () => {
  it('reachPerActor equals the share of decision-makers within k hops by a plain BFS', () => {
    fc.assert(
      fc.property(arbitraryNetwork, k, (net, kk) => {
        const index = buildGraphIndex(net);
        const dist = distances(index);
        const reach = reachPerActor(index, { k: kk });
        const nD = index.isDecisionMaker.reduce((x, y) => x + y, 0);
        for (let c = 0; c < index.n; c++) {
          if (!index.isCivilSociety[c] || nD === 0) {
            expect(reach[c]).toBeNaN();
            continue;
          }
          const within = index.ids.filter((_, d) => index.isDecisionMaker[d] && dist[c]![d]! > 0 && dist[c]![d]! <= kk);
          expect(reach[c]).toBe(within.length / nD);
        }
      }),
      runs,
    );
  });

  it('headline Reach never drops when a tie is added', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.nat(), fc.nat(), k, (net, s, t, kk) => {
        const a = net.actors[s % net.actors.length]!.id;
        const b = net.actors[t % net.actors.length]!.id;
        const before = headline(buildGraphIndex(net), { k: kk }).reach;
        const added: Network = { ...net, ties: [...net.ties, { id: 'new', source: a, target: b, kind: 'partnership' }] };
        const after = headline(buildGraphIndex(added), { k: kk }).reach;
        expect(after === null).toBe(before === null);
        if (before !== null) expect(after!).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      runs,
    );
  });

  it('headline Inclusion never exceeds Reach, and every fraction is in 0..1 or null', () => {
    fc.assert(
      fc.property(arbitraryNetwork, k, (net, kk) => {
        const h = headline(buildGraphIndex(net), { k: kk });
        for (const x of [h.reach, h.inclusion, h.overlap, h.cutOff.share, ...Object.values(h.groups), ...Object.values(h.countries)]) {
          expect(isFractionOrNull(x)).toBe(true);
        }
        expect(h.inclusion === null).toBe(h.reach === null);
        if (h.reach !== null) expect(h.inclusion!).toBeLessThanOrEqual(h.reach + 1e-12);
      }),
      runs,
    );
  });

  it('analyse Reach without the facilitator never exceeds Reach (facilitator outside civil society)', () => {
    fc.assert(
      fc.property(arbitraryNetwork, k, (net, kk) => {
        const a = analyse(net, { k: kk, fragility: false });
        if (a.reach !== null) expect(a.reachWithoutFacilitator!).toBeLessThanOrEqual(a.reach + 1e-12);
        const rebuilt = headline(buildGraphIndex(net, { without: new Set([net.facilitator]) }), { k: kk }).reach;
        expect(a.reachWithoutFacilitator).toBe(rebuilt);
      }),
      runs,
    );
  });

  it('fragility equals R_k(G) - R_k(G - a) recomputed from scratch for every actor', () => {
    fc.assert(
      fc.property(arbitraryNetwork, k, (net, kk) => {
        const index = buildGraphIndex(net);
        const drops = fragility(index, { k: kk });
        const base = headline(index, { k: kk }).reach;
        index.ids.forEach((id, a) => {
          const without = headline(buildGraphIndex(net, { without: new Set([id]) }), { k: kk }).reach;
          expect(drops[a]).toBe(base === null || without === null ? NaN : base - without);
        });
      }),
      runs,
    );
  });

  it('betweenness sums to the inner actors of all shortest paths: sum of (d(s,t) - 1) over connected pairs', () => {
    fc.assert(
      fc.property(arbitraryNetwork, (net) => {
        const index = buildGraphIndex(net);
        const dist = distances(index);
        let expected = 0;
        for (let s = 0; s < index.n; s++) for (let t = s + 1; t < index.n; t++) if (dist[s]![t]! > 0) expected += dist[s]![t]! - 1;
        const total = betweenness(index, { normalised: false }).reduce((x, y) => x + y, 0);
        expect(total).toBeCloseTo(expected, 9);
      }),
      runs,
    );
  });

  it('betweenness sampled over all sources in any seeded order equals the exact answer', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.nat(), fc.integer({ min: 1, max: 5 }), (net, seed, batch) => {
        const index = buildGraphIndex(net);
        const exact = betweenness(index);
        const last = [...betweennessProgressive(index, { seed, batch })].at(-1)!;
        expect(last.exact).toBe(true);
        last.values.forEach((v, i) => expect(v).toBeCloseTo(exact[i]!, 12));
      }),
      runs,
    );
  });

  it('brokerageRoles counts every open two-path once per direction, gatekeeper equal to representative', () => {
    fc.assert(
      fc.property(arbitraryNetwork, (net) => {
        const index = buildGraphIndex(net);
        const dist = distances(index);
        const roles = brokerageRoles(index);
        for (let v = 0; v < index.n; v++) {
          const nbrs = Array.from(index.neighbours.subarray(index.starts[v]!, index.starts[v + 1]!));
          const open = nbrs.flatMap((a) => nbrs.filter((b) => b !== a && dist[a]![b] !== 1)).length;
          const sum = roles.coordinator[v]! + roles.gatekeeper[v]! + roles.representative[v]! + roles.consultant[v]! + roles.liaison[v]!;
          expect(sum).toBe(open);
          expect(roles.gatekeeper[v]).toBe(roles.representative[v]);
        }
      }),
      runs,
    );
  });

  it('analyse does not depend on the order of actors and ties in the file', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.nat(), k, (net, seed, kk) => {
        const random = mulberry32(seed);
        const reordered: Network = { ...net, actors: shuffled(net.actors, random), ties: shuffled(net.ties, random) };
        const a = analyse(net, { k: kk });
        const b = analyse(reordered, { k: kk });
        for (const key of ['reach', 'inclusion', 'overlap', 'reachWithoutFacilitator'] as const) {
          if (a[key] === null) expect(b[key]).toBeNull();
          else expect(b[key]).toBeCloseTo(a[key]!, 12);
        }
        expect(b.leastIncluded).toBe(a.leastIncluded);
        expect(b.cutOff).toEqual(a.cutOff);
        expect(b.bridging.community.ties).toEqual(a.bridging.community.ties);
        expect(b.bridging.civilDecision.ties).toEqual(a.bridging.civilDecision.ties);
        expect(Array.from(b.components.sizes).sort()).toEqual(Array.from(a.components.sizes).sort());
        const perActor = ['reach', 'betweenness', 'constraint', 'effectiveSize', 'fragility'] as const;
        a.ids.forEach((id, i) => {
          const j = b.ids.indexOf(id);
          for (const metric of perActor) {
            const x = a.actors[metric][i]!;
            const y = b.actors[metric][j]!;
            if (Number.isNaN(x)) expect(y).toBeNaN();
            else expect(y).toBeCloseTo(x, 12);
          }
          expect(b.actors.brokerage.liaison[j]).toBe(a.actors.brokerage.liaison[i]);
        });
      }),
      runs,
    );
  });
});
