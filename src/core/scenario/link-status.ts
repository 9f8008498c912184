// The status of each drawn link: a link stands for every tie between one pair of actors.

import type { LayoutInput } from '../layout/layout-input';
import type { Network, Tie } from '../model/types';
import { ADDED, REMOVED, SAME, UNDATED, type Overlay, type Status } from './overlay';

export interface DrawnStatuses {
  actors: Uint8Array;
  links: Uint8Array;
}

/** Statuses aligned with `input`'s actors and links (a link is new only if all its ties are, gone only if all are). */
export function overlayStatuses(input: LayoutInput, overlay: Overlay): DrawnStatuses {
  return {
    actors: Uint8Array.from(input.ids, (id) => overlay.actorStatus.get(id) ?? SAME),
    links: linkStatuses(input, overlay.network, (tie) => overlay.tieStatus.get(tie.id) ?? SAME),
  };
}

/** On the timeline: links whose ties all lack a start year are marked UNDATED, to be drawn faint. */
export function timelineStatuses(input: LayoutInput, network: Network): DrawnStatuses {
  return {
    actors: new Uint8Array(input.ids.length),
    links: linkStatuses(input, network, (tie) => (tie.since === undefined ? UNDATED : SAME)),
  };
}

function linkStatuses(input: LayoutInput, network: Network, statusOf: (tie: Tie) => Status): Uint8Array {
  const n = input.ids.length;
  const indexOf = new Map(input.ids.map((id, i) => [id, i]));
  // A pair as one number (exact while n < 9e7), as layoutInputOf keys it: cheaper than a string per tie.
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const byPair = new Map<number, Status>();
  for (const tie of network.ties) {
    const s = indexOf.get(tie.source);
    const t = indexOf.get(tie.target);
    if (s === undefined || t === undefined) continue;
    const key = pairKey(s, t);
    const status = statusOf(tie);
    const before = byPair.get(key);
    byPair.set(key, before === undefined || before === status ? status : merge(before, status));
  }
  const links = new Uint8Array(input.links.length / 2);
  for (let e = 0; e < links.length; e++) links[e] = byPair.get(pairKey(input.links[2 * e]!, input.links[2 * e + 1]!)) ?? SAME;
  return links;
}

/** Ties of one pair with different statuses: the pair existed before unless all are new or all gone. */
function merge(a: Status, b: Status): Status {
  if ((a === ADDED && b === REMOVED) || (a === REMOVED && b === ADDED)) return SAME;
  return a === SAME || b === SAME ? SAME : a;
}
