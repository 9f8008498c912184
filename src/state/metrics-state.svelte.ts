// The metrics of the baseline and of the network described, from the analysis worker: headline numbers first, the rest after.

import { AnalysisClient } from '../bridge/analysis-client';
import { STALE, type Stale } from '../bridge/latest';
import { WorkerCrashedError } from '../bridge/supervised-worker';
import type { Analysis } from '../core/metrics/analysis';
import { carryOver } from '../core/metrics/carry-over';
import type { Network } from '../core/model/types';
import { mark } from './milestones';

/** A full analysis running longer than this is cancelled when a newer edit comes (its result would be stale). */
const LONG_ANALYSIS_MS = 200;
/** Restarts in a row after which a failing analysis is reported rather than retried. */
const MAX_RETRIES = 2;

export class MetricsState {
  /** Of the baseline (as of the timeline's year, when it is on). */
  baseline = $state.raw<Analysis | null>(null);
  /** Of the network described: the active scenario, or the baseline again. */
  current = $state.raw<Analysis | null>(null);
  /** True until the slower per-actor metrics of the latest request have arrived. */
  computing = $state(false);
  error = $state<string | null>(null);
  /** Analyses of several networks side by side (the compare view), by key. */
  comparison = $state.raw<ReadonlyMap<string, Analysis>>(new Map());
  /** Actor id to its position in the current analysis's per-actor arrays. */
  readonly position = $derived(new Map((this.current?.ids ?? []).map((id, i) => [id, i])));
  #client: AnalysisClient;
  /** The baseline last analysed in full, and at which k: an edit to a scenario leaves it as it was. */
  #analysed: { network: Network; k: number } | null = null;
  #generation = 0;
  #retries = 0;
  /** When the full analysis in flight started (null: none): a newer edit cancels one that runs long. */
  #fullSince: number | null = null;

  constructor(client?: AnalysisClient) {
    this.#client = client ?? new AnalysisClient();
  }

  /**
   * Recomputes both analyses in two rounds: the headline numbers (milliseconds, even for
   * thousands of actors), then everything else. A newer refresh makes an older one's rounds moot.
   */
  async refresh(baseline: Network, current: Network, k: number): Promise<void> {
    const generation = ++this.#generation;
    if (this.#fullSince !== null && performance.now() - this.#fullSince > LONG_ANALYSIS_MS) this.#client.cancel();
    this.computing = true;
    const cached = this.#analysed?.network === baseline && this.#analysed.k === k ? this.baseline : null;
    const same = current === baseline;
    try {
      for (const detail of ['headline', 'full'] as const) {
        if (detail === 'full') this.#fullSince = performance.now();
        const [base, now] = await Promise.all([
          cached ?? this.#client.analyse(baseline, { k, detail }, `baseline:${detail}`),
          same ? null : this.#client.analyse(current, { k, detail }, `current:${detail}`),
        ]);
        if (generation !== this.#generation || base === STALE || now === STALE) return;
        this.#show(base, now, detail);
      }
      this.#analysed = { network: baseline, k };
      this.error = null;
    } catch (error) {
      if (generation !== this.#generation) return;
      if (error instanceof WorkerCrashedError && this.#retries++ < MAX_RETRIES) {
        // The worker crashed or hung and has been replaced; the network is still here, so ask again.
        this.error = 'The metrics worker stopped and was restarted; the numbers are being recomputed.';
        return this.refresh(baseline, current, k);
      }
      this.error = `The metrics could not be computed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      if (generation === this.#generation) this.#fullSince = null;
    }
    this.#retries = 0;
    this.computing = false;
  }

  #show(base: Analysis, now: Analysis | null, detail: 'headline' | 'full'): void {
    const previous = this.current;
    this.baseline = detail === 'headline' ? carryOver(base, this.baseline) : base;
    this.current = now ? (detail === 'headline' ? carryOver(now, previous) : now) : this.baseline;
    if (detail === 'headline') mark('metrics-updated');
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
      this.error = `The comparison could not be computed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  dispose(): void {
    this.#client.dispose();
  }
}
