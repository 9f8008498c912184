// Overlap O (METRICS.md) on a LiveGraph: the same count as overlap.ts, read from neighbour lists.

import type { LiveGraph } from '../graph/live-graph';

/** O = |contacts of 2 or more partners| / |contacts of at least 1|, over actors outside P and F; null as in overlap.ts. */
export function liveOverlap(graph: LiveGraph): number | null {
  const f = graph.facilitator;
  if (f < 0) return null;
  const { neighbours } = graph;
  const partners = neighbours[f]!;
  const isPartner = new Uint8Array(graph.actors.length);
  for (const p of partners) isPartner[p] = 1;
  const hits = new Uint8Array(graph.actors.length);
  let contacts = 0;
  let shared = 0;
  for (const p of partners) {
    for (const v of neighbours[p]!) {
      if (v === f || isPartner[v]) continue;
      if (hits[v] === 0) contacts++;
      else if (hits[v] === 1) shared++;
      else continue;
      hits[v]!++;
    }
  }
  return contacts === 0 ? null : shared / contacts;
}
