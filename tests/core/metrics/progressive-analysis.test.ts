import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph/build-graph-index';
import { analyse } from '../../../src/core/metrics/analyse';
import { betweenness } from '../../../src/core/metrics/betweenness';
import { analyseProgressively, PROGRESSIVE_BETWEENNESS_FROM } from '../../../src/core/metrics/progressive-analysis';
import { generateNetwork } from '../../../src/core/model/generate-network';
import { smallNetwork } from '../../fixtures/load';

describe('analyseProgressively', () => {
  it('analyseProgressively of a small network is analyseIndex, exact, with nothing left to refine', () => {
    const network = smallNetwork();
    const { analysis, refinement } = analyseProgressively(buildGraphIndex(network), { k: 2 });
    expect(refinement).toBeNull();
    expect(analysis).toEqual(analyse(network, { k: 2 }));
  });

  it('analyseProgressively of a big network estimates betweenness from 128 sources, then refines it to exact', () => {
    const network = generateNetwork(PROGRESSIVE_BETWEENNESS_FROM + 50, 3);
    const index = buildGraphIndex(network);
    const { analysis, refinement, sources, total } = analyseProgressively(index, { k: 2 });
    expect([sources, total]).toEqual([128, network.actors.length]);
    expect(Array.from(analysis.actors.betweenness)).toEqual(Array.from(betweenness(index, { samples: 128 })));
    const exactAnalysis = analyse(network, { k: 2 });
    expect({ ...analysis, actors: { ...analysis.actors, betweenness: null } })
      .toEqual({ ...exactAnalysis, actors: { ...exactAnalysis.actors, betweenness: null } });
    let last;
    for (const step of refinement!) last = step;
    expect(last!.exact).toBe(true);
    last!.values.forEach((value, i) => expect(value).toBeCloseTo(exactAnalysis.actors.betweenness[i]!, 12));
  });

  it('analyseProgressively asked for the headline only computes no betweenness at all', () => {
    const network = generateNetwork(PROGRESSIVE_BETWEENNESS_FROM + 50, 3);
    const { analysis, refinement } = analyseProgressively(buildGraphIndex(network), { k: 2, detail: 'headline' });
    expect(refinement).toBeNull();
    expect(analysis.actors.betweenness.every(Number.isNaN)).toBe(true);
  });
});
