// The headline analysis of a network kept up to date as it is edited: only the counts an edit can change are redone.

import { followNetwork, type Touched } from '../graph/follow-network';
import { liveGraphOf, type LiveGraph } from '../graph/live-graph';
import type { Network } from '../model/types';
import type { Analysis, AnalysisOptions } from './analysis';
import { liveAnalysis } from './live-analysis';
import { affectedSources, countWithin, createLiveBfs } from './live-reach';
import { DEFAULT_K, checkK } from './reach';

/**
 * analyseIndex(buildGraphIndex(network), { detail: 'headline' }) for one network at a time,
 * moved from version to version with follow(): after adding or removing a tie or an actor,
 * only the civil-society actors within reach of the change are searched again (see
 * affectedSources), for G and for G - F, instead of every one of them. The tests check that
 * the result equals the one computed from scratch after any sequence of edits.
 */
export class LiveHeadline {
  #graph: LiveGraph;
  #network: Network;
  #k = DEFAULT_K;
  /** Per slot: decision-makers within k (-1 outside C), in G and in G - F. */
  #counts = new Int32Array(0);
  #countsWithoutF = new Int32Array(0);
  #space = createLiveBfs();
  /** Set once a follow failed: the graph is half-way between two networks. */
  #spent = false;

  private constructor(graph: LiveGraph, network: Network) {
    this.#graph = graph;
    this.#network = network;
    this.#recountAll();
  }

  /** Null for a network with an actor id twice: analyse that one from scratch. */
  static of(network: Network): LiveHeadline | null {
    const graph = liveGraphOf(network);
    return graph && new LiveHeadline(graph, network);
  }

  get network(): Network {
    return this.#network;
  }

  /** Moves to `next`. False when it cannot follow (see followNetwork): this one is then spent, build another. */
  follow(next: Network): boolean {
    if (this.#spent) return false;
    if (next === this.#network) return true;
    const touched = followNetwork(this.#graph, this.#network, next);
    if (!touched) return !(this.#spent = true);
    this.#network = next;
    this.#recount(touched);
    return true;
  }

  /** The headline analysis of `network`, as analyseIndex gives it with detail 'headline'; the year option is not supported. */
  analysis(options: AnalysisOptions = {}): Analysis {
    if (this.#spent) throw new Error('LiveHeadline: a failed follow left it between two networks');
    const k = checkK(options.k ?? DEFAULT_K);
    if (k !== this.#k) {
      this.#k = k;
      this.#recountAll();
    }
    return liveAnalysis(this.#graph, this.#network.actors, this.#counts, this.#countsWithoutF, { ...options, k });
  }

  #recountAll(): void {
    const slots = this.#graph.actors.length;
    this.#counts = new Int32Array(slots).fill(-1);
    this.#countsWithoutF = new Int32Array(slots).fill(-1);
    for (let s = 0; s < slots; s++) this.#recountOne(s);
  }

  #recount(touched: Touched): void {
    const graph = this.#graph;
    if (this.#counts.length < graph.actors.length) {
      const grown = (a: Int32Array) => {
        const b = new Int32Array(graph.actors.length * 2).fill(-1);
        b.set(a);
        return b;
      };
      this.#counts = grown(this.#counts);
      this.#countsWithoutF = grown(this.#countsWithoutF);
    }
    const k = this.#k;
    const f = graph.facilitator;
    for (const s of affectedSources(graph, this.#space, touched, k)) this.#counts[s] = countWithin(graph, this.#space, s, k);
    for (const s of affectedSources(graph, this.#space, touched, k, f)) {
      this.#countsWithoutF[s] = countWithin(graph, this.#space, s, k, f);
    }
    for (const s of touched.actors) this.#recountOne(s);
  }

  /** Both counts of slot `s` from scratch: -1 outside C (and, without F, for F itself). */
  #recountOne(s: number): void {
    const graph = this.#graph;
    const f = graph.facilitator;
    const isC = graph.isCivilSociety[s] === 1 && graph.actors[s] !== undefined;
    this.#counts[s] = isC ? countWithin(graph, this.#space, s, this.#k) : -1;
    this.#countsWithoutF[s] = isC && s !== f ? countWithin(graph, this.#space, s, this.#k, f) : -1;
  }
}
