// The UI's handle on the search worker: one search at a time, with progress; cancel ends the worker.

import { proxy } from 'comlink';
import type { SuggestionResult } from '../core/metrics/suggestions';
import type { Network } from '../core/model/types';
import type { SearchApi, SearchOptions } from '../../workers/search-api';
import { Latest, type Stale } from './latest';
import { SupervisedWorker } from './supervised-worker';
import { comlinkPort, type WorkerPort } from './worker-port';

export function searchWorkerPort(): WorkerPort<SearchApi> {
  const worker = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  return comlinkPort<SearchApi>(worker);
}

export class SearchClient {
  #latest = new Latest();
  #worker: SupervisedWorker<SearchApi>;

  constructor(createPort: () => WorkerPort<SearchApi> = searchWorkerPort) {
    this.#worker = new SupervisedWorker(createPort);
  }

  /** A newer search makes this one stale; `cancel` makes it reject with an AbortError. */
  suggest(network: Network, options: SearchOptions, onProgress: (done: number, total: number) => void): Promise<SuggestionResult | Stale> {
    return this.#latest.run(() => this.#worker.call((api) => api.suggest(network, options, proxy(onProgress))));
  }

  cancel(): void {
    this.#worker.abort();
  }

  dispose(): void {
    this.#latest.invalidate();
    this.#worker.terminate();
  }
}
