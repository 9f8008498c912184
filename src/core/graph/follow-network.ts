// Moves a LiveGraph from one version of a network to the next, and says where the graph changed.

import type { Network } from '../model/types';
import { arrayChanges, removedBy } from './array-changes';
import type { LiveGraph } from './live-graph';

/** Where a change landed: what a k-step count can have changed around. */
export interface Touched {
  /** Ends of every edge that came or went (METRICS.md counts a pair once, so only the first tie and the last matter). */
  ends: number[];
  /** Actors that became, or stopped being, decision-makers. */
  flipped: number[];
  /** Actors added or changed: each one's own count is due again. */
  actors: number[];
}

/**
 * Applies to `graph` (which describes `base`) what turns `base` into `next`, by identity of
 * actor and tie objects: a tie gone or new, an actor gone, new or replaced by a changed copy
 * with the same id. Returns null when `next` cannot be followed exactly or cheaply (another
 * facilitator, an actor id twice, an actor appearing under ties that named it while it was
 * absent, or most of the network changed); the graph is then half-way and must be built afresh.
 */
export function followNetwork(graph: LiveGraph, base: Network, next: Network): Touched | null {
  if (next.facilitator !== graph.facilitatorId) return null;
  const actors = arrayChanges(base.actors, next.actors);
  const ties = arrayChanges(base.ties, next.ties);
  const goneActors = removedBy(base.actors, actors);
  const goneTies = removedBy(base.ties, ties);
  const size = goneActors.length + actors.added.length + goneTies.length + ties.added.length;
  if (size > (next.actors.length + next.ties.length) / 4 + 8) return null;
  const touched: Touched = { ends: [], flipped: [], actors: [] };
  for (const tie of goneTies) {
    const pair = graph.removeTie(tie);
    if (pair) touched.ends.push(...pair);
  }
  const added = new Map(actors.added.map((actor) => [actor.id, actor]));
  if (added.size < actors.added.length) return null;
  for (const actor of goneActors) {
    const slot = graph.slotOf.get(actor.id);
    if (slot === undefined || graph.actors[slot] !== actor) return null;
    const changed = added.get(actor.id);
    if (changed) {
      const wasDecisionMaker = graph.isDecisionMaker[slot];
      graph.replaceActor(slot, changed);
      added.delete(actor.id);
      if (graph.isDecisionMaker[slot] !== wasDecisionMaker) touched.flipped.push(slot);
      touched.actors.push(slot);
    } else {
      // Ties still naming it would be dropped from the graph now and come back with the actor.
      if (graph.tiesAt(actor.id) > 0) return null;
      graph.removeActor(slot);
    }
  }
  for (const actor of added.values()) {
    if (graph.slotOf.has(actor.id) || graph.tiesAt(actor.id) > 0) return null;
    touched.actors.push(graph.addActor(actor));
  }
  for (const tie of ties.added) {
    const pair = graph.addTie(tie);
    if (pair) touched.ends.push(...pair);
  }
  return touched;
}
