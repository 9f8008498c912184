import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph/build-graph-index';
import { analyse } from '../../../src/core/metrics/analyse';
import { betweenness } from '../../../src/core/metrics/betweenness';
import { fragility } from '../../../src/core/metrics/fragility';
import { analyseProgressively, PROGRESSIVE_BETWEENNESS_FROM } from '../../../src/core/metrics/progressive-analysis';
import { generateNetwork } from '../../../src/core/model/generate-network';
import { smallNetwork } from '../../fixtures/load';

describe('analyseProgressively', () => {
  it('analyseProgressively of a small network is analyseIndex, exact, with nothing left to refine', () => {
    const network = smallNetwork();
    const { analysis, refinements } = analyseProgressively(buildGraphIndex(network), { k: 2 }, { fragilityFirstMs: Infinity });
    expect(refinements).toEqual({});
    expect(analysis).toEqual(analyse(network, { k: 2 }));
  });

  it('analyseProgressively of a big network estimates betweenness from 128 sources, then refines it to exact', () => {
    const network = generateNetwork(PROGRESSIVE_BETWEENNESS_FROM + 50, 3);
    const index = buildGraphIndex(network);
    const { analysis, refinements } = analyseProgressively(index, { k: 2 }, { fragilityFirstMs: Infinity });
    const refinement = refinements.betweenness!;
    expect([refinement.done, refinement.total]).toEqual([128, network.actors.length]);
    expect(refinements.fragility).toBeUndefined();
    expect(Array.from(analysis.actors.betweenness)).toEqual(Array.from(betweenness(index, { samples: 128 })));
    const exactAnalysis = analyse(network, { k: 2 });
    expect({ ...analysis, actors: { ...analysis.actors, betweenness: null } })
      .toEqual({ ...exactAnalysis, actors: { ...exactAnalysis.actors, betweenness: null } });
    let last;
    for (let step = refinement.steps.next(); !step.done; step = refinement.steps.next()) last = step.value;
    expect(last!.exact).toBe(true);
    last!.values.forEach((value, i) => expect(value).toBeCloseTo(exactAnalysis.actors.betweenness[i]!, 12));
  });

  it('analyseProgressively asked for the headline only computes no betweenness at all', () => {
    const network = generateNetwork(PROGRESSIVE_BETWEENNESS_FROM + 50, 3);
    const { analysis, refinements } = analyseProgressively(buildGraphIndex(network), { k: 2, detail: 'headline' });
    expect(refinements).toEqual({});
    expect(analysis.actors.betweenness.every(Number.isNaN)).toBe(true);
  });

  it('analyseProgressively works out fragility for as long as it is given, ranks those actors, and hands over the rest', () => {
    const network = generateNetwork(400, 11);
    const index = buildGraphIndex(network);
    // A clock that moves 1 ms per reading: the first slice of 5 ms covers a few steps of 4 actors.
    let time = 0;
    const { analysis, refinements } = analyseProgressively(index, { k: 3 }, { fragilityFirstMs: 5, now: () => time++ });
    const whole = fragility(index, { k: 3 });
    const { done, total, steps } = refinements.fragility!;
    expect(total).toBe(400);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(400);
    expect([...analysis.actors.fragility.slice(0, done)]).toEqual([...whole.slice(0, done)]);
    expect(analysis.actors.fragility.slice(done).every(Number.isNaN)).toBe(true);
    expect(analysis.fragility!.every((f) => index.ids.indexOf(f.id) < done)).toBe(true);
    let last;
    for (let step = steps.next(); !step.done; step = steps.next()) last = step.value;
    expect(last).toMatchObject({ done: 400, total: 400, exact: true });
    expect([...last!.values]).toEqual([...whole]);
    // The analysis kept its own copy: the refinement went on without changing what it shows.
    expect(analysis.actors.fragility.slice(done).every(Number.isNaN)).toBe(true);
  });

  it('analyseProgressively leaves fragility alone when asked to skip it', () => {
    const network = generateNetwork(400, 11);
    const { analysis, refinements } = analyseProgressively(buildGraphIndex(network), { k: 3, fragility: false }, { fragilityFirstMs: 0 });
    expect(refinements.fragility).toBeUndefined();
    expect(analysis.fragility).toBeNull();
  });
});
