import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { headline, reachCounts } from '../../../src/core/metrics';
import { buildLandscape, popcount } from '../../../src/core/metrics/suggestions-landscape';
import { TopList, scoreOf } from '../../../src/core/metrics/suggestions-score';
import { arbitraryNetwork } from './helpers';

describe('suggestion search internals', () => {
  it('popcount counts the set bits of any 32-bit word', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (x) => {
        expect(popcount(x)).toBe([...(x >>> 0).toString(2)].filter((b) => b === '1').length);
      }),
    );
  });

  it('buildLandscape reaches the same decision-makers as reachCounts, and scores as headline does', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.integer({ min: 1, max: 4 }), (net, k) => {
        const index = buildGraphIndex(net);
        const land = buildLandscape(index, k);
        const counts = reachCounts(index, k);
        for (let c = 0; c < index.n; c++) {
          if (counts[c]! < 0) continue;
          let bits = 0;
          for (let i = 0; i < land.words; i++) bits += popcount(land.reached[c * land.words + i]!);
          expect(bits).toBe(counts[c]);
        }
        const h = headline(index, { k });
        expect(scoreOf(land)).toEqual({ inclusion: h.inclusion ?? NaN, reach: h.reach ?? NaN, overlap: h.overlap ?? NaN });
      }),
      { numRuns: 150 },
    );
  });

  it('TopList keeps the best by score, then by lower key, whatever order candidates come in', () => {
    const floor = { inclusion: 0, reach: 0, overlap: 0.5 };
    const offers: Array<[number, number, number, number]> = [
      [0, 0.5, 0.5, 9], [0.5, 0.1, 0.9, 8], [0.5, 0.1, 0.2, 7], [0.5, 0.1, 0.2, 3], [0, 0, 0.5, 1], [0, 0, 0.4, 2],
    ];
    for (const order of [offers, [...offers].reverse()]) {
      const top = new TopList<number>(4, floor);
      for (const [inclusion, reach, overlap, key] of order) top.offer({ inclusion, reach, overlap }, key, key);
      // [0, 0, 0.5] ties the floor and is not kept; lower overlap ranks higher.
      expect(top.entries.map((e) => e.item)).toEqual([3, 7, 8, 9]);
    }
  });
});
