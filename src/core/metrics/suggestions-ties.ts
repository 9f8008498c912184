// Scores one candidate new tie (u, v) on a Landscape, without touching the index: the inner loop of suggestions.

import { ballAt, popcount, type Landscape } from './suggestions-landscape';
import { inclusionOf, type Scored } from './suggestions-score';

/** Per-search scratch, allocated once: stamps instead of clearing, and the per-group gains. */
export interface Scratch {
  mark: Uint32Array;
  done: Uint32Array;
  dist: Uint8Array;
  stamp: number;
  delta: Float64Array;
  score: Scored;
}

export function createScratch(land: Landscape): Scratch {
  const n = land.index.n;
  return {
    mark: new Uint32Array(n),
    done: new Uint32Array(n),
    dist: new Uint8Array(n),
    stamp: 0,
    delta: new Float64Array(land.groupSum.length),
    score: { inclusion: NaN, reach: NaN, overlap: NaN },
  };
}

export function nextStamp(s: Scratch): number {
  if (s.stamp === 0xffffffff) {
    s.mark.fill(0);
    s.done.fill(0);
    s.stamp = 0;
  }
  return ++s.stamp;
}

/**
 * Overlap once (u, v) is added (overlap.ts, tallied incrementally): a partner's new contact
 * gains a hit; a tie to the facilitator makes the other end a partner, which leaves the
 * contacts and lends its own contacts a hit each. NaN ("n/a") as overlap() would read.
 */
export function overlapWithTie(land: Landscape, u: number, v: number): number {
  const { index, isPartner, hits } = land;
  const f = index.facilitator;
  if (f < 0) return NaN;
  let contacts = land.contacts;
  let shared = land.shared;
  if (u === f || v === f) {
    const x = u === f ? v : u;
    if (!isPartner[x]) {
      if (hits[x]! >= 1) contacts--;
      if (hits[x]! >= 2) shared--;
      const { starts, neighbours } = index;
      for (let j = starts[x]!; j < starts[x + 1]!; j++) {
        const w = neighbours[j]!;
        if (w === f || isPartner[w]) continue;
        if (hits[w] === 0) contacts++;
        else if (hits[w] === 1) shared++;
      }
    }
  } else if (isPartner[u] !== isPartner[v]) {
    const w = isPartner[u] ? v : u;
    if (hits[w] === 0) contacts++;
    else if (hits[w] === 1) shared++;
  }
  return contacts === 0 ? NaN : shared / contacts;
}

/** Decision-makers in B(a) | B(b) that c does not reach yet (an offset of -1 is the empty set). */
function gain(land: Landscape, a: number, b: number, c: number): number {
  const { balls, reached, words } = land;
  const r = c * words;
  let g = 0;
  if (b < 0) for (let i = 0; i < words; i++) g += popcount(balls[a + i]! & ~reached[r + i]!);
  else for (let i = 0; i < words; i++) g += popcount((balls[a + i]! | balls[b + i]!) & ~reached[r + i]!);
  return g;
}

/**
 * Scores the graph plus the edge (u, v) into s.score. A civil-society actor c at distance a
 * from u newly reaches the decision-makers within k - 1 - a of v (and the other way round);
 * nobody else changes (see Landscape). Returns false when nothing changes.
 */
export function scoreTie(land: Landscape, s: Scratch, u: number, v: number): boolean {
  const { nearStarts, nearC, nearDist, k, index } = land;
  const stamp = nextStamp(s);
  const { mark, done, dist, delta } = s;
  delta.fill(0);
  let gained = 0;
  for (let j = nearStarts[u]!; j < nearStarts[u + 1]!; j++) {
    mark[nearC[j]!] = stamp;
    dist[nearC[j]!] = nearDist[j]!;
  }
  for (let j = nearStarts[v]!; j < nearStarts[v + 1]!; j++) {
    const c = nearC[j]!;
    const fromU = ballAt(land, u, k - 1 - nearDist[j]!);
    let g: number;
    if (mark[c] === stamp) {
      done[c] = stamp;
      g = gain(land, fromU, ballAt(land, v, k - 1 - dist[c]!), c);
    } else g = gain(land, fromU, -1, c);
    if (g === 0) continue;
    delta[index.community[c]!]! += g;
    gained += g;
  }
  for (let j = nearStarts[u]!; j < nearStarts[u + 1]!; j++) {
    const c = nearC[j]!;
    if (done[c] === stamp) continue;
    const g = gain(land, ballAt(land, v, k - 1 - nearDist[j]!), -1, c);
    if (g === 0) continue;
    delta[index.community[c]!]! += g;
    gained += g;
  }
  const overlap = overlapWithTie(land, u, v);
  const before = land.contacts === 0 || index.facilitator < 0 ? NaN : land.shared / land.contacts;
  if (gained === 0 && (overlap === before || (Number.isNaN(overlap) && Number.isNaN(before)))) return false;
  const { nD, nC } = land;
  s.score.inclusion = inclusionOf(land.groupSum, land.groupSize, delta, nD);
  s.score.reach = nC > 0 && nD > 0 ? (land.total + gained) / (nC * nD) : NaN;
  s.score.overlap = overlap;
  return true;
}
