// Builds the GraphIndex for one version of a network (optionally as of a year, or without some actors).

import {
  CIVIL_SOCIETY_KINDS,
  DECISION_MAKER_KINDS,
  OTHER_COMMUNITY,
  type Actor,
  type Network,
} from '../model/types';
import { encodeLabels } from './codes';
import { buildCsr } from './csr';
import { actorExisted, tieExisted } from './existed';
import type { GraphIndex } from './graph-index';

export interface GraphIndexOptions {
  /** Keep only the actors and ties that existed in this year (see existed.ts). Default: all. */
  year?: number;
  /** Leave these actors (and their ties) out: the graph "G - a" of METRICS.md. Default: none. */
  without?: ReadonlySet<string>;
}

/**
 * Indexes `network` for the metrics (METRICS.md, "The graph"): one node per actor, one
 * undirected edge per pair of tied actors. Parallel ties collapse into one edge, self loops
 * are dropped, ties naming an unknown (or filtered-out) actor are ignored, and a repeated
 * actor id keeps its first occurrence. Options default to the whole network.
 */
export function buildGraphIndex(network: Network, options: GraphIndexOptions = {}): GraphIndex {
  const { year, without } = options;
  const actors = network.actors.filter(
    (a) => actorExisted(a, year) && !(without?.has(a.id) ?? false),
  );
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const kept: Actor[] = [];
  for (const actor of actors) {
    if (indexOf.has(actor.id)) continue;
    indexOf.set(actor.id, ids.length);
    ids.push(actor.id);
    kept.push(actor);
  }
  const n = ids.length;
  const facilitator = indexOf.get(network.facilitator) ?? -1;

  const isDecisionMaker = new Uint8Array(n);
  const isCivilSociety = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const kind = kept[i]!.kind;
    isDecisionMaker[i] = DECISION_MAKER_KINDS.has(kind) && i !== facilitator ? 1 : 0;
    isCivilSociety[i] = CIVIL_SOCIETY_KINDS.has(kind) ? 1 : 0;
  }
  const communities = encodeLabels(kept.map((a) => a.community ?? OTHER_COMMUNITY));
  const countries = encodeLabels(kept.map((a) => a.country));

  // Group ties by actor pair; the key u * n + v (u < v) is exact while n < 9e7.
  const tiesByPair = new Map<number, string[]>();
  for (const tie of network.ties) {
    const s = indexOf.get(tie.source);
    const t = indexOf.get(tie.target);
    if (s === undefined || t === undefined || s === t || !tieExisted(tie, year)) continue;
    const key = s < t ? s * n + t : t * n + s;
    const list = tiesByPair.get(key);
    if (list) list.push(tie.id);
    else tiesByPair.set(key, [tie.id]);
  }
  const keys = Float64Array.from(tiesByPair.keys()).sort();
  const m = keys.length;
  const edgeU = new Uint32Array(m);
  const edgeV = new Uint32Array(m);
  const edgeTies: string[][] = new Array<string[]>(m);
  for (let e = 0; e < m; e++) {
    const key = keys[e]!;
    edgeU[e] = Math.floor(key / n);
    edgeV[e] = key - edgeU[e]! * n;
    edgeTies[e] = tiesByPair.get(key)!.sort();
  }
  const { starts, neighbours } = buildCsr(n, edgeU, edgeV);

  return {
    n,
    ids,
    indexOf,
    starts,
    neighbours,
    edgeU,
    edgeV,
    edgeTies,
    isDecisionMaker,
    isCivilSociety,
    community: communities.codes,
    communities: communities.names,
    country: countries.codes,
    countries: countries.names,
    facilitator,
  };
}
