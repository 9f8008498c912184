import { describe, expect, it } from 'vitest';
import { AnalysisClient, type RefinementUpdate } from '../../src/bridge/analysis-client';
import { STALE } from '../../src/bridge/latest';
import { buildGraphIndex } from '../../src/core/graph/build-graph-index';
import type { Analysis } from '../../src/core/metrics/analysis';
import { betweenness } from '../../src/core/metrics/betweenness';
import { PROGRESSIVE_BETWEENNESS_FROM } from '../../src/core/metrics/progressive-analysis';
import { generateNetwork } from '../../src/core/model/generate-network';
import { analyse } from '../../src/core/metrics/analyse';
import { applyEdits } from '../../src/core/scenario/apply';
import type { Edit } from '../../src/core/scenario/types';
import { createAnalysisApi, type AnalysisApi, type NetworkMessage } from '../../workers/analysis-api';
import { smallNetwork } from '../fixtures/load';
import { fakePort } from './fake-port';

const big = generateNetwork(PROGRESSIVE_BETWEENNESS_FROM + 100, 7);
const exact = betweenness(buildGraphIndex(big));

async function analysed(result: Promise<Analysis | typeof STALE>): Promise<Analysis> {
  const analysis = await result;
  if (analysis === STALE) throw new Error('unexpected stale analysis');
  return analysis;
}

function until(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (done() ? resolve() : setTimeout(check, 2));
    check();
  });
}

describe('AnalysisClient', () => {
  it('AnalysisClient gives a big network an estimated betweenness, then tells each refinement until it is exact', async () => {
    const client = new AnalysisClient(() => fakePort(createAnalysisApi()));
    const updates: RefinementUpdate[] = [];
    const analysis = await analysed(client.analyse(big, { k: 2 }, 'baseline:full', (update) => updates.push(update)));
    expect(Array.from(analysis.actors.betweenness)).not.toEqual(Array.from(exact));
    await until(() => updates.at(-1)?.exact === true);
    expect(updates[0]).toEqual({ metric: 'betweenness', done: 128, total: big.actors.length, exact: false });
    expect(updates.every((u) => u.metric === 'betweenness')).toBe(true);
    const sources = updates.map((u) => u.done);
    expect(sources).toEqual([...sources].sort((a, b) => a - b));
    const last = updates.at(-1)!;
    expect(last.done).toBe(big.actors.length);
    last.values!.forEach((value, i) => expect(value).toBeCloseTo(exact[i]!, 12));
  });

  it('AnalysisClient stops refining a channel once a newer analysis is asked for on it', async () => {
    const client = new AnalysisClient(() => fakePort(createAnalysisApi()));
    const older: RefinementUpdate[] = [];
    await client.analyse(big, { k: 2 }, 'current:full', (update) => older.push(update));
    const newer: RefinementUpdate[] = [];
    await client.analyse(big, { k: 2 }, 'current:full', (update) => newer.push(update));
    const heard = older.length;
    await until(() => newer.at(-1)?.exact === true);
    expect(older.length).toBe(heard);
    expect(older.some((u) => u.exact)).toBe(false);
  });

  it('AnalysisClient answers a headline request between two steps of a refinement', async () => {
    const client = new AnalysisClient(() => fakePort(createAnalysisApi()));
    const updates: RefinementUpdate[] = [];
    await client.analyse(big, { k: 2 }, 'baseline:full', (update) => updates.push(update));
    const headline = await analysed(client.analyse(smallNetwork(), { k: 2, detail: 'headline' }, 'current:headline'));
    expect(headline.detail).toBe('headline');
    expect(updates.some((u) => u.exact)).toBe(false);
    await until(() => updates.at(-1)?.exact === true);
  });

  it("AnalysisClient computes a small network's betweenness exactly at once and tells nothing", async () => {
    const client = new AnalysisClient(() => fakePort(createAnalysisApi()));
    const updates: RefinementUpdate[] = [];
    const network = smallNetwork();
    const analysis = await analysed(client.analyse(network, { k: 2 }, 'baseline:full', (update) => updates.push(update)));
    expect(Array.from(analysis.actors.betweenness)).toEqual(Array.from(betweenness(buildGraphIndex(network))));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(updates).toEqual([]);
  });

  /** A client whose worker records what it is sent; `forget()` swaps in a fresh worker behind the client's back. */
  function recorded() {
    const messages: NetworkMessage[] = [];
    let api = createAnalysisApi();
    const port = fakePort<AnalysisApi>({
      pauseRefinement: (...args) => api.pauseRefinement(...args),
      resumeRefinement: (...args) => api.resumeRefinement(...args),
      analyse: (message, ...rest) => {
        messages.push(message);
        return api.analyse(message, ...rest);
      },
    });
    return { client: new AnalysisClient(() => port), messages, forget: () => (api = createAnalysisApi()) };
  }

  const scenarioOf = (network: ReturnType<typeof smallNetwork>) => ({
    ...network,
    ties: [...network.ties.slice(1), { id: 'new', source: 'rae', target: 'police', kind: 'partnership' as const }],
  });

  it('AnalysisClient sends a network whole once, then by id, and a scenario as its changes against it', async () => {
    const { client, messages } = recorded();
    const baseline = smallNetwork();
    const scenario = scenarioOf(baseline);
    await client.analyse(baseline, { k: 2, detail: 'headline' }, 'baseline:headline');
    await client.analyse(baseline, { k: 2 }, 'baseline:full');
    const analysis = await analysed(client.analyse(scenario, { k: 2 }, 'current:full'));
    expect(messages.map((m) => ('network' in m ? 'whole' : 'base' in m ? 'changes' : 'id'))).toEqual(['whole', 'id', 'changes']);
    const changes = messages[2] as Extract<NetworkMessage, { base: number }>;
    expect(changes.ties.added.map((t) => t.id)).toEqual(['new']);
    expect(changes.actors.added).toEqual([]);
    expect(analysis).toEqual(analyse(scenario, { k: 2 }));
  });

  it('AnalysisClient gives, edit after edit, the headline numbers computed from scratch, also from a replaced worker', async () => {
    const { client, messages, forget } = recorded();
    const baseline = generateNetwork(300, 4);
    const edits: Edit[] = [
      { op: 'addTie', tie: { id: 'x1', source: 'a299', target: 'a12', kind: 'partnership' } },
      { op: 'removeActor', id: 'a40' },
      { op: 'addActor', actor: { id: 'new', name: 'New', kind: 'government', country: 'Kosovo', level: 'local' } },
      { op: 'addTie', tie: { id: 'x2', source: 'new', target: 'a7', kind: 'partnership' } },
      { op: 'removeTie', id: 't5' },
    ];
    await client.analyse(baseline, { k: 2, detail: 'headline' }, 'baseline:headline');
    for (let i = 1; i <= edits.length; i++) {
      if (i === 4) forget();
      const network = applyEdits(baseline, edits.slice(0, i)).network;
      const quick = await analysed(client.analyse(network, { k: 2, detail: 'headline' }, 'current:headline'));
      expect(quick).toEqual(analyse(network, { k: 2, detail: 'headline' }));
    }
    expect(messages.map((m) => ('network' in m ? 'whole' : 'base' in m ? 'changes' : 'id'))).toEqual(
      ['whole', 'changes', 'changes', 'changes', 'changes', 'whole', 'changes'],
    );
  });

  it('AnalysisClient sends the network whole again to a worker that no longer holds it', async () => {
    const { client, messages, forget } = recorded();
    const baseline = smallNetwork();
    await client.analyse(baseline, { k: 2 }, 'baseline:full');
    forget();
    const scenario = scenarioOf(baseline);
    const analysis = await analysed(client.analyse(scenario, { k: 2 }, 'current:full'));
    expect(messages.map((m) => ('network' in m ? 'whole' : 'base' in m ? 'changes' : 'id'))).toEqual(['whole', 'changes', 'whole']);
    expect(analysis).toEqual(analyse(scenario, { k: 2 }));
  });
});

