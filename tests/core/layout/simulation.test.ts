import { describe, expect, it } from 'vitest';
import { layoutInputOf } from '../../../src/core/layout/layout-input';
import { positionOf, positionsById } from '../../../src/core/layout/positions';
import { DEFAULT_LAYOUT_PARAMS, LARGE_LAYOUT, layoutParamsFor } from '../../../src/core/layout/params';
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

describe('layoutParamsFor', () => {
  it('layoutParamsFor keeps the defaults up to LARGE_LAYOUT actors and trades accuracy for time above', () => {
    expect(layoutParamsFor(LARGE_LAYOUT)).toEqual(DEFAULT_LAYOUT_PARAMS);
    const large = layoutParamsFor(LARGE_LAYOUT + 1);
    expect(large.theta).toBeGreaterThan(DEFAULT_LAYOUT_PARAMS.theta);
    expect(large.alphaDecay).toBeGreaterThan(DEFAULT_LAYOUT_PARAMS.alphaDecay);
    expect(large.stillSpeed).toBeGreaterThan(0);
  });
});

describe('createLayout with an early stop', () => {
  const run = (stillSpeed: number, previous?: Map<string, [number, number]>, layoutInput = input) => {
    const layout = createLayout(layoutInput, { seed: 3, params: { stillSpeed }, ...(previous ? { previous } : {}) });
    let ticks = 0;
    let frame = layout.step(0);
    while (!frame.settled) ticks += (frame = layout.step(10)).ticks;
    return { layout, frame, ticks };
  };
  /** The largest distance between an actor's two positions, as a share of the layout's width or height. */
  const furthest = (a: Float32Array, b: Float32Array) => {
    const xs = b.filter((_, i) => i % 2 === 0), ys = b.filter((_, i) => i % 2 === 1);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    return Math.max(...Array.from({ length: a.length / 2 }, (_, i) => Math.hypot(a[2 * i]! - b[2 * i]!, a[2 * i + 1]! - b[2 * i + 1]!))) / extent;
  };

  it('createLayout with an early stop settles in fewer ticks, within 1% of the picture of where full cooling ends', () => {
    const early = run(1e-4);
    const full = run(0);
    expect(early.ticks).toBeLessThan(full.ticks);
    expect(furthest(early.frame.positions, full.frame.positions)).toBeLessThan(0.01);
    expect(Array.from(early.layout.step(10).positions)).toEqual(Array.from(early.frame.positions));
  });

  it('createLayout with an early stop lets an added actor finish moving in', () => {
    const previous = positionsById(input.ids, run(0).frame.positions);
    const grown = smallNetwork();
    grown.actors.push({ id: 'broker', name: 'Broker', kind: 'civil_society', country: 'Kosovo', level: 'local' });
    grown.ties.push({ id: 'broker--rae', source: 'broker', target: 'rae', kind: 'partnership' });
    const grownInput = layoutInputOf(grown);
    const early = run(1e-4, previous, grownInput);
    const full = run(0, previous, grownInput);
    expect(furthest(early.frame.positions, full.frame.positions)).toBeLessThan(0.01);
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
