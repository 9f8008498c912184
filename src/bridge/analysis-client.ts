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
  #latest = new Latest();
  #worker: SupervisedWorker<AnalysisApi>;

  constructor(
    createPort: () => WorkerPort<AnalysisApi> = analysisWorkerPort,
    options: { onCrash?: (error: WorkerCrashedError) => void } = {},
  ) {
    this.#worker = new SupervisedWorker(createPort, options.onCrash ? { onCrash: options.onCrash } : {});
  }

  /** Every metric of the network, or STALE if a newer request was made meanwhile. */
  analyse(network: Network, options: AnalysisOptions): Promise<Analysis | Stale> {
    return this.#latest.run(() => this.#worker.call((api) => api.analyse(network, options)));
  }

  dispose(): void {
    this.#latest.invalidate();
    this.#worker.terminate();
  }
}
