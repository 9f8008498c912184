// What the layout needs to know of a network: plain arrays that cross to a worker cheaply.

import type { Network } from '../model/types';
import { regionIndex } from './regions';

export interface LayoutInput {
  ids: string[];
  /** Index into REGIONS for each actor. */
  regions: Uint8Array;
  /** Collision radius of each actor, in layout units. */
  radii: Float32Array;
  /** Tie endpoints as actor indices, two per tie: [s0, t0, s1, t1, ...]. */
  links: Uint32Array;
}

export function actorRadius(degree: number): number {
  return 4 + 2.2 * Math.sqrt(degree);
}

/** Ties naming unknown actors and duplicate pairs are left out: the layout draws one spring per pair. */
export function layoutInputOf(network: Network): LayoutInput {
  const ids = network.actors.map((a) => a.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const degree = new Uint32Array(ids.length);
  // A pair as one number (exact while n < 9e7): a Set of numbers is many times quicker than one of strings.
  const seen = new Set<number>();
  const links: number[] = [];
  for (const tie of network.ties) {
    const s = indexOf.get(tie.source);
    const t = indexOf.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? s * ids.length + t : t * ids.length + s;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(s, t);
    degree[s]!++;
    degree[t]!++;
  }
  return {
    ids,
    regions: Uint8Array.from(network.actors, (a) => Math.max(0, regionIndex(a.country))),
    radii: Float32Array.from(degree, actorRadius),
    links: Uint32Array.from(links),
  };
}
