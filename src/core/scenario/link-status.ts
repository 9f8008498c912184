// The status of each drawn link: a link stands for every tie between one pair of actors.

import type { LayoutInput } from '../layout/layout-input';
import type { Network } from '../model/types';
import { ADDED, REMOVED, SAME, type Overlay, type Status } from './overlay';

/** Statuses aligned with `input`'s actors and links (a link is new only if all its ties are, gone only if all are). */
export function overlayStatuses(input: LayoutInput, overlay: Overlay): { actors: Uint8Array; links: Uint8Array } {
  const actors = Uint8Array.from(input.ids, (id) => overlay.actorStatus.get(id) ?? SAME);
  const byPair = pairStatuses(overlay.network, overlay.tieStatus);
  const links = new Uint8Array(input.links.length / 2);
  for (let e = 0; e < links.length; e++) {
    const a = input.ids[input.links[2 * e]!]!;
    const b = input.ids[input.links[2 * e + 1]!]!;
    links[e] = byPair.get(pairKey(a, b)) ?? SAME;
  }
  return { actors, links };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function pairStatuses(network: Network, tieStatus: ReadonlyMap<string, Status>): Map<string, Status> {
  const byPair = new Map<string, Status>();
  for (const tie of network.ties) {
    const key = pairKey(tie.source, tie.target);
    const status = tieStatus.get(tie.id) ?? SAME;
    const before = byPair.get(key);
    byPair.set(key, before === undefined || before === status ? status : merge(before, status));
  }
  return byPair;
}

/** Two ties of one pair with different statuses: the pair existed before unless both are new or both gone. */
function merge(a: Status, b: Status): Status {
  if ((a === ADDED && b === REMOVED) || (a === REMOVED && b === ADDED)) return SAME;
  return a === SAME || b === SAME ? SAME : a;
}
