// What a candidate new partner x would add: its marginal overlap and its new reach (METRICS.md).

import type { GraphIndex } from '../graph/graph-index';
import { partnerMarks } from './overlap';

export interface CandidatePartner {
  /** |N(x) ∩ N(P)| / |N(x)|; null when x has no contacts or there is no facilitator. */
  marginalOverlap: number | null;
  /** |N(x) \ (N(P) ∪ P ∪ {F})|; null when there is no facilitator. */
  newReach: number | null;
}

/**
 * Marginal overlap and new reach of candidate partner x (an index or an actor id), with
 * METRICS.md's sets taken literally: N(x) is x's direct contacts, N(P) the union of the
 * partners' direct contacts (which contains F, and any partner tied to another partner).
 * If x already is a partner the numbers describe it against all partners, itself included.
 */
export function candidatePartner(index: GraphIndex, x: number | string): CandidatePartner {
  const xi = typeof x === 'number' ? x : (index.indexOf.get(x) ?? -1);
  if (xi < 0 || xi >= index.n) throw new RangeError(`candidatePartner: unknown actor ${String(x)}`);
  const f = index.facilitator;
  if (f < 0) return { marginalOverlap: null, newReach: null };
  const { starts, neighbours } = index;
  const isPartner = partnerMarks(index);
  const inNP = new Uint8Array(index.n);
  for (let j = starts[f]!; j < starts[f + 1]!; j++) {
    const p = neighbours[j]!;
    for (let i = starts[p]!; i < starts[p + 1]!; i++) inNP[neighbours[i]!] = 1;
  }
  let contacts = 0;
  let shared = 0;
  let fresh = 0;
  for (let j = starts[xi]!; j < starts[xi + 1]!; j++) {
    const v = neighbours[j]!;
    contacts++;
    if (inNP[v]) shared++;
    else if (!isPartner[v] && v !== f) fresh++;
  }
  return { marginalOverlap: contacts === 0 ? null : shared / contacts, newReach: fresh };
}
