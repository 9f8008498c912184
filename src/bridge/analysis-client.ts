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

/** How long a quick request may go unanswered before the worker is taken for hung. */
export const WATCHDOG_MS = 2000;

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

  /**
   * Every metric of the network, or STALE if a newer request on the same channel was made
   * meanwhile. Headline-only requests are quick, so a worker that has not answered one within
   * WATCHDOG_MS is taken for hung and replaced.
   */
  analyse(network: Network, options: AnalysisOptions, channel = 'main'): Promise<Analysis | Stale> {
    const watchdog = options.detail === 'headline' ? { watchdogMs: WATCHDOG_MS } : {};
    return this.#channel(channel).run(() => this.#worker.call((api) => api.analyse(network, options), watchdog));
  }

  /** Abandons the analyses in flight (their callers get an AbortError); the next request starts a fresh worker. */
  cancel(): void {
    this.#worker.abort();
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
