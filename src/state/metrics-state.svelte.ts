// The metrics of the baseline and of the network described, from the analysis worker: headline numbers first, the rest after.

import { tick, untrack } from 'svelte';
import { AnalysisClient, type RefinementUpdate } from '../bridge/analysis-client';
import { STALE, type Stale } from '../bridge/latest';
import { WorkerCrashedError } from '../bridge/supervised-worker';
import type { Analysis } from '../core/metrics/analysis';
import { carryOver } from '../core/metrics/carry-over';
import type { Network } from '../core/model/types';
import { t } from '../i18n/i18n.svelte';
import { afterPaint } from './after-paint';
import { mark } from './milestones';
import { Refinements, type Progress } from './refinements';

/** A full analysis running longer than this is cancelled when a newer edit comes (its result would be stale). */
const LONG_ANALYSIS_MS = 200;
/** Restarts in a row after which a failing analysis is reported rather than retried. */
const MAX_RETRIES = 2;
/** How long the map waits for the numbers of the networks it is to show before it shows them anyway. */
const NUMBERS_FIRST_MS = 150;
/**
 * Below this many actors the map is derived and drawn in a few milliseconds: holding it back would only
 * delay it (measured: at 150 actors holding it cost the picture 50 ms and saved the numbers nothing;
 * at 1,000 it saved the numbers 25 ms).
 */
const NUMBERS_FIRST_FROM = 500;

type Role = 'baseline' | 'current';

let lastPositions: { ids: readonly string[]; positions: ReadonlyMap<string, number> } = { ids: [], positions: new Map() };

/** Actor id to its place in `ids`; the last map again when the ids are the same (most edits keep every actor), saving milliseconds at thousands. */
function positionsOf(ids: readonly string[]): ReadonlyMap<string, number> {
  const same = ids.length === lastPositions.ids.length && ids.every((id, i) => id === lastPositions.ids[i]);
  if (!same) lastPositions = { ids, positions: new Map(ids.map((id, i) => [id, i])) };
  return lastPositions.positions;
}

export class MetricsState {
  /** Of the baseline (as of the timeline's year, when it is on). */
  baseline = $state.raw<Analysis | null>(null);
  /** Of the network described: the active scenario, or the baseline again. */
  current = $state.raw<Analysis | null>(null);
  /** True until the slower per-actor metrics of the latest request have arrived. */
  computing = $state(false);
  error = $state<string | null>(null);
  /** How far the betweenness on show has been refined toward exact, in sources (null: it is exact). */
  betweennessProgress = $state.raw<Omit<Progress, 'paused'> | null>(null);
  /** How many actors' fragility is known, and whether a person stopped the rest (null: all of it is known). */
  fragilityProgress = $state.raw<Progress | null>(null);
  /**
   * The networks of the latest refresh once their headline numbers are on screen (or failed, or
   * took longer than NUMBERS_FIRST_MS; at once for a small network): what the map may move on to
   * (see NetworkState.shown). After an edit the numbers are what a person waits for.
   */
  readyFor = $state.raw<{ baseline: Network; current: Network } | null>(null);
  /** Analyses of several networks side by side (the compare view), by key. */
  comparison = $state.raw<ReadonlyMap<string, Analysis>>(new Map());
  /** Actor id to its position in the current analysis's per-actor arrays. */
  readonly position = $derived(positionsOf(this.current?.ids ?? []));
  #client: AnalysisClient;
  /** The baseline last analysed in full, and at which k: an edit to a scenario leaves it as it was. */
  #analysed: { network: Network; k: number } | null = null;
  #generation = 0;
  #retries = 0;
  /** When the full analysis in flight started (null: none): a newer edit cancels one that runs long. */
  #fullSince: number | null = null;
  #refining: Record<Role, Refinements | null> = { baseline: null, current: null };

  constructor(client?: AnalysisClient) {
    // A crash ends the worker's refinements with it: forget them, and the baseline that was still being refined.
    this.#client = client ?? new AnalysisClient(undefined, { onCrash: () => this.#dropRefinements() });
  }

  /**
   * Recomputes both analyses in two rounds: the headline numbers (milliseconds, even for
   * thousands of actors), then everything else. A newer refresh makes an older one's rounds moot.
   * Betweenness of a big network comes as an estimate and is refined in the worker's spare time.
   */
  async refresh(baseline: Network, current: Network, k: number): Promise<void> {
    const generation = ++this.#generation;
    const deadline = setTimeout(() => this.#ready(generation, baseline, current), NUMBERS_FIRST_MS);
    if (Math.max(baseline.actors.length, current.actors.length) < NUMBERS_FIRST_FROM) this.#ready(generation, baseline, current);
    // Called from an effect: what is read here of this state must not become the effect's dependencies.
    const cached = untrack(() => {
      if (this.#fullSince !== null && performance.now() - this.#fullSince > LONG_ANALYSIS_MS) {
        this.#client.cancel();
        this.#dropRefinements();
      }
      const kept = this.#analysed?.network === baseline && this.#analysed.k === k && this.baseline !== null;
      if (!kept) this.#refining.baseline = null;
      this.#refining.current = null;
      this.#showProgress();
      return kept;
    });
    this.computing = true;
    const same = current === baseline;
    try {
      for (const detail of ['headline', 'full'] as const) {
        if (detail === 'full') this.#fullSince = performance.now();
        const refine = (role: Role) => (detail === 'full' ? this.#refine(role) : undefined);
        // A cached baseline is left as it is: its betweenness may have been refined meanwhile.
        const [base, now] = await Promise.all([
          cached ? null : this.#client.analyse(baseline, { k, detail }, `baseline:${detail}`, refine('baseline')),
          same ? null : this.#client.analyse(current, { k, detail }, `current:${detail}`, refine('current')),
        ]);
        if (generation !== this.#generation || base === STALE || now === STALE) return;
        this.#show(base, now, detail);
        if (detail === 'headline') afterPaint(() => this.#ready(generation, baseline, current));
      }
      this.#analysed = { network: baseline, k };
      // After a restart the notice stays, now saying so: a recovery quicker than a glance would otherwise go unseen.
      this.error = this.#retries > 0 ? t('metrics.workerRestarted') : null;
    } catch (error) {
      if (generation !== this.#generation) return;
      if (error instanceof WorkerCrashedError && this.#retries++ < MAX_RETRIES) {
        // The worker crashed or hung and has been replaced; the network is still here, so ask again.
        this.error = t('metrics.workerRecomputing');
        return this.refresh(baseline, current, k);
      }
      this.error = t('metrics.failed', { reason: error instanceof Error ? error.message : String(error) });
      this.#ready(generation, baseline, current);
    } finally {
      if (generation === this.#generation) this.#fullSince = null;
      clearTimeout(deadline);
    }
    this.#retries = 0;
    this.computing = false;
  }

  /** Lets the map move on to `baseline` and `current`, unless a newer refresh has begun. */
  #ready(generation: number, baseline: Network, current: Network): void {
    if (generation !== this.#generation) return;
    // Also called from refresh, inside the caller's effect: reading readyFor must not make it a dependency.
    const shown = untrack(() => this.readyFor);
    if (shown?.baseline !== baseline || shown.current !== current) this.readyFor = { baseline, current };
  }

  #show(base: Analysis | null, now: Analysis | null, detail: 'headline' | 'full'): void {
    const previous = this.current;
    if (base) this.baseline = detail === 'headline' ? carryOver(base, this.baseline) : base;
    this.current = now ? (detail === 'headline' ? carryOver(now, previous) : now) : this.baseline;
    // Marked once the numbers are in the page, not merely in this state.
    if (detail === 'headline') void tick().then(() => mark('metrics-updated'));
    if (detail === 'full') {
      for (const role of ['baseline', 'current'] as const) {
        const refinement = this.#refining[role];
        if (refinement && !refinement.shown) {
          refinement.shown = true;
          this.#applyRefinement(role);
        }
      }
    }
  }

  /** A callback for the worker's refinements of `role`'s full analysis; a later one for the same role replaces it. */
  #refine(role: Role): (update: RefinementUpdate) => void {
    const refinements = new Refinements();
    this.#refining[role] = refinements;
    return (update) => {
      if (this.#refining[role] !== refinements) return;
      refinements.hear(update);
      if (refinements.shown) this.#applyRefinement(role);
    };
  }

  #applyRefinement(role: Role): void {
    const refinements = this.#refining[role]!;
    const analysis = this[role];
    const refined = refinements.applyTo(analysis);
    if (refined !== analysis) {
      // With no scenario the baseline is what is on show, too.
      if (role === 'baseline' && this.current === this.baseline) this.current = refined;
      this[role] = refined;
    }
    if (refinements.finished) this.#refining[role] = null;
    this.#showProgress();
  }

  /** The role whose analysis is on show: the baseline when no scenario is. */
  #onShow(): Role {
    return this.current !== null && this.current === this.baseline ? 'baseline' : 'current';
  }

  #showProgress(): void {
    const on = this.#refining[this.#onShow()];
    const betweenness = on?.progress('betweenness') ?? null;
    this.betweennessProgress = betweenness && { done: betweenness.done, total: betweenness.total };
    this.fragilityProgress = on?.progress('fragility') ?? null;
  }

  /** Stops working out the fragility of the rest of the actors on show (it can take minutes at k = 4): the list keeps those done. */
  pauseFragility(): Promise<void> {
    return this.#holdFragility(true);
  }

  /** Goes on working out the fragility that pauseFragility stopped. */
  resumeFragility(): Promise<void> {
    return this.#holdFragility(false);
  }

  async #holdFragility(paused: boolean): Promise<void> {
    const role = this.#onShow();
    const refinements = this.#refining[role];
    if (!refinements?.hold('fragility', paused)) return;
    this.#showProgress();
    const channel = `${role}:full`;
    const held = await (paused ? this.#client.pauseRefinement(channel, 'fragility') : this.#client.resumeRefinement(channel, 'fragility'))
      .catch(() => false);
    // Gone in the worker meanwhile (a newer analysis, a restart): nothing is left to hold or resume.
    if (!held && this.#refining[role] === refinements) {
      refinements.drop('fragility');
      this.#showProgress();
    }
  }

  #dropRefinements(): void {
    if (this.#refining.baseline) this.#analysed = null;
    this.#refining = { baseline: null, current: null };
    this.#showProgress();
  }

  /** Analyses every network given, for the compare view; fragility is skipped, the table does not show it. */
  async compare(entries: readonly { key: string; network: Network }[], k: number): Promise<void> {
    try {
      const results: (Analysis | Stale)[] = await Promise.all(
        entries.map((e) => this.#client.analyse(e.network, { k, fragility: false }, `compare:${e.key}`)),
      );
      if (results.some((r) => r === STALE)) return;
      this.comparison = new Map(entries.map((e, i) => [e.key, results[i] as Analysis]));
    } catch (error) {
      this.error = t('metrics.compareFailed', { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  dispose(): void {
    this.#client.dispose();
  }
}
