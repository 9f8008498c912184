// Reads a saved view leniently: a field that is not valid falls back to its default and is noted.

import { ACTOR_KINDS, COUNTRIES, type ActorKind, type Country } from '../core/model/types';
import type { SizeMetric, ViewMode } from '../state/view-state.svelte';
import { DEFAULT_VIEW, type WorkspaceView } from './workspace';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../core/model/problem-words';
import { valueOrMissing } from './value-or-missing';

// The view state's own lists live in a rune module; these are checked against its types.
const VIEW_MODES = ['map', 'list', 'compare'] as const satisfies readonly ViewMode[];
const SIZE_METRICS = ['degree', 'betweenness', 'reach', 'constraint'] as const satisfies readonly SizeMetric[];
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const modesCovered: Covers<ViewMode, (typeof VIEW_MODES)[number]> = true;
const metricsCovered: Covers<SizeMetric, (typeof SIZE_METRICS)[number]> = true;
void modesCovered;
void metricsCovered;

/** The view, with every invalid field replaced by its default and named in `repairs`. */
export function checkView(raw: unknown, label: string, words: ProblemWords = ENGLISH_PROBLEMS): { view: WorkspaceView; repairs: string[] } {
  const repairs: string[] = [];
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (record !== raw) repairs.push(`${label}: ${say(words, 'fileProblems.defaultView')}`);
  function field<T>(name: keyof WorkspaceView, ok: (value: unknown) => boolean): T {
    const value = record[name];
    if (ok(value)) return value as T;
    if (record === raw) repairs.push(`${label}, ${name}: ${valueOrMissing(words, value, 'fileProblems.defaultViewField', 'fileProblems.missingViewField')}`);
    return structuredClone(DEFAULT_VIEW[name]) as T;
  }
  const nullOr = (test: (v: unknown) => boolean) => (v: unknown) => v === null || test(v);
  const listOf = (allowed: readonly string[]) => (v: unknown) => Array.isArray(v) && v.every((x) => allowed.includes(x as string));
  const view: WorkspaceView = {
    mode: field<ViewMode>('mode', (v) => VIEW_MODES.includes(v as ViewMode)),
    selectedId: field<string | null>('selectedId', nullOr((v) => typeof v === 'string')),
    k: field<number>('k', (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 4),
    sizeBy: field<SizeMetric>('sizeBy', (v) => SIZE_METRICS.includes(v as SizeMetric)),
    year: field<number | null>('year', nullOr((v) => Number.isInteger(v))),
    hiddenKinds: field<ActorKind[]>('hiddenKinds', listOf(ACTOR_KINDS)),
    hiddenCountries: field<Country[]>('hiddenCountries', listOf(COUNTRIES)),
  };
  return { view: { ...view, hiddenKinds: [...view.hiddenKinds], hiddenCountries: [...view.hiddenCountries] }, repairs };
}
