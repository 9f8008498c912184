// `npm run bench`: our metrics against peers on seeded networks of 150, 1,000 and 5,000 actors.

import { buildGraphIndex } from '../../src/core/graph';
import { betweenness, headline, mulberry32, reachPerActor } from '../../src/core/metrics';
import { LiveHeadline } from '../../src/core/metrics/live-headline';
import type { Network } from '../../src/core/model/types';
import { generateNetwork as makeNetwork } from '../../src/core/model/generate-network';
import { peerBetweenness, peerReach2, toGraphology } from './peers';
import { benchSuggestions, type SuggestionRow } from './suggestions';
import { medianMs } from './timing';

interface Row {
  metric: 'betweenness' | 'reach2' | 'edit' | 'edit-live' | SuggestionRow['metric'];
  n: number;
  ours_ms: number;
  peer_ms: number | null;
  ratio: number | null;
}

const SIZES = [150, 1000, 5000];
const runsFor = (n: number) => (n >= 5000 ? 5 : 9);

function bench(n: number): Row[] {
  const network = makeNetwork(n, 42);
  const graph = toGraphology(network);
  const index = buildGraphIndex(network);
  const runs = runsFor(n);
  const row = (metric: Row['metric'], ours: number, peer: number | null): Row => ({
    metric,
    n,
    ours_ms: ours,
    peer_ms: peer,
    ratio: peer === null ? null : peer / ours,
  });

  // Both sides start from their own graph object and build whatever index they use inside.
  const bOurs = medianMs(runs, () => betweenness(buildGraphIndex(network)));
  const bPeer = medianMs(runs, () => peerBetweenness(graph));
  // Both sides run on a graph structure already built.
  const rOurs = medianMs(runs * 3, () => reachPerActor(index, { k: 2 }));
  const rPeer = medianMs(runs * 3, () => peerReach2(graph, network.facilitator));

  // One added tie -> a new network version -> index rebuild -> Reach, Inclusion, Overlap.
  const random = mulberry32(7);
  const edit = medianMs(runs * 3, () => {
    const s = Math.floor(random() * n);
    const t = Math.floor(random() * n);
    const next: Network = {
      ...network,
      ties: [...network.ties, { id: 'added', source: `a${s}`, target: `a${t}`, kind: 'partnership' }],
    };
    return headline(buildGraphIndex(next), { k: 2 });
  });
  // The same edits as the analysis worker follows them: only what the tie can change is searched again.
  const live = LiveHeadline.of(network)!;
  const editLive = medianMs(runs * 3, () => {
    const s = Math.floor(random() * n);
    const t = Math.floor(random() * n);
    live.follow({ ...network, ties: [...network.ties, { id: 'added', source: `a${s}`, target: `a${t}`, kind: 'partnership' }] });
    return live.analysis({ k: 2 });
  });
  return [row('betweenness', bOurs, bPeer), row('reach2', rOurs, rPeer), row('edit', edit, null), row('edit-live', editLive, null)];
}

function table(rows: Row[]): string {
  const fmt = (x: number | null, digits = 3) => (x === null ? '-' : x < 1 ? x.toFixed(digits) : x.toPrecision(4));
  const lines = [['metric', 'n', 'ours ms', 'peer ms', 'peer/ours'].map((h) => h.padStart(12)).join('')];
  for (const r of rows) {
    lines.push(
      [r.metric, String(r.n), fmt(r.ours_ms), fmt(r.peer_ms), r.ratio === null ? '-' : `${r.ratio.toFixed(1)}x`]
        .map((c) => c.padStart(12))
        .join(''),
    );
  }
  return lines.join('\n');
}

// Suggestions have no peer library: their rows carry only our time.
const suggestionRows: Row[] = benchSuggestions().map((r) => ({ ...r, peer_ms: null, ratio: null }));
const rows = [...SIZES.flatMap(bench), ...suggestionRows];
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
else console.log(table(rows));
