// How suggestions are ranked (METRICS.md): Inclusion up, then Reach up, then Overlap down; and the best few kept.

import type { Landscape } from './suggestions-landscape';

/**
 * Inclusion, Reach and Overlap of a graph with a candidate added, NaN where METRICS.md reads
 * "n/a". Computed exactly as headline() does, from the same integers, so equal numbers are
 * bit-for-bit equal and a candidate found here scores the same once applied.
 */
export interface Scored {
  inclusion: number;
  reach: number;
  overlap: number;
}

/** "n/a" Inclusion or Reach ranks below any value; "n/a" Overlap (no partner contacts) counts as 0. */
const up = (x: number) => (Number.isNaN(x) ? -Infinity : x);
const down = (x: number) => (Number.isNaN(x) ? 0 : x);

/** > 0 when a is better than b, < 0 when worse, 0 when they tie on all three numbers. */
export function compareScores(a: Scored, b: Scored): number {
  return up(a.inclusion) - up(b.inclusion) || up(a.reach) - up(b.reach) || down(b.overlap) - down(a.overlap) || 0;
}

/** The numbers of the landscape's own graph: the baseline every candidate is measured against. */
export function scoreOf(land: Landscape): Scored {
  const { nD, groupSum, groupSize, nC, total } = land;
  return {
    inclusion: inclusionOf(groupSum, groupSize, null, nD),
    reach: nC > 0 && nD > 0 ? total / (nC * nD) : NaN,
    overlap: land.contacts === 0 || land.index.facilitator < 0 ? NaN : land.shared / land.contacts,
  };
}

/**
 * min over groups of (sum_g + delta_g) / (|C_g| nD), skipping groups without civil society
 * (groupReach and leastIncluded in group-reach.ts, in the same arithmetic); NaN when none.
 */
export function inclusionOf(sum: Float64Array, size: Uint32Array, delta: Float64Array | null, nD: number): number {
  if (nD === 0) return NaN;
  let min = Infinity;
  for (let g = 0; g < size.length; g++) {
    const s = size[g]!;
    if (s === 0) continue;
    const value = (sum[g]! + (delta === null ? 0 : delta[g]!)) / (s * nD);
    if (value < min) min = value;
  }
  return min === Infinity ? NaN : min;
}

/** A candidate worth keeping: its score and a key that orders equal scores (lower first). */
export interface Ranked<T> {
  score: Scored;
  key: number;
  item: T;
}

/**
 * The best `size` candidates strictly better than `floor`, best first; equal scores go by the
 * lower key, so the result does not depend on the order candidates are offered in.
 */
export class TopList<T> {
  readonly entries: Ranked<T>[] = [];

  constructor(
    readonly size: number,
    readonly floor: Scored,
  ) {}

  /** Whether a candidate with this score and key would be kept (cheap; call before building `item`). */
  wants(score: Scored, key: number): boolean {
    if (compareScores(score, this.floor) <= 0) return false;
    if (this.entries.length < this.size) return true;
    const last = this.entries[this.entries.length - 1]!;
    const c = compareScores(score, last.score);
    return c > 0 || (c === 0 && key < last.key);
  }

  offer(score: Scored, key: number, item: T): void {
    if (!this.wants(score, key)) return;
    const entry = { score: { ...score }, key, item };
    let i = this.entries.length;
    while (i > 0) {
      const c = compareScores(score, this.entries[i - 1]!.score);
      if (c < 0 || (c === 0 && key > this.entries[i - 1]!.key)) break;
      i--;
    }
    this.entries.splice(i, 0, entry);
    if (this.entries.length > this.size) this.entries.pop();
  }

  /** True when the list is full of candidates that all raise Inclusion above the floor. */
  fullOfRises(): boolean {
    return this.entries.length === this.size && up(this.entries[this.entries.length - 1]!.score.inclusion) > up(this.floor.inclusion);
  }
}
