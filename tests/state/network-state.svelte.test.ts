import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../src/core/graph/build-graph-index';
import type { Network } from '../../src/core/model/types';
import { REMOVED } from '../../src/core/scenario/overlay';
import { NetworkState } from '../../src/state/network-state.svelte';
import { smallNetwork } from '../fixtures/load';

class Scenarios {
  reference = $state.raw<Network>(null!);
  network = $state.raw<Network>(null!);
}

class Numbers {
  readyFor = $state.raw<{ baseline: Network; current: Network } | null>(null);
}

function state() {
  const baseline = smallNetwork();
  const source = new Scenarios();
  source.reference = source.network = baseline;
  const numbers = new Numbers();
  const network = new NetworkState({ scenarios: source, view: { year: null }, numbers });
  return { baseline, source, numbers, network };
}

describe('NetworkState', () => {
  it('NetworkState describes a new network at once, and shows it on the map once its numbers are ready', () => {
    const { baseline, source, numbers, network } = state();
    numbers.readyFor = { baseline, current: baseline };
    const scenario: Network = { ...baseline, ties: baseline.ties.slice(1) };
    source.network = scenario;
    flushSync();
    expect(network.network).toBe(scenario);
    expect(network.shown).toBe(baseline);
    expect(network.overlay).toBeNull();
    expect(network.index.edgeU.length).toBe(buildGraphIndex(baseline).edgeU.length);
    numbers.readyFor = { baseline, current: scenario };
    flushSync();
    expect(network.shown).toBe(scenario);
    expect(network.overlay?.tieStatus.get(baseline.ties[0]!.id)).toBe(REMOVED);
    expect(network.index.edgeU.length).toBe(buildGraphIndex(scenario).edgeU.length);
  });

  it('NetworkState shows the network at once before any numbers are ready', () => {
    const { baseline, network } = state();
    expect(network.shown).toBe(baseline);
    expect(network.drawn).toBe(baseline);
  });
});
