// Baseline and scenario in one picture: the scenario's network plus ghosts of what it removed, each marked.

import type { Actor, Network, Tie } from '../model/types';

export const SAME = 0;
export const ADDED = 1;
export const REMOVED = 2;
export const CHANGED = 3;
/** Not a scenario status: a tie the source gives no start year for, drawn faint on the timeline. */
export const UNDATED = 4;
export type Status = typeof SAME | typeof ADDED | typeof REMOVED | typeof CHANGED | typeof UNDATED;

export interface Overlay {
  /** The scenario's actors and ties, then the baseline's removed ones (kept so they can be drawn as ghosts). */
  network: Network;
  actorStatus: ReadonlyMap<string, Status>;
  tieStatus: ReadonlyMap<string, Status>;
}

function sameActor(a: Actor, b: Actor): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Marks every actor and tie of `scenario` as same, added or changed against `baseline`, and
 * appends the baseline's actors and ties that the scenario removed, marked removed. The
 * facilitator and title are the scenario's. Neither input is changed.
 */
export function overlayScenario(baseline: Network, scenario: Network): Overlay {
  const baseActors = new Map(baseline.actors.map((a) => [a.id, a]));
  const baseTies = new Map(baseline.ties.map((t) => [t.id, t]));
  const actorStatus = new Map<string, Status>();
  const tieStatus = new Map<string, Status>();

  for (const actor of scenario.actors) {
    const before = baseActors.get(actor.id);
    actorStatus.set(actor.id, !before ? ADDED : sameActor(before, actor) ? SAME : CHANGED);
  }
  for (const tie of scenario.ties) tieStatus.set(tie.id, baseTies.has(tie.id) ? SAME : ADDED);

  const removedActors: Actor[] = baseline.actors.filter((a) => !actorStatus.has(a.id));
  for (const actor of removedActors) actorStatus.set(actor.id, REMOVED);
  const removedTies: Tie[] = baseline.ties.filter((t) => !tieStatus.has(t.id));
  for (const tie of removedTies) tieStatus.set(tie.id, REMOVED);

  return {
    network: { ...scenario, actors: [...scenario.actors, ...removedActors], ties: [...scenario.ties, ...removedTies] },
    actorStatus,
    tieStatus,
  };
}
