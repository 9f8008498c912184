// The analysis worker's API: the metrics engine's one entry point, with its typed arrays transferred.

import { releaseProxy, transfer, type Remote } from 'comlink';
import { applyArrayChanges, type ArrayChanges } from '../src/core/graph/array-changes';
import { buildGraphIndex } from '../src/core/graph/build-graph-index';
import type { GraphIndex } from '../src/core/graph/graph-index';
import { analyseIndex, type Analysis, type AnalysisOptions } from '../src/core/metrics';
import { advanceFor } from '../src/core/metrics/advance-for';
import { LiveHeadline } from '../src/core/metrics/live-headline';
import { analyseProgressively, type RefinedMetric, type Refinement } from '../src/core/metrics/progressive-analysis';
import type { Actor, Network, Tie } from '../src/core/model/types';
import { Refiner } from './refiner';

export type { ArrayChanges, RefinedMetric };

/** The buffers of every typed array in a result, so they move to the page instead of being copied. */
export function typedArrayBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) typedArrayBuffers(child, found);
  }
  return [...found];
}

/** A step of a slow metric's refinement as the page hears it: how far along, and now and then the values themselves. */
export interface RefinementUpdate {
  metric: RefinedMetric;
  /** Work done (sources for betweenness, actors for fragility), of `total`. */
  done: number;
  total: number;
  exact: boolean;
  /** Sent at most every VALUES_EVERY_MS (and with the exact answer): each one re-renders what shows the metric. */
  values?: Float64Array;
}

type OnRefine = (update: RefinementUpdate) => void;

/**
 * A network as it crosses to the worker: whole the first time; then by id alone, or as its changes
 * against one the worker holds (a scenario shares almost every actor and tie with the network
 * before it), so that thousands of actors are not copied again for every request.
 */
export type NetworkMessage =
  | { id: number; network: Network }
  | { id: number }
  | { id: number; base: number; rest: Omit<Network, 'actors' | 'ties'>; actors: ArrayChanges<Actor>; ties: ArrayChanges<Tie> };

/** Networks the worker keeps, most recent last; the client keeps the same count in the same order. */
export const NETWORKS_HELD = 4;
/** Thrown when a message names a network the worker does not hold (it was restarted): send it whole. */
export const NETWORK_MISSING = 'bridgework: the analysis worker does not hold that network';

const VALUES_EVERY_MS = 1000;
/** How long one step of a refinement may keep a request that comes meanwhile waiting. */
const STEP_MS = 10;
const REFINED: readonly RefinedMetric[] = ['betweenness', 'fragility'];

/** Not awaited: the page answers when it is free, and the refinement need not wait for it. */
function tell(onRefine: OnRefine, update: RefinementUpdate): void {
  void Promise.resolve(onRefine(update)).catch(() => {});
}

/** In a worker the callback is a comlink proxy holding a port open; in a test it is a plain function. */
function release(onRefine: OnRefine | undefined): void {
  (onRefine as Partial<Remote<OnRefine>> | undefined)?.[releaseProxy]?.();
}

export function createAnalysisApi() {
  const refiner = new Refiner();
  const networks = new Map<number, Network>();
  /** The index last built: the compare view's and the scenario's full analyses often ask for the same network. */
  let indexed: { network: Network; year: number | undefined; index: GraphIndex } | null = null;
  /** The headline numbers of the network last asked for, moved along with each edit (null: a network LiveHeadline refuses). */
  let live: LiveHeadline | null = null;

  /** The headline analysis from `live`, brought to `network` by the edits between them, or afresh; null where it cannot serve. */
  function liveHeadline(network: Network, options: AnalysisOptions): Analysis | null {
    if (options.year !== undefined) return null;
    if (!live?.follow(network)) live = LiveHeadline.of(network);
    return live?.analysis(options) ?? null;
  }

  function indexOf(network: Network, year: number | undefined): GraphIndex {
    if (indexed?.network !== network || indexed.year !== year) {
      indexed = { network, year, index: buildGraphIndex(network, year === undefined ? {} : { year }) };
    }
    return indexed.index;
  }

  function networkOf(message: NetworkMessage): Network {
    const known = networks.get(message.id);
    let network: Network;
    if ('network' in message) network = message.network;
    else if ('base' in message) {
      const base = networks.get(message.base);
      if (!base) throw new Error(NETWORK_MISSING);
      network = { ...message.rest, actors: applyArrayChanges(base.actors, message.actors), ties: applyArrayChanges(base.ties, message.ties) };
    } else if (known) network = known;
    else throw new Error(NETWORK_MISSING);
    networks.delete(message.id);
    networks.set(message.id, network);
    if (networks.size > NETWORKS_HELD) networks.delete(networks.keys().next().value!);
    return network;
  }

  /** Steps `refinement` in the worker's spare time, telling onRefine how far it has got, until it is exact or stopped. */
  function refine(key: string, metric: RefinedMetric, refinement: Refinement, onRefine: OnRefine): Promise<void> {
    let valuesSent = performance.now();
    return refiner.run(`${key}:${metric}`, () => {
      const { last } = advanceFor(refinement.steps, STEP_MS);
      if (!last) return true;
      const { done, total, exact } = last;
      if (exact || performance.now() - valuesSent >= VALUES_EVERY_MS) {
        valuesSent = performance.now();
        const values = last.values.slice();
        tell(onRefine, transfer({ metric, done, total, exact, values }, [values.buffer]));
      } else tell(onRefine, { metric, done, total, exact });
      return exact;
    });
  }

  return {
    /**
     * Every metric of the network `message` carries or names. With `refineKey` and `onRefine`, the
     * slow metrics of a big network come early (betweenness estimated, fragility partly worked out)
     * and are refined in the background between other requests, each step told to onRefine until
     * exact; a later analysis under the same key stops them, pauseRefinement holds one.
     */
    analyse(message: NetworkMessage, options: AnalysisOptions, refineKey?: string, onRefine?: OnRefine): Analysis {
      if (refineKey !== undefined) for (const metric of REFINED) refiner.stop(`${refineKey}:${metric}`);
      let network: Network;
      try {
        network = networkOf(message);
      } catch (error) {
        release(onRefine);
        throw error;
      }
      const quick = options.detail === 'headline' ? liveHeadline(network, options) : null;
      if (quick) {
        release(onRefine);
        return transfer(quick, typedArrayBuffers(quick));
      }
      const index = indexOf(network, options.year);
      if (refineKey === undefined || !onRefine) {
        const analysis = analyseIndex(index, options);
        return transfer(analysis, typedArrayBuffers(analysis));
      }
      const { analysis, refinements } = analyseProgressively(index, options);
      const runs = REFINED.flatMap((metric) => {
        const refinement = refinements[metric];
        if (!refinement) return [];
        tell(onRefine, { metric, done: refinement.done, total: refinement.total, exact: false });
        return [refine(refineKey, metric, refinement, onRefine)];
      });
      void Promise.all(runs).finally(() => release(onRefine));
      return transfer(analysis, typedArrayBuffers(analysis));
    },

    /** Holds `metric`'s refinement under `refineKey` (a person stopped it); false if none is running. */
    pauseRefinement(refineKey: string, metric: RefinedMetric): boolean {
      return refiner.pause(`${refineKey}:${metric}`);
    },

    /** Lets a held refinement go on; false if it is no longer there (a newer analysis replaced it). */
    resumeRefinement(refineKey: string, metric: RefinedMetric): boolean {
      return refiner.resume(`${refineKey}:${metric}`);
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
