import { describe, expect, it } from 'vitest';
import { layoutInputOf } from '../../../src/core/layout/layout-input';
import { positionOf, positionsById } from '../../../src/core/layout/positions';
import { REGIONS, regionIndex } from '../../../src/core/layout/regions';
import { createLayout } from '../../../src/core/layout/simulation';
import { smallNetwork } from '../../fixtures/load';

const input = layoutInputOf(smallNetwork());

function settle(seed: number, ticks = 400) {
  const layout = createLayout(input, { seed });
  return { layout, frame: layout.step(ticks) };
}

describe('createLayout', () => {
  it('createLayout with the same seed lays the network out identically', () => {
    expect(Array.from(settle(7).frame.positions)).toEqual(Array.from(settle(7).frame.positions));
  });

  it('createLayout with another seed lays it out differently', () => {
    expect(Array.from(settle(7).frame.positions)).not.toEqual(Array.from(settle(8).frame.positions));
  });

  it('createLayout settles: alpha falls below alphaMin and later steps change nothing', () => {
    const { layout, frame } = settle(3, 1000);
    expect(frame.settled).toBe(true);
    expect(Array.from(layout.step(10).positions)).toEqual(Array.from(frame.positions));
  });

  it('createLayout keeps a pinned actor exactly where it was pinned', () => {
    const layout = createLayout(input, { seed: 1 });
    layout.step(5);
    layout.pin(2, 123, -45);
    layout.reheat(1);
    const frame = layout.step(200);
    expect(positionOf(frame.positions, 2)).toEqual([123, -45]);
  });

  it('createLayout moves an unpinned actor again', () => {
    const layout = createLayout(input, { seed: 1 });
    layout.pin(2, 900, 900);
    layout.step(50);
    layout.unpin(2);
    layout.reheat(1);
    const [x, y] = positionOf(layout.step(200).positions, 2);
    expect(Math.hypot(x - 900, y - 900)).toBeGreaterThan(100);
  });

  it('createLayout pulls each country toward its own region', () => {
    const { frame } = settle(5);
    const network = smallNetwork();
    const kosovo = REGIONS[regionIndex('Kosovo')]!;
    const bih = REGIONS[regionIndex('BiH')]!;
    const police = positionOf(frame.positions, network.actors.findIndex((a) => a.id === 'police'));
    const ministry = positionOf(frame.positions, network.actors.findIndex((a) => a.id === 'ministry'));
    const distance = (p: [number, number], r: { x: number; y: number }) => Math.hypot(p[0] - r.x, p[1] - r.y);
    expect(distance(police, kosovo)).toBeLessThan(distance(police, bih));
    expect(distance(ministry, bih)).toBeLessThan(distance(ministry, kosovo));
  });

  it('createLayout starts known actors where they were and places a new one beside its ties', () => {
    const { frame } = settle(5);
    const previous = positionsById(input.ids, frame.positions);
    const grown = smallNetwork();
    grown.actors.push({ id: 'broker', name: 'Broker', kind: 'civil_society', country: 'Kosovo', level: 'local' });
    grown.ties.push({ id: 'broker--rae', source: 'broker', target: 'rae', kind: 'partnership' });
    const next = createLayout(layoutInputOf(grown), { seed: 5, previous });
    const first = next.step(0).positions;
    expect(positionOf(first, 0)).toEqual(positionOf(frame.positions, 0));
    const [bx, by] = positionOf(first, grown.actors.length - 1);
    const [rx, ry] = positionOf(frame.positions, 2);
    expect(Math.hypot(bx - rx, by - ry)).toBeLessThan(30);
  });
});

describe('layoutInputOf', () => {
  it('layoutInputOf draws one link per tied pair and sizes actors by degree', () => {
    const network = smallNetwork();
    network.ties.push({ id: 'dup', source: 'fac', target: 'wn', kind: 'funding' });
    network.ties.push({ id: 'dangling', source: 'fac', target: 'nobody', kind: 'funding' });
    const result = layoutInputOf(network);
    expect(result.links.length / 2).toBe(7);
    const fac = result.radii[0]!;
    const rae = result.radii[2]!;
    expect(fac).toBeGreaterThan(rae);
  });
});
