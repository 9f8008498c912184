// Scores one candidate new broker x tied to actors t1 and t2, without adding it to the index.

import { ballAt, popcount, type Landscape } from './suggestions-landscape';
import { inclusionOf } from './suggestions-score';
import { nextStamp, type Scratch } from './suggestions-ties';

/** What kind of actor the broker is, for the metrics: in C, in D (never both), and its community code. */
export interface BrokerRole {
  isC: boolean;
  isD: boolean;
  /** Community code; index.communities.length for a community the graph does not have yet. */
  group: number;
  /** groupSize with the broker counted in its community (when it is in C). */
  sizes: Uint32Array;
}

/**
 * Decision-makers newly reached by c through the broker: B(a) | B(b) (offsets, -1 for none),
 * plus the broker itself (the spare bit nD) when `self`.
 */
function gain(land: Landscape, a: number, b: number, self: boolean, c: number): number {
  const { balls, reached, words, nD } = land;
  const r = c * words;
  const selfWord = nD >>> 5;
  const selfBit = self ? 1 << (nD & 31) : 0;
  let g = 0;
  for (let i = 0; i < words; i++) {
    let word = i === selfWord ? selfBit : 0;
    if (a >= 0) word |= balls[a + i]!;
    if (b >= 0) word |= balls[b + i]!;
    g += popcount(word & ~reached[r + i]!);
  }
  return g;
}

/**
 * Overlap with the broker x added: x is a contact of the partners among its ends; if one end
 * is the facilitator, x is a partner instead, and the other end gains a hit from it.
 */
function overlapWithBroker(land: Landscape, t1: number, t2: number): number {
  const { index, isPartner, hits } = land;
  const f = index.facilitator;
  if (f < 0) return NaN;
  let contacts = land.contacts;
  let shared = land.shared;
  if (t1 === f || t2 === f) {
    const t = t1 === f ? t2 : t1;
    if (!isPartner[t]) {
      if (hits[t] === 0) contacts++;
      else if (hits[t] === 1) shared++;
    }
  } else {
    const partners = isPartner[t1]! + isPartner[t2]!;
    if (partners >= 1) contacts++;
    if (partners >= 2) shared++;
  }
  return contacts === 0 ? NaN : shared / contacts;
}

/**
 * Scores the graph plus a broker tied to t1 and t2 into s.score. A path through the broker
 * is two steps long: c at distance a from t1 newly reaches the decision-makers within
 * k - 2 - a of t2, and, if the broker is itself a decision-maker, reaches it when a <= k - 1
 * (which also adds one to |D| for everyone). A civil-society broker joins C and its community
 * with its own count: the decision-makers within k - 1 of t1 or t2.
 */
export function scoreBroker(land: Landscape, s: Scratch, role: BrokerRole, t1: number, t2: number): void {
  const { nearStarts, nearC, nearDist, k, index } = land;
  const radius = role.isD ? k - 1 : k - 2;
  const stamp = nextStamp(s);
  const { mark, done, dist, delta } = s;
  delta.fill(0);
  let gained = 0;
  const add = (c: number, g: number) => {
    delta[index.community[c]!]! += g;
    gained += g;
  };
  for (let j = nearStarts[t1]!; j < nearStarts[t1 + 1]! && nearDist[j]! <= radius; j++) {
    mark[nearC[j]!] = stamp;
    dist[nearC[j]!] = nearDist[j]!;
  }
  const via = (t: number, d: number) => (d <= k - 2 ? ballAt(land, t, k - 2 - d) : -1);
  for (let j = nearStarts[t2]!; j < nearStarts[t2 + 1]! && nearDist[j]! <= radius; j++) {
    const c = nearC[j]!;
    const both = mark[c] === stamp;
    if (both) done[c] = stamp;
    add(c, gain(land, via(t1, nearDist[j]!), both ? via(t2, dist[c]!) : -1, role.isD, c));
  }
  for (let j = nearStarts[t1]!; j < nearStarts[t1 + 1]! && nearDist[j]! <= radius; j++) {
    const c = nearC[j]!;
    if (done[c] !== stamp) add(c, gain(land, via(t2, nearDist[j]!), -1, role.isD, c));
  }
  let own = 0;
  if (role.isC) {
    const a = ballAt(land, t1, k - 1);
    const b = ballAt(land, t2, k - 1);
    for (let i = 0; i < land.words; i++) own += popcount(land.balls[a + i]! | land.balls[b + i]!);
    delta[role.group]! += own;
  }
  const nD = land.nD + (role.isD ? 1 : 0);
  const nC = land.nC + (role.isC ? 1 : 0);
  s.score.inclusion = inclusionOf(land.groupSum, role.sizes, delta, nD);
  s.score.reach = nC > 0 && nD > 0 ? (land.total + gained + own) / (nC * nD) : NaN;
  s.score.overlap = overlapWithBroker(land, t1, t2);
}
