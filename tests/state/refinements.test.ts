import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/metrics/analyse';
import { rankFragility } from '../../src/core/metrics/fragility';
import { Refinements } from '../../src/state/refinements';
import { smallNetwork } from '../fixtures/load';

describe('Refinements', () => {
  const analysis = analyse(smallNetwork(), { k: 2 });
  const n = analysis.ids.length;

  it('Refinements shows progress only once its analysis is shown, and only until the metric is exact', () => {
    const refinements = new Refinements();
    refinements.hear({ metric: 'fragility', done: 3, total: n, exact: false });
    expect(refinements.progress('fragility')).toBeNull();
    refinements.shown = true;
    expect(refinements.progress('fragility')).toEqual({ done: 3, total: n, paused: false });
    expect(refinements.progress('betweenness')).toBeNull();
    refinements.hear({ metric: 'fragility', done: n, total: n, exact: true, values: new Float64Array(n) });
    expect(refinements.progress('fragility')).toBeNull();
  });

  it('Refinements.applyTo puts the values heard into the analysis, reranks fragility, and forgets what is exact', () => {
    const refinements = new Refinements();
    const drops = Float64Array.from({ length: n }, (_, i) => (i === 2 ? 0.5 : i === 4 ? 0.25 : NaN));
    refinements.hear({ metric: 'fragility', done: 5, total: n, exact: false, values: drops });
    refinements.hear({ metric: 'betweenness', done: n, total: n, exact: true, values: new Float64Array(n).fill(0.1) });
    const refined = refinements.applyTo(analysis)!;
    expect(refined.fragility).toEqual(rankFragility(analysis.ids, drops));
    expect(refined.fragility!.map((f) => f.id)).toEqual([analysis.ids[2], analysis.ids[4]]);
    expect([...refined.actors.betweenness]).toEqual(new Array(n).fill(0.1));
    // Nothing new heard: the same object back; betweenness is exact and gone, fragility goes on.
    expect(refinements.applyTo(refined)).toBe(refined);
    expect(refinements.finished).toBe(false);
    refinements.drop('fragility');
    expect(refinements.finished).toBe(true);
  });

  it('Refinements ignores values for a different set of actors, and holds a metric only once', () => {
    const refinements = new Refinements();
    refinements.hear({ metric: 'betweenness', done: 1, total: n + 1, exact: false, values: new Float64Array(n + 1) });
    expect(refinements.applyTo(analysis)).toBe(analysis);
    expect(refinements.hold('betweenness', true)).toBe(true);
    expect(refinements.hold('betweenness', true)).toBe(false);
    expect(refinements.hold('fragility', true)).toBe(false);
    refinements.shown = true;
    expect(refinements.progress('betweenness')?.paused).toBe(true);
  });
});
