import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/metrics';
import { network, ties } from './helpers';

// F (un) runs the programme with partners c1 and d1. c1 (community A) - F - d1; c2 (Roma)
// is tied only to c3 (Roma); c3 - d2. An isolated media actor m.
// k = 2: c1 reaches d1 via F (1 of D = {d1, d2}); c2 reaches d2 via c3; c3 reaches d2.
// r = c1 1/2, c2 1/2, c3 1/2 -> R = 1/2; R(A) = 1/2, R(Roma) = 1/2 -> I = 1/2, "A" (by name).
// Without F: c1 reaches nothing -> (0 + 1/2 + 1/2) / 3 = 1/3.
const net = network(
  ['F:un', 'c1:womens_org:A', 'c2:womens_org:Roma:Serbia', 'c3:network:Roma:Serbia', 'd1:government', 'd2:justice:Roma:Serbia', 'm:media'],
  ties('c1-F', 'F-d1', 'c2-c3', 'c3-d2'),
);

describe('analyse', () => {
  it('analyse returns the headline numbers with their defaults (k = 2)', () => {
    const a = analyse(net);
    expect(a.k).toBe(2);
    expect(a.reach).toBeCloseTo(1 / 2, 12);
    expect(a.inclusion).toBeCloseTo(1 / 2, 12);
    expect(a.leastIncluded).toBe('A');
    expect(a.reachWithoutFacilitator).toBeCloseTo(1 / 3, 12);
    expect(a.overlap).toBeNull(); // partners c1, d1 have no contact besides F
    expect(a.cutOff).toEqual({ count: 0, total: 3, share: 0 });
    expect(a.countries).toEqual({ Kosovo: 0.5, Serbia: 0.5 });
    expect(a.facilitator).toBe('F');
  });

  it('analyse aligns every per-actor array with ids', () => {
    const a = analyse(net);
    expect(a.ids).toEqual(['F', 'c1', 'c2', 'c3', 'd1', 'd2', 'm']);
    expect(Array.from(a.actors.degree)).toEqual([2, 1, 1, 2, 1, 1, 0]);
    for (const values of [a.actors.reach, a.actors.betweenness, a.actors.constraint, a.actors.effectiveSize, a.actors.fragility]) {
      expect(values.length).toBe(7);
    }
    expect(Number.isNaN(a.actors.constraint[6])).toBe(true);
  });

  it('analyse reports the components of a disconnected network', () => {
    const a = analyse(net);
    expect(a.components.count).toBe(3);
    expect(Array.from(a.components.sizes)).toEqual([3, 3, 1]);
  });

  it('analyse ranks fragility, and skips it when asked', () => {
    const a = analyse(net);
    // F carries c1's only path: (1/2 + 1/2 + 1/2)/3 - 1/3 = 1/6; c3 carries c2's and its own.
    expect(a.fragility?.[0]?.id).toBe('c3');
    expect(a.fragility?.find((f) => f.id === 'F')?.drop).toBeCloseTo(1 / 6, 12);
    const skipped = analyse(net, { fragility: false });
    expect(skipped.fragility).toBeNull();
    expect(Array.from(skipped.actors.fragility).every(Number.isNaN)).toBe(true);
  });

  it('analyse counts brokerage over the chosen partition', () => {
    // c3 brokers c2 (Roma) -> d2 (Roma): coordinator by community; by country all Serbia too.
    const byCommunity = analyse(net);
    expect(byCommunity.actors.brokerage.coordinator[3]).toBe(2);
    const byCountry = analyse(net, { partition: 'country' });
    expect(byCountry.partition).toBe('country');
    // F (Kosovo) between c1 (Kosovo) and d1 (Kosovo): coordinator either way.
    expect(byCountry.actors.brokerage.coordinator[0]).toBe(2);
  });

  it('analyse returns plain data that survives structured clone', () => {
    const a = analyse(net);
    expect(structuredClone(a)).toEqual(a);
  });

  it('analyse can look at the network as it was in a given year', () => {
    const dated = { ...net, ties: net.ties.map((t) => (t.id === 'F-d1' ? { ...t, since: 2010 } : t)) };
    expect(analyse(dated, { year: 2009 }).reach).toBeCloseTo(1 / 3, 12);
    expect(analyse(dated, { year: 2010 }).reach).toBeCloseTo(1 / 2, 12);
  });
});
