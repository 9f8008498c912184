import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../src/core/graph/build-graph-index';
import { betweenness } from '../../src/core/metrics/betweenness';
import { fragility } from '../../src/core/metrics/fragility';
import { generateNetwork } from '../../src/core/model/generate-network';
import { createAnalysisApi, type RefinementUpdate } from '../../workers/analysis-api';

const until = (done: () => boolean) => new Promise<void>((resolve) => {
  const check = () => (done() ? resolve() : setTimeout(check, 5));
  check();
});

// Big enough that neither betweenness nor fragility at k = 3 fits in the analysis itself.
const network = generateNetwork(2600, 5);
const index = buildGraphIndex(network);

describe('the analysis worker API', () => {
  it('analyse sends fragility partly done and betweenness estimated, then refines both to the exact values', async () => {
    const api = createAnalysisApi();
    const updates: RefinementUpdate[] = [];
    const analysis = api.analyse({ id: 1, network }, { k: 3 }, 'main:full', (update) => void updates.push(update));
    const known = analysis.actors.fragility.filter((d) => !Number.isNaN(d)).length;
    expect(known).toBeLessThan(network.actors.length);
    const exact = (metric: string) => updates.find((u) => u.metric === metric && u.exact);
    await until(() => exact('fragility') !== undefined && exact('betweenness') !== undefined);
    const fragilitySteps = updates.filter((u) => u.metric === 'fragility').map((u) => u.done);
    expect(fragilitySteps[0]).toBe(known);
    expect(fragilitySteps).toEqual([...fragilitySteps].sort((a, b) => a - b));
    expect([...exact('fragility')!.values!]).toEqual([...fragility(index, { k: 3 })]);
    const exactBetweenness = betweenness(index);
    exact('betweenness')!.values!.forEach((value, i) => expect(value).toBeCloseTo(exactBetweenness[i]!, 12));
  });

  it('pauseRefinement holds fragility where it is until resumeRefinement; a newer analysis ends it', async () => {
    const api = createAnalysisApi();
    const updates: RefinementUpdate[] = [];
    api.analyse({ id: 1, network }, { k: 3 }, 'main:full', (update) => void updates.push(update));
    expect(api.pauseRefinement('main:full', 'fragility')).toBe(true);
    await until(() => updates.some((u) => u.metric === 'betweenness' && u.exact));
    const fragility = () => updates.filter((u) => u.metric === 'fragility');
    const held = fragility().length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fragility()).toHaveLength(held);
    expect(api.resumeRefinement('main:full', 'fragility')).toBe(true);
    await until(() => fragility().length > held + 1);

    api.analyse({ id: 1 }, { k: 3, fragility: false }, 'main:full', () => {});
    expect(api.resumeRefinement('main:full', 'fragility')).toBe(false);
    const stopped = fragility().length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fragility()).toHaveLength(stopped);
  });
});
