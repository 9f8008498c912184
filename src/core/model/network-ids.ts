// Each actor and tie of a network by id, built once per network: every edit to a network looks its ids up again.

import type { Actor, Network, Tie } from './types';

export interface NetworkIds {
  /** The first actor with each id, and the first tie (a repeated id keeps the first, as buildGraphIndex does). */
  actors: ReadonlyMap<string, Actor>;
  ties: ReadonlyMap<string, Tie>;
  /** Some id is used twice: the network's lists are not the maps' values in order. */
  repeats: boolean;
}

interface Known extends NetworkIds {
  /** What the maps were built from: networks are not changed in place, but an array that was is built again. */
  from: readonly [readonly Actor[], number, readonly Tie[], number];
}

const known = new WeakMap<Network, Known>();

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

export function networkIds(network: Network): NetworkIds {
  const { actors, ties } = network;
  const cached = known.get(network);
  const [a, aLength, t, tLength] = cached?.from ?? [];
  if (cached && a === actors && aLength === actors.length && t === ties && tLength === ties.length) return cached;
  const built: Known = { actors: firstById(actors), ties: firstById(ties), repeats: false, from: [actors, actors.length, ties, ties.length] };
  built.repeats = built.actors.size !== actors.length || built.ties.size !== ties.length;
  known.set(network, built);
  return built;
}
