// The broker search behind suggestions: best pairs of actors to join through a new actor, then a third tie.

import { buildGraphIndex } from '../graph/build-graph-index';
import type { GraphIndex } from '../graph/graph-index';
import { CIVIL_SOCIETY_KINDS, DECISION_MAKER_KINDS, OTHER_COMMUNITY, type Network } from '../model/types';
import { applyEdits } from '../scenario/apply';
import { addBroker, type NewActor } from '../scenario/composite';
import { scoreBroker, type BrokerRole } from './suggestions-broker';
import { buildLandscape, type Landscape } from './suggestions-landscape';
import { scanPairs, scanRow, type ScanOptions } from './suggestions-scan';
import { TopList, compareScores, scoreOf } from './suggestions-score';
import type { Found, Plan, Progress } from './suggestions-search';
import { createScratch, scoreTie } from './suggestions-ties';

/** The broker's place in the metrics: C or D or neither, and its community. */
function brokerRole(index: GraphIndex, land: Landscape, broker: Partial<NewActor>): BrokerRole {
  const kind = broker.kind ?? 'civil_society';
  const isC = CIVIL_SOCIETY_KINDS.has(kind);
  const found = index.communities.indexOf(broker.community ?? OTHER_COMMUNITY);
  const group = found >= 0 ? found : index.communities.length;
  const sizes = land.groupSize.slice();
  if (isC) sizes[group]!++;
  return { isC, isD: DECISION_MAKER_KINDS.has(kind), group, sizes };
}

/**
 * Broker: the best 2 * count pairs of actors to join through a new broker, exactly; with a
 * budget of 3, each pair (best first) then gets the single best third tie if one improves.
 * Sets of targets already suggested are dropped, as for ties. Best final score first.
 */
export function* searchBroker(network: Network, index: GraphIndex, plan: Plan, progress: Progress): Generator<void, Found[], void> {
  const land = buildLandscape(index, plan.k);
  const role = brokerRole(index, land, plan.broker);
  const top = new TopList<[number, number]>(plan.budget === 2 ? plan.count : 2 * plan.count, scoreOf(land));
  const s = createScratch(land);
  const options: ScanOptions = {
    includeFacilitator: plan.includeFacilitator,
    skipTied: false,
    radius: role.isD ? null : plan.k - 2,
    ...(role.isC ? { ownGroup: role.group } : {}),
  };
  yield* scanPairs(land, options, top, (t1, t2, key) => {
    scoreBroker(land, s, role, t1, t2);
    if (top.wants(s.score, key)) top.offer(s.score, key, [t1, t2]);
  }, progress);
  const seeds = top.entries;
  if (plan.budget === 2) return seeds.map((e) => ({ ties: [], targets: [...e.item], score: e.score }));
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const seed of seeds) {
    if (found.length === plan.count) break;
    const targets = [...seed.item];
    let score = seed.score;
    const edit = addBroker(network, { between: targets.map((t) => index.ids[t]!), actor: plan.broker });
    const withBroker = buildGraphIndex(applyEdits(network, [edit]).network);
    const landX = buildLandscape(withBroker, plan.k);
    const third = new TopList<number>(1, scoreOf(landX));
    const sx = createScratch(landX);
    const x = withBroker.n - 1;
    scanRow(landX, x, { ...options, skipTied: true }, (u, v, key) => {
      if (scoreTie(landX, sx, u, v) && third.wants(sx.score, key)) third.offer(sx.score, key, u === x ? v : u);
    });
    progress.advance(index.n);
    if (third.entries.length > 0) {
      targets.push(third.entries[0]!.item);
      score = third.entries[0]!.score;
    }
    const key = [...targets].sort((a, b) => a - b).join(' ');
    if (seen.has(key)) {
      progress.grow(index.n);
      continue;
    }
    seen.add(key);
    found.push({ ties: [], targets, score });
  }
  return found.sort((a, b) => compareScores(b.score, a.score));
}
