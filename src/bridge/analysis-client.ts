// The UI's handle on the analysis worker: one analysis at a time, stale ones dropped, crashes survived.

import type { Analysis, AnalysisOptions } from '../core/metrics/analysis';
import type { Network } from '../core/model/types';
import type { AnalysisApi } from '../../workers/analysis-api';
import { Latest, type Stale } from './latest';
import { SupervisedWorker, type WorkerCrashedError } from './supervised-worker';
import { comlinkPort, type WorkerPort } from './worker-port';

export function analysisWorkerPort(): WorkerPort<AnalysisApi> {
  const worker = new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  });
  return comlinkPort<AnalysisApi>(worker);
}

export class AnalysisClient {
  /** One channel per kind of request (the baseline's, the scenario's): a newer request stales only its own channel. */
  #channels = new Map<string, Latest>();
  #worker: SupervisedWorker<AnalysisApi>;

  constructor(
    createPort: () => WorkerPort<AnalysisApi> = analysisWorkerPort,
    options: { onCrash?: (error: WorkerCrashedError) => void } = {},
  ) {
    this.#worker = new SupervisedWorker(createPort, options.onCrash ? { onCrash: options.onCrash } : {});
  }

  /** Every metric of the network, or STALE if a newer request on the same channel was made meanwhile. */
  analyse(network: Network, options: AnalysisOptions, channel = 'main'): Promise<Analysis | Stale> {
    return this.#channel(channel).run(() => this.#worker.call((api) => api.analyse(network, options)));
  }

  dispose(): void {
    for (const latest of this.#channels.values()) latest.invalidate();
    this.#worker.terminate();
  }

  #channel(name: string): Latest {
    let latest = this.#channels.get(name);
    if (!latest) this.#channels.set(name, (latest = new Latest()));
    return latest;
  }
}
