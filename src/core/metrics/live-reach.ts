// k-step reach on a LiveGraph: one civil-society actor's count, and whose count a change can have moved.

import type { Touched } from '../graph/follow-network';
import type { LiveGraph } from '../graph/live-graph';

/** Scratch for searches on a LiveGraph: a queue and a generation-stamped visited array, grown with the graph. */
export interface LiveBfs {
  queue: Int32Array;
  seen: Uint32Array;
  stamp: number;
}

export function createLiveBfs(): LiveBfs {
  return { queue: new Int32Array(0), seen: new Uint32Array(0), stamp: 0 };
}

function nextStamp(space: LiveBfs, size: number): number {
  if (space.seen.length < size) {
    space.seen = new Uint32Array(size * 2);
    space.queue = new Int32Array(size * 2);
    space.stamp = 0;
  }
  if (space.stamp === 0xffffffff) {
    space.seen.fill(0);
    space.stamp = 0;
  }
  return ++space.stamp;
}

/** decisionMakersWithin (reach.ts) on a LiveGraph: decision-makers within k hops of `source`, never through `blocked`. */
export function countWithin(graph: LiveGraph, space: LiveBfs, source: number, k: number, blocked = -1): number {
  const { neighbours, isDecisionMaker: isD } = graph;
  const stamp = nextStamp(space, graph.actors.length);
  const { queue, seen } = space;
  if (blocked >= 0) seen[blocked] = stamp;
  seen[source] = stamp;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  let count = 0;
  for (let depth = 0; depth < k && head < tail; depth++) {
    const end = tail;
    const last = depth === k - 1;
    for (; head < end; head++) {
      const list = neighbours[queue[head]!]!;
      for (let j = 0; j < list.length; j++) {
        const w = list[j]!;
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        count += isD[w]!;
        if (!last) queue[tail++] = w;
      }
    }
  }
  return count;
}

/**
 * The civil-society actors whose count `touched` can have changed, searched in the graph after
 * the change, never through `blocked`. A path of at most k hops that gains or loses an edge
 * (u, v) reaches u or v within k - 1 hops, and the nearer end stays as near once the edge is
 * gone; a decision-maker who flips is counted by exactly the actors within k hops of it.
 * Hence one search from the flipped actors (depth k) and the edge ends (depth k - 1).
 */
export function affectedSources(graph: LiveGraph, space: LiveBfs, touched: Touched, k: number, blocked = -1): number[] {
  const { neighbours, isCivilSociety: isC } = graph;
  const stamp = nextStamp(space, graph.actors.length);
  const { queue, seen } = space;
  let tail = 0;
  const visit = (v: number) => {
    if (v === blocked || seen[v] === stamp) return;
    seen[v] = stamp;
    queue[tail++] = v;
  };
  touched.flipped.forEach(visit);
  let head = 0;
  for (let depth = 0; depth < k; depth++) {
    const end = tail;
    for (; head < end; head++) neighbours[queue[head]!]!.forEach(visit);
    // The edge ends start one step out: they are searched to depth k - 1.
    if (depth === 0) touched.ends.forEach(visit);
  }
  const sources: number[] = [];
  for (let i = 0; i < tail; i++) if (isC[queue[i]!]) sources.push(queue[i]!);
  return sources;
}
