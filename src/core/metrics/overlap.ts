// Overlap O: how much of the facilitator's partners' combined contacts they share (METRICS.md).

import type { GraphIndex } from '../graph/graph-index';

/**
 * Marks the facilitator's partners P (actors tied to F directly) with 1. All zeros when the
 * network has no facilitator.
 */
export function partnerMarks(index: GraphIndex): Uint8Array {
  const marks = new Uint8Array(index.n);
  const f = index.facilitator;
  if (f < 0) return marks;
  for (let j = index.starts[f]!; j < index.starts[f + 1]!; j++) marks[index.neighbours[j]!] = 1;
  return marks;
}

/**
 * O = |{v : v is a direct contact of 2 or more partners}| / |{v : a contact of at least 1}|,
 * over v not in P and not F. METRICS.md's own measure: Burt's (1992) redundancy of contacts,
 * applied to the partners taken together as one ego. Null ("n/a") when there is no
 * facilitator or the partners have no contact outside P and F.
 */
export function overlap(index: GraphIndex): number | null {
  const f = index.facilitator;
  if (f < 0) return null;
  const { starts, neighbours } = index;
  const isPartner = partnerMarks(index);
  // Saturating at 2 is enough: only "at least one" and "at least two" matter.
  const hits = new Uint8Array(index.n);
  for (let j = starts[f]!; j < starts[f + 1]!; j++) {
    const p = neighbours[j]!;
    for (let i = starts[p]!; i < starts[p + 1]!; i++) {
      const v = neighbours[i]!;
      if (v !== f && !isPartner[v] && hits[v]! < 2) hits[v]!++;
    }
  }
  let contacts = 0;
  let shared = 0;
  for (let v = 0; v < index.n; v++) {
    if (hits[v]! >= 1) contacts++;
    if (hits[v]! >= 2) shared++;
  }
  return contacts === 0 ? null : shared / contacts;
}
