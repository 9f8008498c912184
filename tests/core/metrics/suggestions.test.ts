import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { headline, suggest, suggestAsync, type Suggestion, type SuggestionResult } from '../../../src/core/metrics';
import type { ActorKind } from '../../../src/core/model/types';
import { applyEdits } from '../../../src/core/scenario';
import { generateNetwork as makeNetwork } from '../../../src/core/model/generate-network';
import { arbitraryNetwork, network, ties } from './helpers';
import { bruteForceTies, greedyBroker, greedyTies, scoreNetwork } from './suggestions-reference';

const done = (result: SuggestionResult): Suggestion[] => {
  if (result.status !== 'done') throw new Error('the search was aborted');
  return result.suggestions;
};
const scoreOf = (s: Suggestion) => ({ inclusion: s.after.inclusion, reach: s.after.reach, overlap: s.after.overlap });
const k = fc.integer({ min: 1, max: 4 });

// Community A reaches d (a1 - d, a2 - a1); the Roma community r1 - r2 reaches nobody; F - a1.
// At k = 2, tying r1 (or r2) to d lifts Roma from 0 to 1 (r2 reaches d through r1): Inclusion 0 -> 1.
const isolated = network(
  ['F:un', 'd:government', 'a1:womens_org:A', 'a2:network:A', 'r1:womens_org:Roma', 'r2:civil_society:Roma'],
  ties('F-a1', 'a1-d', 'a2-a1', 'r1-r2'),
);

describe('suggest (ties)', () => {
  it('suggest connects an isolated community straight to a decision-maker', () => {
    const [best, second] = done(suggest(isolated));
    expect(best!.ties).toEqual([['d', 'r1']]);
    expect(best!.before).toEqual({ inclusion: 0, reach: 0.5, overlap: 0, leastIncluded: 'Roma' });
    expect(best!.after).toMatchObject({ inclusion: 1, reach: 1 });
    expect(best!.delta).toEqual({ inclusion: 1, reach: 0.5, overlap: 0 });
    expect(best!.description).toBe('Add tie: d — r1');
    expect(second!.ties).toEqual([['d', 'r2']]);
  });

  it('suggest returns one group edit per suggestion that applies cleanly and gives the promised numbers', () => {
    for (const s of done(suggest(isolated, { budget: 3 }))) {
      const { network: applied, problems } = applyEdits(isolated, [s.edit]);
      expect(problems).toEqual([]);
      expect(s.edit.edits).toHaveLength(s.ties.length);
      expect(scoreNetwork(applied, 2)).toEqual(scoreOf(s));
    }
  });

  it('suggest leaves the facilitator out of tie candidates unless asked', () => {
    // With F - d, tying r1 to F would let it reach d in two steps.
    const withFd = { ...isolated, ties: [...isolated.ties, ...ties('F-d')] };
    const all = (includeFacilitator: boolean) => done(suggest(withFd, { count: 50, includeFacilitator })).flatMap((s) => s.ties.flat());
    expect(all(false)).not.toContain('F');
    expect(all(true)).toContain('F');
  });

  it('suggest returns nothing when no tie improves anything', () => {
    const full = network(['c:womens_org', 'd:government'], ties('c-d'));
    expect(suggest(full)).toEqual({ status: 'done', before: expect.anything(), suggestions: [] });
  });

  it('suggest with one tie equals brute force over every pair on random networks', () => {
    fc.assert(
      fc.property(arbitraryNetwork, k, fc.boolean(), (net, kk, withF) => {
        const ours = done(suggest(net, { k: kk, includeFacilitator: withF }));
        const reference = bruteForceTies(net, kk, 5, withF);
        expect(ours.map((s) => [s.ties[0], scoreOf(s)])).toEqual(reference.map((r) => [r.item, r.score]));
      }),
      { numRuns: 150 },
    );
  });

  it('suggest equals brute force on report-shaped networks, where pruning skips most pairs', () => {
    for (const [n, seed, kk, budget] of [[40, 1, 2, 2], [40, 3, 3, 2], [80, 3, 1, 1], [80, 2, 2, 1], [80, 1, 3, 1]] as const) {
      const net = makeNetwork(n, seed);
      const ours = done(suggest(net, { k: kk, budget }));
      const reference = greedyTies(net, kk, budget, 5);
      expect(ours.map((s) => [s.ties, scoreOf(s)])).toEqual(reference.map((r) => [r.ends, r.score]));
    }
  });

  it('suggest with two and three ties equals a plain greedy search that rebuilds the network for each candidate', () => {
    fc.assert(
      fc.property(arbitraryNetwork, k, fc.constantFrom(2, 3), (net, kk, budget) => {
        const ours = done(suggest(net, { k: kk, budget }));
        const reference = greedyTies(net, kk, budget, 5);
        expect(ours.map((s) => [s.ties, scoreOf(s)])).toEqual(reference.map((r) => [r.ends, r.score]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('suggest (broker)', () => {
  it('suggest places a broker between the isolated community and the decision-maker', () => {
    const [best] = done(suggest(isolated, { search: 'broker', budget: 2, broker: { kind: 'forum', name: 'Liaison' } }));
    expect(best!.description).toBe('Add broker: Liaison between d and r1');
    expect(best!.ties).toEqual([['broker-1', 'd'], ['broker-1', 'r1']]);
    expect(best!.after.inclusion).toBe(0.5);
  });

  it('suggest with a broker equals a plain search that adds the broker for each candidate', () => {
    const kinds = fc.constantFrom<ActorKind>('civil_society', 'government', 'forum');
    const community = fc.constantFrom('A', 'Z', undefined);
    fc.assert(
      fc.property(arbitraryNetwork, k, fc.constantFrom(2, 3), kinds, community, (net, kk, budget, kind, c) => {
        const broker = { kind, ...(c ? { community: c } : {}) };
        const ours = done(suggest(net, { k: kk, search: 'broker', budget, broker }));
        const reference = greedyBroker(net, kk, budget, 5, broker);
        expect(ours.map((s) => [s.ties.map(([, t]) => t), scoreOf(s)])).toEqual(reference.map((r) => [r.ends[0], r.score]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('suggest (progress and abort)', () => {
  it('suggest reports progress that never goes back and ends at the total', () => {
    const calls: Array<[number, number]> = [];
    suggest(isolated, { budget: 3, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThan(1);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
    const [last, total] = calls[calls.length - 1]!;
    expect(last).toBe(total);
  });

  it('suggest stops when its signal is aborted, and says so', () => {
    const controller = new AbortController();
    const result = suggest(isolated, { budget: 3, signal: controller.signal, onProgress: () => controller.abort() });
    expect(result.status).toBe('aborted');
    if (result.status === 'aborted') expect(result.done).toBeLessThan(result.total);
    controller.abort();
    expect(suggest(isolated, { signal: controller.signal })).toEqual({ status: 'aborted', done: 0, total: 6 });
  });

  it('suggestAsync gives the same answer as suggest, and an abort from another task stops it', async () => {
    expect(await suggestAsync(isolated, { budget: 2 })).toEqual(suggest(isolated, { budget: 2 }));
    const controller = new AbortController();
    const pending = suggestAsync(isolated, {
      budget: 3,
      signal: controller.signal,
      sliceMs: 0,
      pause: () => Promise.resolve().then(() => controller.abort()),
    });
    expect((await pending).status).toBe('aborted');
  });

  it('suggest refuses a budget, count or k out of range', () => {
    expect(() => suggest(isolated, { budget: 4 })).toThrow('budget for ties must be an integer from 1 to 3, got 4');
    expect(() => suggest(isolated, { search: 'broker', budget: 1 })).toThrow('from 2 to 3');
    expect(() => suggest(isolated, { count: 0 })).toThrow('count');
    expect(() => suggest(isolated, { k: 5 })).toThrow('k must be');
  });

  it('suggest measures before with headline on the network as it is', () => {
    const result = suggest(isolated);
    const h = headline(buildGraphIndex(isolated));
    expect(result.status === 'done' && result.before).toEqual({ inclusion: h.inclusion, reach: h.reach, overlap: h.overlap, leastIncluded: h.leastIncluded });
  });
});
