// The network on screen and what is derived from it once per version: index, layout input, lookups.

import { buildGraphIndex } from '../core/graph/build-graph-index';
import { degreeOf } from '../core/graph/graph-index';
import { stepsFrom } from '../core/graph/steps-from';
import { layoutInputOf } from '../core/layout/layout-input';
import { tiesByActor } from '../core/model/ties-by-actor';
import type { Actor, Network } from '../core/model/types';

export class NetworkState {
  network = $state.raw<Network>() as Network;
  readonly index = $derived(buildGraphIndex(this.network));
  readonly layoutInput = $derived(layoutInputOf(this.network));
  readonly actorById = $derived(new Map(this.network.actors.map((a) => [a.id, a])));
  readonly tiesOf = $derived(tiesByActor(this.network));
  /** Distinct actors each actor is tied to, keyed by id. */
  readonly degree = $derived(new Map(this.index.ids.map((id, i) => [id, degreeOf(this.index, i)])));

  constructor(network: Network) {
    this.network = network;
  }

  actor(id: string | null): Actor | undefined {
    return id === null ? undefined : this.actorById.get(id);
  }

  /** Hop counts from `id` to each actor, in the network's actor order (-1 beyond k). */
  stepsFrom(id: string, k: number): Int8Array {
    return stepsFrom(this.index, this.index.indexOf.get(id) ?? -1, k);
  }
}
