// The network as it stood in a given year, and the span of years the network's data covers.

import { actorExisted, tieExisted } from '../graph/existed';
import type { Network } from '../model/types';

/**
 * The actors and ties that existed in `year` (existed.ts decides: an actor from its `since`, a
 * tie from `since` to `until`, both inclusive). A tie whose actor did not exist yet is left out
 * too, so the result is a valid network, just as buildGraphIndex({ year }) sees it. The input
 * is not changed; kept actors and ties are shared.
 */
export function networkInYear(network: Network, year: number): Network {
  const actors = network.actors.filter((actor) => actorExisted(actor, year));
  const present = new Set(actors.map((actor) => actor.id));
  const ties = network.ties.filter((tie) => tieExisted(tie, year) && present.has(tie.source) && present.has(tie.target));
  return { ...network, actors, ties };
}

/**
 * [first, last]: the earliest and latest year named by any actor's `since` or any tie's
 * `since` or `until` (2002..2011 for the report's network). Null when the network names no
 * year, so the timeline has nothing to show.
 */
export function yearRange(network: Network): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  const see = (year: number | undefined) => {
    if (year === undefined || !Number.isFinite(year)) return;
    if (year < first) first = year;
    if (year > last) last = year;
  };
  for (const actor of network.actors) see(actor.since);
  for (const tie of network.ties) {
    see(tie.since);
    see(tie.until);
  }
  return first === Infinity ? null : [first, last];
}
