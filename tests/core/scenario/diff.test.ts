import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/metrics';
import { addBroker, applyEdits, diffAnalyses, diffNetworks } from '../../../src/core/scenario';
import { network, ties } from '../metrics/helpers';

const base = network(['F:un', 'w1:womens_org:Roma', 'w2:womens_org', 'x:media', 'd:government'], ties('F-w2', 'w2-x', 'x-d', 'w1-F'));

describe('diffNetworks', () => {
  it('diffNetworks lists actors and ties new in b, removed in b, and actors changed', () => {
    const { network: b } = applyEdits(base, [
      { op: 'removeActor', id: 'x' },
      { op: 'addActor', actor: { id: 'y', name: 'y', kind: 'media', country: 'Kosovo', level: 'local' } },
      { op: 'addTie', tie: { id: 'y-d', source: 'y', target: 'd', kind: 'partnership' } },
      { op: 'changeActor', id: 'w1', changes: { community: 'Ashkali' } },
      { op: 'changeActor', id: 'w2', changes: { name: 'w2' } },
    ]);
    expect(diffNetworks(base, b)).toEqual({
      addedActors: ['y'],
      removedActors: ['x'],
      changedActors: ['w1'],
      addedTies: ['y-d'],
      removedTies: ['w2-x', 'x-d'],
    });
  });

  it('diffNetworks counts a tie whose ends changed under the same id as removed and added', () => {
    const b = { ...base, ties: base.ties.map((t) => (t.id === 'x-d' ? { ...t, target: 'w1' } : t)) };
    expect(diffNetworks(base, b)).toMatchObject({ addedTies: ['x-d'], removedTies: ['x-d'] });
  });
});

describe('diffAnalyses', () => {
  it('diffAnalyses lists who gained reach and betweenness from a broker, and who lost betweenness', () => {
    // Before: the path w1 - F - w2 - x - d; a broker between w1 and d closes it into a ring of six,
    // where every actor has betweenness 2/10: the ends (w1, d) grow from 0, the middle shrinks.
    const edit = addBroker(base, { between: ['w1', 'd'] });
    const after = applyEdits(base, [edit]).network;
    const diff = diffAnalyses(analyse(base), analyse(after));
    expect(diff.reach.grew).toEqual([{ id: 'w1', before: 0, after: 1, delta: 1 }]);
    expect(diff.reach.shrank).toEqual([]);
    expect(diff.betweenness.grew.map((d) => [d.id, d.after])).toEqual([['d', 0.2], ['w1', 0.2]]);
    expect(diff.betweenness.shrank.map((d) => d.id)).toEqual(['w2', 'F', 'x']);
    for (const d of [...diff.betweenness.grew, ...diff.betweenness.shrank]) expect(Math.abs(d.delta)).toBeGreaterThan(1e-9);
  });

  it('diffAnalyses ignores changes below 1e-9 and actors present on one side only', () => {
    const a = analyse(base);
    const b = analyse(base);
    b.actors.betweenness[0]! += 1e-12;
    expect(diffAnalyses(a, b)).toEqual({ reach: { grew: [], shrank: [] }, betweenness: { grew: [], shrank: [] } });
  });
});
