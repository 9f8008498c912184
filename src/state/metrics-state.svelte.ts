// The metrics of the baseline and of the network described, computed in the analysis worker.

import { AnalysisClient } from '../bridge/analysis-client';
import { STALE } from '../bridge/latest';
import type { Analysis } from '../core/metrics/analysis';
import type { Network } from '../core/model/types';

export class MetricsState {
  /** Of the baseline (as of the timeline's year, when it is on). */
  baseline = $state.raw<Analysis | null>(null);
  /** Of the network described: the active scenario, or the baseline again. */
  current = $state.raw<Analysis | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);
  /** Analyses of several networks side by side (the compare view), by key. */
  comparison = $state.raw<ReadonlyMap<string, Analysis>>(new Map());
  /** Actor id to its position in the current analysis's per-actor arrays. */
  readonly position = $derived(new Map((this.current?.ids ?? []).map((id, i) => [id, i])));
  #client: AnalysisClient;

  constructor(client?: AnalysisClient) {
    this.#client = client ?? new AnalysisClient();
  }

  /** Recomputes both analyses; only one is asked for when the network described is the baseline. */
  async refresh(baseline: Network, current: Network, k: number): Promise<void> {
    this.computing = true;
    try {
      const [base, now] = await Promise.all([
        this.#client.analyse(baseline, { k }, 'baseline'),
        current === baseline ? Promise.resolve(null) : this.#client.analyse(current, { k }, 'current'),
      ]);
      if (base === STALE || now === STALE) return;
      this.baseline = base;
      this.current = now ?? base;
      this.error = null;
    } catch (error) {
      this.error = `The metrics could not be computed: ${error instanceof Error ? error.message : String(error)}`;
    }
    this.computing = false;
  }

  /** Analyses every network given, for the compare view; fragility is skipped, the table does not show it. */
  async compare(entries: readonly { key: string; network: Network }[], k: number): Promise<void> {
    try {
      const results = await Promise.all(
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
