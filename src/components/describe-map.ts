// The map in words, for screen readers: what the picture shows, who has keyboard focus, and a selection's neighbourhood.

import { DECISION_MAKER_KINDS, type Actor } from '../core/model/types';
import { i18n, t } from '../i18n/i18n.svelte';
import { listNames } from '../i18n/list-names';
import { countryName, kindName } from '../i18n/vocabulary';

/** Kind, country and number of ties, e.g. ["UN agency", "Regional", "34 ties"]. */
export function actorFacts(actor: Actor, ties: number): string[] {
  return [kindName(actor.kind), countryName(actor.country), t('map.tieCount', { count: ties })];
}

/** Names as a sentence lists them, at most ten. */
export const listed = (names: readonly string[], max = 10): string => listNames(names, max);

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
  return { name: actors[selected]?.name ?? '', direct: direct.sort(new Intl.Collator(i18n.tag).compare), within, decisionMakers, k };
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
  const counts = { actors: t('map.actorCount', { count: map.actors }), ties: t('map.tieCount', { count: map.ties }) };
  const { scenario, year } = map;
  const parts = [scenario !== null && year !== null ? t('map.summaryScenarioYear', { ...counts, scenario, year })
    : scenario !== null ? t('map.summaryScenario', { ...counts, scenario })
      : year !== null ? t('map.summaryYear', { ...counts, year })
        : t('map.summary', counts)];
  if (map.hidden > 0) parts.push(t('map.hidden', { count: map.hidden }));
  const s = map.selected;
  if (s) {
    parts.push(t('map.selectedName', { name: s.name }),
      s.direct.length === 0 ? t('map.noTies') : t('map.tiedDirectly', { count: s.direct.length, names: listed(s.direct) }));
    parts.push(t('map.withinSummary', {
      steps: t('map.stepCount', { count: s.k }), actors: t('map.actorCount', { count: s.within }), count: s.decisionMakers,
    }));
  }
  parts.push(t('map.listView'));
  return parts.join(' ');
}
