// The analysis worker's API: the metrics engine's one entry point, with its typed arrays transferred.

import { releaseProxy, transfer, type Remote } from 'comlink';
import { applyArrayChanges, type ArrayChanges } from '../src/core/graph/array-changes';
import { buildGraphIndex } from '../src/core/graph/build-graph-index';
import type { GraphIndex } from '../src/core/graph/graph-index';
import { analyseIndex, type Analysis, type AnalysisOptions, type BetweennessProgress } from '../src/core/metrics';
import { LiveHeadline } from '../src/core/metrics/live-headline';
import { analyseProgressively } from '../src/core/metrics/progressive-analysis';
import type { Actor, Network, Tie } from '../src/core/model/types';

export type { ArrayChanges };

/** The buffers of every typed array in a result, so they move to the page instead of being copied. */
export function typedArrayBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) typedArrayBuffers(child, found);
  }
  return [...found];
}

/** A refinement step as the page hears it: how far along, and now and then the estimate itself. */
export interface BetweennessUpdate {
  sources: number;
  total: number;
  exact: boolean;
  /** Sent at most every VALUES_EVERY_MS (and with the exact answer): each one re-renders what shows betweenness. */
  values?: Float64Array;
}

type OnBetweenness = (update: BetweennessUpdate) => void;

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

/** Not awaited: the page answers when it is free, and the refinement need not wait for it. */
function tell(onBetweenness: OnBetweenness, update: BetweennessUpdate): void {
  void Promise.resolve(onBetweenness(update)).catch(() => {});
}

/** In a worker the callback is a comlink proxy holding a port open; in a test it is a plain function. */
function release(onBetweenness: OnBetweenness | undefined): void {
  (onBetweenness as Partial<Remote<OnBetweenness>> | undefined)?.[releaseProxy]?.();
}

/** Lets any request waiting in the worker's queue run before the next refinement step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

export function createAnalysisApi() {
  /** The refinement running under each key; a newer analysis under the same key stops the older one. */
  const refining = new Map<string, symbol>();
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

  async function refine(key: string, steps: Generator<BetweennessProgress, void, void>, onBetweenness: OnBetweenness) {
    const token = Symbol(key);
    refining.set(key, token);
    let valuesSent = performance.now();
    try {
      for (;;) {
        await nextTask();
        if (refining.get(key) !== token) return;
        const step = steps.next();
        if (step.done) return;
        const { sources, total, exact, values } = step.value;
        const withValues = exact || performance.now() - valuesSent >= VALUES_EVERY_MS;
        if (withValues) valuesSent = performance.now();
        tell(onBetweenness, withValues ? transfer({ sources, total, exact, values }, [values.buffer]) : { sources, total, exact });
        if (exact) return;
      }
    } finally {
      if (refining.get(key) === token) refining.delete(key);
      release(onBetweenness);
    }
  }

  return {
    /**
     * Every metric of the network `message` carries or names. With `refineKey` and `onBetweenness`, a big network's betweenness
     * is an estimate, refined in the background between other requests and told to onBetweenness
     * until exact; a later analysis under the same key stops it.
     */
    analyse(message: NetworkMessage, options: AnalysisOptions, refineKey?: string, onBetweenness?: OnBetweenness): Analysis {
      if (refineKey !== undefined) refining.delete(refineKey);
      let network: Network;
      try {
        network = networkOf(message);
      } catch (error) {
        release(onBetweenness);
        throw error;
      }
      const quick = options.detail === 'headline' ? liveHeadline(network, options) : null;
      if (quick) {
        release(onBetweenness);
        return transfer(quick, typedArrayBuffers(quick));
      }
      const index = indexOf(network, options.year);
      const { analysis, refinement, sources, total } = refineKey !== undefined && onBetweenness
        ? analyseProgressively(index, options)
        : { analysis: analyseIndex(index, options), refinement: null, sources: 0, total: 0 };
      if (refinement && refineKey !== undefined && onBetweenness) {
        tell(onBetweenness, { sources, total, exact: false });
        void refine(refineKey, refinement, onBetweenness);
      } else release(onBetweenness);
      return transfer(analysis, typedArrayBuffers(analysis));
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
