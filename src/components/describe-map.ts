// The map in words, for screen readers: what the picture shows, who has keyboard focus, and a selection's neighbourhood.

import { REGIONS } from '../core/layout/regions';
import { DECISION_MAKER_KINDS, type Actor } from '../core/model/types';
import { KIND_STYLES } from './canvas/palette';

/** Kind, country and number of ties, e.g. ["UN agency", "Regional", "34 ties"]. */
export function actorFacts(actor: Actor, ties: number): string[] {
  const country = REGIONS.find((r) => r.country === actor.country)?.label ?? actor.country;
  return [KIND_STYLES[actor.kind].label, country, count(ties, 'tie')];
}

/** "A, B and C", or "A, B, … and 7 more" past `max` names. */
export function listed(names: readonly string[], max = 10): string {
  if (names.length <= 1) return names.join('');
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/** The neighbourhood a selection lights up, read from its hop counts (drawing order, -1 beyond k). */
export interface Neighbourhood {
  name: string;
  /** Names of the actors one step away, A to Z. */
  direct: string[];
  /** Actors within k steps, the selected one not counted, and the decision-makers among them. */
  within: number;
  decisionMakers: number;
  k: number;
}

export function neighbourhoodOf(actors: readonly Actor[], steps: Int8Array, selected: number, k: number, facilitator: string): Neighbourhood {
  const direct: string[] = [];
  let within = 0;
  let decisionMakers = 0;
  steps.forEach((step, i) => {
    if (step < 1) return;
    const actor = actors[i]!;
    within++;
    if (step === 1) direct.push(actor.name);
    if (DECISION_MAKER_KINDS.has(actor.kind) && actor.id !== facilitator) decisionMakers++;
  });
  return { name: actors[selected]?.name ?? '', direct: direct.sort((a, b) => a.localeCompare(b)), within, decisionMakers, k };
}

export interface MapSummary {
  actors: number;
  ties: number;
  /** Actors the filters hide. */
  hidden: number;
  /** The timeline's year, or null. */
  year: number | null;
  /** The scenario shown, or null for the baseline. */
  scenario: string | null;
  selected: Neighbourhood | null;
}

export function describeMap(map: MapSummary): string {
  const parts = [`Network map of ${count(map.actors, 'actor')} and ${count(map.ties, 'tie')}`
    + `${map.scenario ? ` in the scenario ${map.scenario}` : ''}${map.year === null ? '' : `, as it stood in ${map.year}`}.`];
  if (map.hidden > 0) parts.push(`${count(map.hidden, 'actor')} hidden by the filters.`);
  const s = map.selected;
  if (s) {
    parts.push(`Selected: ${s.name}.`, s.direct.length === 0 ? 'It has no ties.' : `Tied directly to ${count(s.direct.length, 'actor')}: ${listed(s.direct)}.`);
    parts.push(`Within ${count(s.k, 'step')}: ${count(s.within, 'actor')}, ${s.decisionMakers} of them ${s.decisionMakers === 1 ? 'a decision-maker' : 'decision-makers'}.`);
  }
  parts.push('The List view shows the same network as a table.');
  return parts.join(' ');
}
