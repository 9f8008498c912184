// A network's graph kept up to date tie by tie and actor by actor, so that an edit costs what it touches.

import { CIVIL_SOCIETY_KINDS, DECISION_MAKER_KINDS, OTHER_COMMUNITY, type Actor, type Network, type Tie } from '../model/types';
import { LiveLabels } from './live-labels';

/** Pair keys u * 2^26 + v stay exact integers for up to 67 million slots. */
const PAIR = 2 ** 26;

/**
 * The graph of buildGraphIndex (METRICS.md, "The graph"), mutable: actors live in slots that
 * keep their number while others come and go, each slot has its distinct neighbours, and
 * parallel ties are counted per pair so that the edge goes only with the last of them.
 * followNetwork moves it from one version of a network to the next, and refuses what it cannot
 * follow exactly (a tie that names an absent actor gaining or losing that actor).
 */
export class LiveGraph {
  readonly slotOf = new Map<string, number>();
  /** The actor in each slot; undefined for a free slot. */
  readonly actors: (Actor | undefined)[] = [];
  /** Distinct neighbours of each slot. */
  readonly neighbours: number[][] = [];
  isDecisionMaker = new Uint8Array(16);
  isCivilSociety = new Uint8Array(16);
  community = new Uint32Array(16);
  country = new Uint32Array(16);
  readonly communities = new LiveLabels();
  readonly countries = new LiveLabels();
  /** Slot of F, or -1 while F is absent. */
  facilitator = -1;
  /** |D|. */
  decisionMakers = 0;
  /** Distinct tied pairs. */
  edges = 0;
  #free: number[] = [];
  /** Ties per tied pair. */
  #pairs = new Map<number, number>();
  /** Ties in the network per end id, whether or not both ends are present. */
  #tieEnds = new Map<string, number>();

  constructor(readonly facilitatorId: string) {}

  /** Ties of the network that name `id` as an end. */
  tiesAt(id: string): number {
    return this.#tieEnds.get(id) ?? 0;
  }

  /** Places a new actor (its id must be absent) in a slot of its own, with no edge yet. */
  addActor(actor: Actor): number {
    const slot = this.#free.pop() ?? this.actors.length;
    if (slot === this.actors.length) {
      this.actors.push(undefined);
      this.neighbours.push([]);
      if (slot >= this.isDecisionMaker.length) this.#grow();
    }
    this.actors[slot] = actor;
    this.slotOf.set(actor.id, slot);
    if (actor.id === this.facilitatorId) this.facilitator = slot;
    this.#describe(slot, actor);
    return slot;
  }

  /** Empties the slot of an actor that has no edge left. */
  removeActor(slot: number): void {
    this.#forget(slot);
    this.slotOf.delete(this.actors[slot]!.id);
    if (slot === this.facilitator) this.facilitator = -1;
    this.actors[slot] = undefined;
    this.#free.push(slot);
  }

  /** Gives a slot the actor's new attributes (same id), edges untouched. */
  replaceActor(slot: number, actor: Actor): void {
    this.#forget(slot);
    this.actors[slot] = actor;
    this.#describe(slot, actor);
  }

  /** Counts the tie in; returns its two slots if they were not tied before, else null. */
  addTie(tie: Tie): [number, number] | null {
    for (const end of [tie.source, tie.target]) this.#tieEnds.set(end, this.tiesAt(end) + 1);
    const pair = this.#pair(tie);
    if (!pair) return null;
    const key = pair[0] * PAIR + pair[1];
    const count = this.#pairs.get(key) ?? 0;
    this.#pairs.set(key, count + 1);
    if (count > 0) return null;
    this.neighbours[pair[0]]!.push(pair[1]);
    this.neighbours[pair[1]]!.push(pair[0]);
    this.edges++;
    return pair;
  }

  /** Counts the tie out; returns its two slots if it was the last tie between them, else null. */
  removeTie(tie: Tie): [number, number] | null {
    for (const end of [tie.source, tie.target]) this.#tieEnds.set(end, this.tiesAt(end) - 1);
    const pair = this.#pair(tie);
    if (!pair) return null;
    const key = pair[0] * PAIR + pair[1];
    const count = this.#pairs.get(key)!;
    if (count > 1) {
      this.#pairs.set(key, count - 1);
      return null;
    }
    this.#pairs.delete(key);
    for (const [a, b] of [pair, [pair[1], pair[0]]] as const) {
      const list = this.neighbours[a]!;
      list[list.indexOf(b)] = list[list.length - 1]!;
      list.pop();
    }
    this.edges--;
    return pair;
  }

  /** The tie's slots, lower first, or null if it names an absent actor or ties one to itself. */
  #pair(tie: Tie): [number, number] | null {
    const s = this.slotOf.get(tie.source);
    const t = this.slotOf.get(tie.target);
    if (s === undefined || t === undefined || s === t) return null;
    return s < t ? [s, t] : [t, s];
  }

  #describe(slot: number, actor: Actor): void {
    const isD = DECISION_MAKER_KINDS.has(actor.kind) && slot !== this.facilitator ? 1 : 0;
    this.isDecisionMaker[slot] = isD;
    this.decisionMakers += isD;
    this.isCivilSociety[slot] = CIVIL_SOCIETY_KINDS.has(actor.kind) ? 1 : 0;
    this.community[slot] = this.communities.add(actor.community ?? OTHER_COMMUNITY);
    this.country[slot] = this.countries.add(actor.country);
  }

  #forget(slot: number): void {
    this.decisionMakers -= this.isDecisionMaker[slot]!;
    this.isDecisionMaker[slot] = 0;
    this.isCivilSociety[slot] = 0;
    this.communities.remove(this.community[slot]!);
    this.countries.remove(this.country[slot]!);
  }

  #grow(): void {
    const grown = <A extends Uint8Array | Uint32Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(a.length * 2);
      b.set(a);
      return b;
    };
    this.isDecisionMaker = grown(this.isDecisionMaker);
    this.isCivilSociety = grown(this.isCivilSociety);
    this.community = grown(this.community);
    this.country = grown(this.country);
  }
}

/** The graph of `network`, or null if an actor id comes twice (buildGraphIndex keeps the first; a LiveGraph could not follow that). */
export function liveGraphOf(network: Network): LiveGraph | null {
  const graph = new LiveGraph(network.facilitator);
  for (const actor of network.actors) {
    if (graph.slotOf.has(actor.id)) return null;
    graph.addActor(actor);
  }
  for (const tie of network.ties) graph.addTie(tie);
  return graph;
}
