import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { headline } from '../../../src/core/metrics';
import { network, ties } from './helpers';

// D = {d}. Community A: a1 - d (1 step), a2 - a1 (2 steps). Community Roma: r1 - r2, no path
// to d at all. Country: A actors in Kosovo, Roma actors in Serbia.
// k = 2: r(a1) = r(a2) = 1, r(r1) = r(r2) = 0; R = 2/4 = 0.5; R(A) = 1, R(Roma) = 0 -> I = 0.
const isolatedCommunity = buildGraphIndex(
  network(
    ['d:government::Kosovo', 'a1:womens_org:A:Kosovo', 'a2:network:A:Kosovo', 'r1:womens_org:Roma:Serbia', 'r2:civil_society:Roma:Serbia'],
    ties('a1-d', 'a2-a1', 'r1-r2'),
  ),
);

describe('headline', () => {
  it('headline gives Inclusion 0 and names a community with no tie to any decision-maker', () => {
    const h = headline(isolatedCommunity);
    expect(h.reach).toBe(0.5);
    expect(h.inclusion).toBe(0);
    expect(h.leastIncluded).toBe('Roma');
    // "other" holds d, which is not civil society: no value, shown as n/a.
    expect(h.groups).toEqual({ A: 1, Roma: 0, other: null });
    expect(h.countries).toEqual({ Kosovo: 1, Serbia: 0 });
  });

  it('headline counts civil-society actors cut off from every decision-maker within k', () => {
    expect(headline(isolatedCommunity).cutOff).toEqual({ count: 2, total: 4, share: 0.5 });
    // k = 1: only a1 is adjacent to d; a2, r1, r2 are cut off.
    expect(headline(isolatedCommunity, { k: 1 }).cutOff).toEqual({ count: 3, total: 4, share: 0.75 });
  });

  it('headline reads n/a (null) for Reach and Inclusion when there is no decision-maker', () => {
    const h = headline(buildGraphIndex(network(['c1:womens_org:A', 'c2:womens_org:B', 'x:forum'], ties('c1-x', 'x-c2'))));
    expect(h.reach).toBeNull();
    expect(h.inclusion).toBeNull();
    expect(h.leastIncluded).toBeNull();
    expect(h.groups).toEqual({ A: null, B: null, other: null });
    // Nobody reaches a decision-maker, and |C| = 2 is not empty, so the share is defined.
    expect(h.cutOff).toEqual({ count: 2, total: 2, share: 1 });
  });

  it('headline reads n/a (null) for every fraction when there is no civil society', () => {
    const h = headline(buildGraphIndex(network(['d:government', 'x:media'], ties('d-x'))));
    expect(h.reach).toBeNull();
    expect(h.inclusion).toBeNull();
    expect(h.cutOff).toEqual({ count: 0, total: 0, share: null });
    expect(h.overlap).toBeNull();
  });

  it('headline breaks a tie for least included by community name', () => {
    // Two communities, both with reach 0: "B" and "A" -> "A" is named, whatever the file order.
    const h = headline(buildGraphIndex(network(['d:government', 'b:womens_org:B', 'a:womens_org:A'], [])));
    expect(h.inclusion).toBe(0);
    expect(h.leastIncluded).toBe('A');
  });

  it('headline keeps a community called __proto__ as an ordinary group', () => {
    const h = headline(buildGraphIndex(network(['d:government', 'c:womens_org:__proto__'], ties('c-d'))));
    expect(Object.keys(h.groups)).toContain('__proto__');
    expect(h.groups['__proto__']).toBe(1);
  });
});
