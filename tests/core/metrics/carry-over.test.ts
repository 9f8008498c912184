import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/metrics/analyse';
import { carryOver } from '../../../src/core/metrics/carry-over';
import { smallNetwork } from '../../fixtures/load';

describe('analyse with detail "headline"', () => {
  it('analyse with detail "headline" gives the same headline numbers and reach as a full analysis, and NaN for the rest', () => {
    const network = smallNetwork();
    const full = analyse(network, { k: 2 });
    const quick = analyse(network, { k: 2, detail: 'headline' });
    expect(quick.detail).toBe('headline');
    for (const key of ['reach', 'inclusion', 'leastIncluded', 'overlap', 'reachWithoutFacilitator', 'groups', 'countries', 'cutOff'] as const) {
      expect(quick[key]).toEqual(full[key]);
    }
    expect(quick.actors.reach).toEqual(full.actors.reach);
    expect([...quick.actors.betweenness].every(Number.isNaN)).toBe(true);
    expect(quick.fragility).toBeNull();
  });
});

describe('carryOver', () => {
  it('carryOver keeps the last full per-actor metrics for the same actors, and the new reach', () => {
    const network = smallNetwork();
    const previous = analyse(network, { k: 2 });
    network.ties.push({ id: 'new', source: 'rae', target: 'police', kind: 'partnership' });
    const quick = analyse(network, { k: 2, detail: 'headline' });
    const merged = carryOver(quick, previous);
    expect(merged.detail).toBe('headline');
    expect(merged.actors.betweenness).toBe(previous.actors.betweenness);
    expect(merged.actors.reach).toBe(quick.actors.reach);
    expect(merged.reach).toBe(quick.reach);
  });

  it('carryOver keeps nothing when the actors differ', () => {
    const network = smallNetwork();
    const previous = analyse(network, { k: 2 });
    network.actors.push({ id: 'x', name: 'X', kind: 'person', country: 'Kosovo', level: 'local' });
    const quick = analyse(network, { k: 2, detail: 'headline' });
    expect(carryOver(quick, previous)).toBe(quick);
  });
});
