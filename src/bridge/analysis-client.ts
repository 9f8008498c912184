// The UI's handle on the analysis worker: one analysis at a time, stale ones dropped, crashes survived.

import { proxy } from 'comlink';
import { arrayChanges } from '../core/graph/array-changes';
import type { Analysis, AnalysisOptions } from '../core/metrics/analysis';
import type { Network } from '../core/model/types';
import {
  NETWORK_MISSING, NETWORKS_HELD, type AnalysisApi, type NetworkMessage, type RefinedMetric, type RefinementUpdate,
} from '../../workers/analysis-api';
import { Latest, type Stale } from './latest';
import { SupervisedWorker, type WorkerCrashedError } from './supervised-worker';
import { comlinkPort, type WorkerPort } from './worker-port';

export type { RefinedMetric, RefinementUpdate };

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
  #ids = new WeakMap<Network, number>();
  #nextId = 1;
  /** The networks the worker holds, most recent last, as its own list (see NetworkMessage). */
  #held: Network[] = [];

  constructor(
    createPort: () => WorkerPort<AnalysisApi> = analysisWorkerPort,
    options: { onCrash?: (error: WorkerCrashedError) => void } = {},
  ) {
    this.#worker = new SupervisedWorker(createPort, {
      onCrash: (error) => {
        this.#held = [];
        options.onCrash?.(error);
      },
    });
  }

  /**
   * Every metric of the network, or STALE if a newer request on the same channel was made
   * meanwhile. Headline-only requests are quick, so a worker that has not answered one within
   * WATCHDOG_MS is taken for hung and replaced. With `onRefine`, a big network's betweenness
   * comes as an estimate and its fragility partly worked out, both refined in the worker's spare
   * time, each step told to onRefine until exact; the next request on the channel stops them.
   */
  analyse(network: Network, options: AnalysisOptions, channel = 'main', onRefine?: (update: RefinementUpdate) => void): Promise<Analysis | Stale> {
    const watchdog = options.detail === 'headline' ? { watchdogMs: WATCHDOG_MS } : {};
    const ask = (message: NetworkMessage) => this.#worker.call((api) => (onRefine
      ? api.analyse(message, options, channel, proxy(onRefine))
      : api.analyse(message, options)), watchdog);
    return this.#channel(channel).run(() => ask(this.#message(network)).catch((error: unknown) => {
      // A worker started afresh holds nothing yet: send the network whole.
      if (!(error instanceof Error) || error.message !== NETWORK_MISSING) throw error;
      this.#held = [];
      return ask(this.#message(network));
    }));
  }

  /** Holds the refinement of `metric` begun by the latest analysis on `channel`; false if it has ended. */
  pauseRefinement(channel: string, metric: RefinedMetric): Promise<boolean> {
    return this.#worker.call((api) => api.pauseRefinement(channel, metric));
  }

  /** Lets a held refinement go on; false if it has ended (a newer analysis, a restarted worker). */
  resumeRefinement(channel: string, metric: RefinedMetric): Promise<boolean> {
    return this.#worker.call((api) => api.resumeRefinement(channel, metric));
  }

  /** Abandons the analyses in flight (their callers get an AbortError); the next request starts a fresh worker. */
  cancel(): void {
    this.#worker.abort();
    this.#held = [];
  }

  dispose(): void {
    for (const latest of this.#channels.values()) latest.invalidate();
    this.#worker.terminate();
  }

  /** `network` by id if the worker holds it, else as changes against the network it received last, else whole. */
  #message(network: Network): NetworkMessage {
    let id = this.#ids.get(network);
    if (id === undefined) this.#ids.set(network, (id = this.#nextId++));
    const held = this.#held.indexOf(network);
    const base = this.#held.at(-1);
    this.#held = [...this.#held.filter((n) => n !== network), network].slice(-NETWORKS_HELD);
    if (held >= 0) return { id };
    if (!base) return { id, network };
    const actors = arrayChanges(base.actors, network.actors);
    const ties = arrayChanges(base.ties, network.ties);
    // Sharing little with the last one (another network altogether), it goes whole.
    if (actors.added.length + ties.added.length > (network.actors.length + network.ties.length) / 2) return { id, network };
    const { actors: _actors, ties: _ties, ...rest } = network;
    return { id, base: this.#ids.get(base)!, rest, actors, ties };
  }

  #channel(name: string): Latest {
    let latest = this.#channels.get(name);
    if (!latest) this.#channels.set(name, (latest = new Latest()));
    return latest;
  }
}
