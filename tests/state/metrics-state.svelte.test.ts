import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AnalysisClient } from '../../src/bridge/analysis-client';
import { buildGraphIndex } from '../../src/core/graph/build-graph-index';
import { betweenness } from '../../src/core/metrics/betweenness';
import { fragility, rankFragility } from '../../src/core/metrics/fragility';
import { PROGRESSIVE_BETWEENNESS_FROM } from '../../src/core/metrics/progressive-analysis';
import { generateNetwork } from '../../src/core/model/generate-network';
import type { Network } from '../../src/core/model/types';
import { MetricsState } from '../../src/state/metrics-state.svelte';
import { createAnalysisApi } from '../../workers/analysis-api';
import { fakePort } from '../bridge/fake-port';
import { smallNetwork } from '../fixtures/load';

function until(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (done() ? resolve() : setTimeout(check, 2));
    check();
  });
}

function metrics() {
  const calls: string[] = [];
  const client = new AnalysisClient(() => {
    const api = createAnalysisApi();
    return fakePort({ ...api, analyse: (...args: Parameters<typeof api.analyse>) => (calls.push(args[2] ?? ''), api.analyse(...args)) });
  });
  return { state: new MetricsState(client), calls };
}

describe('MetricsState', () => {
  it('MetricsState.refresh run by an effect runs once per change, not again for the analyses it shows', async () => {
    const { state, calls } = metrics();
    const network = smallNetwork();
    let runs = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        runs++;
        void state.refresh(network, network, 2);
      });
    });
    flushSync();
    await until(() => !state.computing);
    flushSync();
    await new Promise((resolve) => setTimeout(resolve, 20));
    flushSync();
    expect(runs).toBe(1);
    expect(calls).toHaveLength(2);
    stop();
  });

  it('MetricsState shows a big network\'s estimated betweenness and how far it is refined, until it is exact', async () => {
    const { state } = metrics();
    const big = generateNetwork(PROGRESSIVE_BETWEENNESS_FROM + 100, 5);
    await state.refresh(big, big, 2);
    expect(state.current).toBe(state.baseline);
    expect(state.betweennessProgress?.total).toBe(big.actors.length);
    expect(state.betweennessProgress!.done).toBeLessThan(big.actors.length);
    await until(() => state.betweennessProgress === null);
    const exact = betweenness(buildGraphIndex(big));
    state.current!.actors.betweenness.forEach((value, i) => expect(value).toBeCloseTo(exact[i]!, 12));
    expect(state.baseline).toBe(state.current);
  });

  it('MetricsState is ready for a big network once its headline numbers are shown, not before', async () => {
    const { state } = metrics();
    const network = generateNetwork(600, 3);
    const scenario: Network = { ...network, ties: network.ties.slice(1) };
    await state.refresh(network, network, 2);
    await until(() => state.readyFor?.current === network);
    const refreshed = state.refresh(network, scenario, 2);
    expect(state.readyFor?.current).toBe(network);
    await until(() => state.readyFor?.current === scenario);
    expect(state.current?.tieCount).toBe(buildGraphIndex(scenario).edgeU.length);
    await refreshed;
  });

  it('MetricsState is ready for a small network at once: its map costs less to draw than the wait', () => {
    const { state } = metrics();
    const network = smallNetwork();
    void state.refresh(network, network, 2);
    expect(state.readyFor?.current).toBe(network);
  });

  it('MetricsState is ready for a new network whose numbers failed, so the map does not wait on them', async () => {
    const state = new MetricsState(new AnalysisClient(() => fakePort({ ...createAnalysisApi(), analyse: () => { throw new Error('no'); } })));
    const network = generateNetwork(600, 3);
    await state.refresh(network, network, 2);
    expect(state.error).not.toBeNull();
    expect(state.readyFor?.current).toBe(network);
  });

  it('MetricsState drops the refinement of a network it no longer shows', async () => {
    const { state } = metrics();
    const big = generateNetwork(PROGRESSIVE_BETWEENNESS_FROM + 100, 5);
    const scenario: Network = { ...big, ties: big.ties.slice(0, -40) };
    await state.refresh(big, big, 2);
    await state.refresh(big, scenario, 2);
    await until(() => state.betweennessProgress === null);
    const exact = betweenness(buildGraphIndex(scenario));
    state.current!.actors.betweenness.forEach((value, i) => expect(value).toBeCloseTo(exact[i]!, 12));
  });

  it('MetricsState shows how many actors\' fragility is known, lets a person stop and continue, and ends on the exact ranking', async () => {
    const { state } = metrics();
    const big = generateNetwork(2600, 5);
    await state.refresh(big, big, 3);
    const first = state.fragilityProgress!;
    expect(first).toMatchObject({ total: big.actors.length, paused: false });
    expect(first.done).toBeLessThan(big.actors.length);
    expect(state.current!.fragility!.length).toBeLessThanOrEqual(first.done);

    await state.pauseFragility();
    expect(state.fragilityProgress?.paused).toBe(true);
    const held = state.fragilityProgress!.done;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(state.fragilityProgress).toMatchObject({ done: held, paused: true });

    await state.resumeFragility();
    expect(state.fragilityProgress?.paused).not.toBe(true);
    await until(() => state.fragilityProgress === null);
    const index = buildGraphIndex(big);
    const exact = fragility(index, { k: 3 });
    expect([...state.current!.actors.fragility]).toEqual([...exact]);
    expect(state.current!.fragility).toEqual(rankFragility(index.ids, exact));
    expect(state.baseline).toBe(state.current);
  });
});
