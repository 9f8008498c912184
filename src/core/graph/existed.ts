// Which actors and ties existed in a given year (the timeline view, and `year` in buildGraphIndex).

import type { Actor, Tie } from '../model/types';

/**
 * An actor existed in `year` unless it is known to start later (`since > year`).
 * Actors have no end year; one without `since` has always been there.
 */
export function actorExisted(actor: Actor, year: number | undefined): boolean {
  return year === undefined || actor.since === undefined || actor.since <= year;
}

/**
 * A tie existed in `year` if it had started (`since <= year`) and had not yet ended
 * (`until >= year`): both ends are inclusive, so a tie with `until = Y` still existed in Y
 * (the report describes KWN leaving the group during that year, not before it).
 */
export function tieExisted(tie: Tie, year: number | undefined): boolean {
  if (year === undefined) return true;
  if (tie.since !== undefined && tie.since > year) return false;
  return tie.until === undefined || tie.until >= year;
}
