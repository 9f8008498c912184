import { describe, expect, it } from 'vitest';
import { LayoutClient } from '../../src/bridge/layout-client';
import { STALE } from '../../src/bridge/latest';
import { layoutInputOf } from '../../src/core/layout/layout-input';
import { positionOf } from '../../src/core/layout/positions';
import { createLayout } from '../../src/core/layout/simulation';
import type { LayoutFrame } from '../../src/core/layout/simulation';
import { createLayoutApi, type LayoutApi } from '../../workers/layout-api';
import { smallNetwork } from '../fixtures/load';
import { fakePort, type FakePort } from './fake-port';

function client() {
  const ports: FakePort<LayoutApi>[] = [];
  const layout = new LayoutClient(() => {
    const port = fakePort(createLayoutApi());
    ports.push(port);
    return port;
  });
  return { layout, ports };
}

const input = layoutInputOf(smallNetwork());

async function frame(layout: LayoutClient, ticks: number): Promise<LayoutFrame> {
  const result = await layout.nextFrame(ticks);
  if (result === STALE) throw new Error('unexpected stale frame');
  return result;
}

describe('LayoutClient', () => {
  it('LayoutClient returns frames of positions for every actor', async () => {
    const { layout } = client();
    await layout.load(input, 1);
    expect((await frame(layout, 5)).positions).toHaveLength(input.ids.length * 2);
  });

  it('LayoutClient drops a frame that a newer load made stale', async () => {
    const { layout } = client();
    await layout.load(input, 1);
    const old = layout.nextFrame(5);
    const reload = layout.load(input, 2);
    expect(await old).toBe(STALE);
    await reload;
    expect(await layout.nextFrame(5)).not.toBe(STALE);
  });

  it('LayoutClient restarts a crashed worker where the layout was, with its pins', async () => {
    const { layout, ports } = client();
    await layout.load(input, 1);
    const before = await frame(layout, 300);
    await layout.pin(3, 500, 500);
    ports[0]!.hang();
    const lost = layout.nextFrame(5);
    ports[0]!.crash();
    await expect(lost).rejects.toThrow('worker stopped');
    const after = await frame(layout, 0);
    expect(ports).toHaveLength(2);
    expect(layout.restarts).toBe(1);
    expect(positionOf(after.positions, 0)).toEqual(positionOf(before.positions, 0));
    expect(positionOf(after.positions, 3)).toEqual([500, 500]);
  });

  it('LayoutClient frames are the ones stepping the layout directly gives, though the worker computes each batch ahead', async () => {
    const { layout } = client();
    await layout.load(input, 4);
    const direct = createLayout(input, { seed: 4 });
    for (let i = 0; i < 6; i++) {
      // The page draws between frames: time enough for the worker to compute the next batch ahead.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(Array.from((await frame(layout, 3)).positions)).toEqual(Array.from(direct.step(3).positions));
    }
  });

  it('LayoutClient shows a pinned actor where it was pinned in the very next frame, not the batch computed before', async () => {
    const { layout } = client();
    await layout.load(input, 1);
    await frame(layout, 3);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await layout.pin(2, 321, -12);
    expect(positionOf((await frame(layout, 3)).positions, 2)).toEqual([321, -12]);
  });
});

