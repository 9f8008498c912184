import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { bridgingTies, components } from '../../../src/core/metrics';
import { network, ties } from './helpers';

// c1 (A, Kosovo) - c2 (A, Serbia): crosses a country line only.
// c2 - d (other, Serbia) twice (parallel): crosses a community line and joins C to D.
// x - y (other, BiH): an isolated pair, no bridge. z alone.
const index = buildGraphIndex(
  network(
    ['c1:womens_org:A:Kosovo', 'c2:network:A:Serbia', 'd:government::Serbia', 'x:media::BiH', 'y:media::BiH', 'z:media::BiH'],
    ties('c1-c2', 'c2-d', 'd-c2', 'x-y'),
  ),
);

describe('bridgingTies', () => {
  it('bridgingTies lists ties across communities, countries and between civil society and decision-makers', () => {
    const bridges = bridgingTies(index);
    expect(bridges.country.ties).toEqual(['c1-c2']);
    expect(bridges.community).toMatchObject({ count: 1, ties: ['c2-d', 'd-c2'] });
    expect(bridges.civilDecision).toMatchObject({ count: 1, ties: ['c2-d', 'd-c2'] });
  });

  it('bridgingTies counts parallel ties once but lists them all', () => {
    const bridge = bridgingTies(index).civilDecision;
    expect(bridge.count).toBe(1);
    expect(bridge.edges.length).toBe(1);
    expect(bridge.ties.length).toBe(2);
  });
});

describe('components', () => {
  it('components finds each connected piece of a disconnected network', () => {
    const parts = components(index);
    expect(parts.count).toBe(3);
    expect(Array.from(parts.sizes)).toEqual([3, 2, 1]);
    expect(Array.from(parts.componentOf)).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('components of an empty network is none', () => {
    expect(components(buildGraphIndex(network([], []))).count).toBe(0);
  });
});
