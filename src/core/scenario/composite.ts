// Composite edits a strategist thinks in: add a partner, add a broker, add a few ties, each one undoable step.

import type { Actor, Network, Tie, TieKind } from '../model/types';
import { actorsInGroup, describeGroup, type ActorGroup } from './actor-group';
import { freshId, numberedId, takenIds, tieId, type TakenIds } from './ids';
import { listOf, nameOf } from './names';
import type { Edit, GroupEdit } from './types';

/** A new actor; without an id one is made up (`partner-1`, `broker-1`, ...). */
export type NewActor = Omit<Actor, 'id'> & { id?: string };

export interface PartnerOptions {
  /** An existing actor's id, or a new actor. */
  partner: string | NewActor;
  /** Other actors to tie the partner to, besides the facilitator. */
  tiedTo?: readonly string[];
  /** Kind of the new ties; default 'partnership'. */
  tieKind?: TieKind;
  /** Year the new ties start, if known. */
  since?: number;
}

export interface BrokerOptions {
  /** Attributes of the new broker. Defaults: name "Broker N" (N from its id), kind civil_society,
   * the country its actors share (else regional), the level they share (else national). */
  actor?: Partial<NewActor>;
  /** The actors to tie it to: ids, or groups standing for every actor in them. Two or more in all. */
  between: ReadonlyArray<string | ActorGroup>;
  /** Kind of the new ties; default 'coordination' (a broker coordinates). */
  tieKind?: TieKind;
  since?: number;
}

function tie(source: string, target: string, kind: TieKind, since: number | undefined, taken: TakenIds): Edit {
  const made: Tie = { id: tieId(source, target, kind, taken), source, target, kind };
  return { op: 'addTie', tie: since === undefined ? made : { ...made, since } };
}

function known(actors: ReadonlyMap<string, Actor>, id: string): void {
  if (!actors.has(id)) throw new RangeError(`There is no actor "${id}" in the network`);
}

/**
 * A partner of the facilitator (METRICS.md P): a new actor, or an existing one, tied to the
 * facilitator and to the chosen actors. Ties that already exist are not added twice. Throws a
 * RangeError naming the problem if an id is unknown or there is nothing to add.
 */
export function addPartner(network: Network, options: PartnerOptions): GroupEdit {
  const actors = new Map(network.actors.map((a) => [a.id, a]));
  const f = network.facilitator;
  known(actors, f);
  const taken = takenIds(network);
  const edits: Edit[] = [];
  let partner: Actor;
  if (typeof options.partner === 'string') {
    known(actors, options.partner);
    if (options.partner === f) throw new RangeError('The facilitator cannot be its own partner');
    partner = actors.get(options.partner)!;
  } else {
    const { id, ...rest } = options.partner;
    partner = { ...rest, id: id === undefined ? numberedId('partner', taken) : freshId(id, taken) } as Actor;
    edits.push({ op: 'addActor', actor: partner });
  }
  const tied = new Set<string>();
  for (const t of network.ties) {
    if (t.source === partner.id) tied.add(t.target);
    if (t.target === partner.id) tied.add(t.source);
  }
  const kind = options.tieKind ?? 'partnership';
  const ends = [f, ...(options.tiedTo ?? [])].filter((id, i, all) => id !== partner.id && all.indexOf(id) === i);
  for (const id of ends) {
    known(actors, id);
    if (!tied.has(id)) edits.push(tie(id === f ? f : partner.id, id === f ? partner.id : id, kind, options.since, taken));
  }
  if (edits.length === 0) throw new RangeError(`${partner.name} is already tied to ${listOf(ends.map((id) => nameOf(actors, id)))}`);
  return { op: 'group', label: `Add partner: ${partner.name} (tied to ${listOf(ends.map((id) => nameOf(actors, id)))})`, edits };
}

/**
 * A new actor tied to two or more existing ones, e.g. a liaison between the Kosovo Serb
 * women's organisations (a group) and the Kosovo Police (an id). Throws a RangeError naming the
 * problem if an id is unknown, a group is empty, or fewer than two actors result.
 */
export function addBroker(network: Network, options: BrokerOptions): GroupEdit {
  const actors = new Map(network.actors.map((a) => [a.id, a]));
  const ends: string[] = [];
  const parts: string[] = [];
  for (const item of options.between) {
    const found = typeof item === 'string' ? (known(actors, item), [actors.get(item)!]) : actorsInGroup(network, item);
    if (found.length === 0) throw new RangeError(`No actor is in the group: ${describeGroup(item as ActorGroup, 0)}`);
    parts.push(typeof item === 'string' ? found[0]!.name : describeGroup(item, found.length));
    for (const a of found) if (!ends.includes(a.id)) ends.push(a.id);
  }
  if (ends.length < 2) throw new RangeError(`A broker needs two or more actors to tie together, got ${ends.length}`);
  const taken = takenIds(network);
  const { id: wanted, ...given } = options.actor ?? {};
  const id = wanted === undefined ? numberedId('broker', taken) : freshId(wanted, taken);
  const shared = <K extends 'country' | 'level'>(field: K, fallback: Actor[K]): Actor[K] => {
    const values = new Set(ends.map((e) => actors.get(e)![field]));
    return values.size === 1 ? [...values][0]! : fallback;
  };
  const broker: Actor = {
    id,
    name: `Broker ${/-(\d+)$/.exec(id)?.[1] ?? id}`,
    kind: 'civil_society',
    country: shared('country', 'regional'),
    level: shared('level', 'national'),
    ...given,
  };
  const kind = options.tieKind ?? 'coordination';
  const edits: Edit[] = [{ op: 'addActor', actor: broker }, ...ends.map((end) => tie(id, end, kind, options.since, taken))];
  return { op: 'group', label: `Add broker: ${broker.name} between ${listOf(parts)}`, edits };
}

/** Several new ties as one step (a suggestion of b ties). Default kind 'partnership'. */
export function addTies(
  network: Network,
  options: { pairs: ReadonlyArray<readonly [string, string]>; kind?: TieKind; label?: string },
): GroupEdit {
  const actors = new Map(network.actors.map((a) => [a.id, a]));
  const taken = takenIds(network);
  const kind = options.kind ?? 'partnership';
  const edits = options.pairs.map(([s, t]) => {
    known(actors, s);
    known(actors, t);
    return tie(s, t, kind, undefined, taken);
  });
  const names = options.pairs.map(([s, t]) => `${nameOf(actors, s)} — ${nameOf(actors, t)}`);
  return { op: 'group', label: options.label ?? `Add ${names.length === 1 ? 'tie' : 'ties'}: ${names.join('; ')}`, edits };
}
