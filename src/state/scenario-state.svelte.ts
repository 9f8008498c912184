// The baseline, the saved scenarios, and the active one's edits with undo and redo.

import { networkIds } from '../core/model/network-ids';
import { applyEdits, type Applied } from '../core/scenario/apply';
import { canRedo, canUndo, createHistory, push, redo, undo, type History } from '../core/scenario/history';
import type { Edit, Scenario } from '../core/scenario/types';
import type { Network } from '../core/model/types';
import { t } from '../i18n/i18n.svelte';

/** The seed every layout starts from, stored with each scenario so it lays out the same way twice. */
export const LAYOUT_SEED = 2011;

/** Every edit looks the baseline's ids up (see networkIds): indexed while the page is idle, not at the first edit. */
function indexWhenIdle(baseline: Network): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => networkIds(baseline), { timeout: 2000 });
}

type Histories = ReadonlyMap<string, History<Edit[]>>;

/** What persistence keeps of this state: plain data, no proxies; undo histories stay in memory. */
export interface ScenarioSnapshot {
  scenarios: Scenario[];
  activeId: string | null;
  referenceId: string | null;
}

export class ScenarioState {
  /** The network every scenario edits; replaced only by `open`, with the scenarios that belong to it. */
  baseline = $state.raw<Network>(null!);
  scenarios = $state.raw<readonly Scenario[]>([]);
  /** The scenario on screen, or null for the baseline. */
  activeId = $state<string | null>(null);
  /** What the scenario on screen is compared with: another scenario, or null for the baseline. */
  referenceId = $state<string | null>(null);
  #histories = $state.raw<Histories>(new Map());

  readonly active = $derived(this.scenarios.find((s) => s.id === this.activeId) ?? null);
  readonly history = $derived(this.activeId === null ? null : (this.#histories.get(this.activeId) ?? null));
  readonly applied: Applied | null = $derived(this.active ? applyEdits(this.baseline, this.active.edits) : null);
  /** The network the metrics, panels and list describe: the baseline or the active scenario. */
  readonly network = $derived(this.applied?.network ?? this.baseline);
  /** The network the one on screen is compared with (its numbers' "before", its ghosts). */
  readonly reference: Network = $derived(this.networkOf(this.referenceId === this.activeId ? null : this.referenceId));
  readonly canUndo = $derived(this.history !== null && canUndo(this.history));
  readonly canRedo = $derived(this.history !== null && canRedo(this.history));

  constructor(baseline: Network) {
    this.baseline = baseline;
    indexWhenIdle(baseline);
  }

  /** Starts a new, empty scenario and shows it. */
  create(name = this.#nextName(), edits: Edit[] = []): Scenario {
    const scenario: Scenario = { id: this.#nextId(), name, note: '', seed: LAYOUT_SEED, edits };
    this.scenarios = [...this.scenarios, scenario];
    this.#histories = new Map([...this.#histories, [scenario.id, createHistory(edits)]]);
    this.activeId = scenario.id;
    return scenario;
  }

  show(id: string | null): void {
    this.activeId = id !== null && this.scenarios.some((s) => s.id === id) ? id : null;
  }

  /** Compares the scenario on screen with another (null: the baseline). */
  compareWith(id: string | null): void {
    this.referenceId = id !== null && this.scenarios.some((s) => s.id === id) ? id : null;
  }

  /** The network of a saved scenario (null or an unknown id: the baseline). */
  networkOf(id: string | null): Network {
    if (id === this.activeId) return this.network;
    const scenario = this.scenarios.find((s) => s.id === id);
    return scenario ? applyEdits(this.baseline, scenario.edits).network : this.baseline;
  }

  /** Adds an edit to the active scenario; on the baseline, starts a scenario for it (the baseline never changes). */
  apply(edit: Edit): void {
    if (!this.active) this.create();
    this.#setEdits([...this.active!.edits, edit]);
  }

  /** Replaces the active scenario's whole edit list (a reset, a revealed solution) as one undoable step. */
  replaceEdits(edits: Edit[]): void {
    if (this.active) this.#setEdits(edits);
  }

  removeEdit(position: number): void {
    if (this.active) this.#setEdits(this.active.edits.filter((_, i) => i !== position));
  }

  undo(): void {
    if (this.history) this.#replaceHistory(undo(this.history));
  }

  redo(): void {
    if (this.history) this.#replaceHistory(redo(this.history));
  }

  update(changes: Partial<Pick<Scenario, 'name' | 'note'>>): void {
    if (this.active) this.#replace({ ...this.active, ...changes });
  }

  delete(id: string): void {
    this.scenarios = this.scenarios.filter((s) => s.id !== id);
    this.#histories = new Map([...this.#histories].filter(([key]) => key !== id));
    if (this.activeId === id) this.activeId = null;
    if (this.referenceId === id) this.referenceId = null;
  }

  /** Shows another baseline with its own scenarios (an imported network, or the embedded one again). */
  open(baseline: Network, snapshot: ScenarioSnapshot = { scenarios: [], activeId: null, referenceId: null }): void {
    this.baseline = baseline;
    indexWhenIdle(baseline);
    this.restore(snapshot);
  }

  /** The scenarios and which ones are shown, as plain data to save. */
  snapshot(): ScenarioSnapshot {
    const { scenarios, activeId, referenceId } = this;
    return $state.snapshot({ scenarios: [...scenarios], activeId, referenceId });
  }

  /** Replaces the scenarios with saved ones (a reload, another tab's save); each starts a fresh undo history. */
  restore(snapshot: ScenarioSnapshot): void {
    this.scenarios = snapshot.scenarios;
    this.#histories = new Map(snapshot.scenarios.map((s) => [s.id, createHistory(s.edits)]));
    this.show(snapshot.activeId);
    this.compareWith(snapshot.referenceId);
  }

  #setEdits(edits: Edit[]): void {
    this.#replaceHistory(push(this.history ?? createHistory(this.active!.edits), edits));
  }

  #replaceHistory(history: History<Edit[]>): void {
    const active = this.active!;
    this.#histories = new Map([...this.#histories, [active.id, history]]);
    this.#replace({ ...active, edits: history.present });
  }

  #replace(scenario: Scenario): void {
    this.scenarios = this.scenarios.map((s) => (s.id === scenario.id ? scenario : s));
  }

  #nextId(): string {
    const taken = new Set(this.scenarios.map((s) => s.id));
    let n = this.scenarios.length + 1;
    while (taken.has(`scenario-${n}`)) n++;
    return `scenario-${n}`;
  }

  #nextName(): string {
    const names = new Set(this.scenarios.map((s) => s.name));
    let n = this.scenarios.length + 1;
    while (names.has(t('scenario.defaultName', { number: n }))) n++;
    return t('scenario.defaultName', { number: n });
  }
}
