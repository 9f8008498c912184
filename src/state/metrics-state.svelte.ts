// The metrics of the network on screen, computed in the analysis worker; the newest request wins.

import { AnalysisClient } from '../bridge/analysis-client';
import { STALE } from '../bridge/latest';
import type { Analysis } from '../core/metrics/analysis';
import type { Network } from '../core/model/types';

export class MetricsState {
  analysis = $state.raw<Analysis | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);
  /** Actor id to its position in the analysis's per-actor arrays. */
  readonly position = $derived(new Map((this.analysis?.ids ?? []).map((id, i) => [id, i])));
  #client: AnalysisClient;

  constructor(client?: AnalysisClient) {
    this.#client = client ?? new AnalysisClient();
  }

  async refresh(network: Network, k: number): Promise<void> {
    this.computing = true;
    try {
      const result = await this.#client.analyse(network, { k });
      if (result === STALE) return;
      this.analysis = result;
      this.error = null;
      this.computing = false;
    } catch (error) {
      this.error = `The metrics could not be computed: ${error instanceof Error ? error.message : String(error)}`;
      this.computing = false;
    }
  }

  dispose(): void {
    this.#client.dispose();
  }
}
