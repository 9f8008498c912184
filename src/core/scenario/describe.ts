// One human sentence per edit, with actor names resolved: what the edit list panel shows.

import { networkIds } from '../model/network-ids';
import { otherEnd } from '../model/ties-by-actor';
import type { Actor, Network, Tie } from '../model/types';
import { ENGLISH_LIST, kindLabel, listOf, nameOf, type ById, type ListWords } from './names';
import type { ActorChanges, Edit, GroupEdit } from './types';

/** The words edit sentences are made of: English by default (the CLI, tests), the interface's language in the UI. */
export interface EditWords extends ListWords {
  addActor(name: string, kind: string, country: string): string;
  removeActor(name: string): string;
  addTie(tie: string): string;
  removeTie(tie: string): string;
  changeActor(name: string, changes: string): string;
  setField(field: string, value: unknown): string;
  clearField(field: string): string;
  unknown(op: string): string;
  kind(kind: string): string;
  country(country: string): string;
  tieKind(kind: string): string;
  /**
   * Composite edits worded from their steps. Without these a group reads as its label, which
   * addPartner, addBroker, addTies and story authors write in English.
   */
  groups?: {
    addPartner(name: string, actors: string): string;
    addBroker(name: string, actors: string): string;
    addTies(ties: string, count: number): string;
  };
}

export const ENGLISH_EDIT_WORDS: EditWords = {
  ...ENGLISH_LIST,
  addActor: (name, kind, country) => `Add actor: ${name} (${kind}, ${country})`,
  removeActor: (name) => `Remove actor: ${name}`,
  addTie: (tie) => `Add tie: ${tie}`,
  removeTie: (tie) => `Remove tie: ${tie}`,
  changeActor: (name, changes) => `Change actor: ${name}: ${changes}`,
  setField: (field, value) => `${field} to ${field === 'kind' ? kindLabel(String(value)) : JSON.stringify(value)}`,
  clearField: (field) => `clear ${field}`,
  unknown: (op) => `Unknown edit "${op}"`,
  kind: kindLabel,
  country: (country) => country,
  tieKind: (kind) => kind,
};

interface Lookup {
  actors: ById<Actor>;
  ties: ById<Tie>;
  facilitator: string;
}

/** The network's actors and ties by id, and those `edits` add under ids the network does not use. */
function lookupOf(network: Network, edits: readonly Edit[] = []): Lookup {
  const known = networkIds(network);
  const actors = new Map<string, Actor>();
  const ties = new Map<string, Tie>();
  const visit = (list: readonly Edit[]) => {
    for (const edit of list) {
      if (edit.op === 'addActor' && edit.actor && !known.actors.has(edit.actor.id) && !actors.has(edit.actor.id)) actors.set(edit.actor.id, edit.actor);
      else if (edit.op === 'addTie' && edit.tie && !known.ties.has(edit.tie.id) && !ties.has(edit.tie.id)) ties.set(edit.tie.id, edit.tie);
      else if (edit.op === 'group' && Array.isArray(edit.edits)) visit(edit.edits);
    }
  };
  visit(edits);
  return { actors: withAdded(known.actors, actors), ties: withAdded(known.ties, ties), facilitator: network.facilitator };
}

/** `base`, then `added`: without copying `base` (thousands of actors) for a few new ones. */
function withAdded<T>(base: ReadonlyMap<string, T>, added: ReadonlyMap<string, T>): ById<T> {
  return added.size === 0 ? base : { get: (id) => base.get(id) ?? added.get(id) };
}

function tieText(tie: Tie, actors: ById<Actor>, words: EditWords): string {
  const years = tie.since === undefined && tie.until === undefined ? '' : `, ${tie.since ?? '…'}–${tie.until ?? ''}`;
  return `${nameOf(actors, tie.source)} — ${nameOf(actors, tie.target)} (${words.tieKind(tie.kind)}${years})`;
}

function changesText(changes: ActorChanges, words: EditWords): string {
  const parts = Object.entries(changes).map(([field, value]) =>
    value === null || value === undefined ? words.clearField(field) : words.setField(field, value),
  );
  return listOf(parts, parts.length, words);
}

/**
 * A group of new ties, or of one new actor and its ties, in `words.groups`: a partner or a broker
 * as its label says (addPartner and addBroker start it so), else a partner if a tie joins it to the
 * facilitator, as countMoves reads it. Any other group, or words without groups, reads as its label.
 */
function groupSentence(edit: GroupEdit, { actors, facilitator }: Lookup, words: EditWords): string {
  const groups = words.groups;
  const added = edit.edits.flatMap((step) => (step.op === 'addActor' ? [step.actor] : []));
  const ties = edit.edits.flatMap((step) => (step.op === 'addTie' ? [step.tie] : []));
  if (!groups || ties.length === 0 || added.length + ties.length < edit.edits.length || added.length > 1) return edit.label;
  const actor = added[0];
  if (!actor) {
    const pairs = ties.map((tie) => `${nameOf(actors, tie.source)} — ${nameOf(actors, tie.target)}`);
    return groups.addTies(pairs.join('; '), ties.length);
  }
  if (ties.some((tie) => tie.source !== actor.id && tie.target !== actor.id)) return edit.label;
  const ends = ties.map((tie) => otherEnd(tie, actor.id));
  const list = listOf(ends.map((id) => nameOf(actors, id)), 3, words);
  const move = /^Add (partner|broker):/.exec(edit.label)?.[1] ?? (ends.includes(facilitator) ? 'partner' : 'broker');
  return move === 'partner' ? groups.addPartner(actor.name, list) : groups.addBroker(actor.name, list);
}

function sentence(edit: Edit, lookup: Lookup, words: EditWords): string {
  const { actors, ties } = lookup;
  switch (edit.op) {
    case 'addActor':
      return words.addActor(edit.actor.name, words.kind(edit.actor.kind), words.country(edit.actor.country));
    case 'removeActor':
      return words.removeActor(nameOf(actors, edit.id));
    case 'addTie':
      return words.addTie(tieText(edit.tie, actors, words));
    case 'removeTie': {
      const tie = ties.get(edit.id);
      return words.removeTie(tie ? tieText(tie, actors, words) : `"${edit.id}"`);
    }
    case 'changeActor':
      return words.changeActor(nameOf(actors, edit.id), changesText(edit.changes, words));
    case 'group':
      return groupSentence(edit, lookup, words);
    default:
      return words.unknown(String((edit as { op?: unknown }).op));
  }
}

/**
 * "Add tie: Kosovo Women's Network — Kosovo Police (partnership)", "Remove actor: Kosovo
 * Women's Network". Names come from `network` (pass the baseline, or the network the edit
 * applies to); an id it does not know is shown in quotes. A group reads as its label.
 */
export function describeEdit(edit: Edit, network: Network, words = ENGLISH_EDIT_WORDS): string {
  return sentence(edit, lookupOf(network), words);
}

/**
 * One sentence per edit of a list, resolving names against the baseline and against the
 * actors and ties the list itself adds (so "Add tie: Broker 1 — ..." names a new broker).
 */
export function describeEdits(edits: readonly Edit[], baseline: Network, words = ENGLISH_EDIT_WORDS): string[] {
  const lookup = lookupOf(baseline, edits);
  return edits.map((edit) => sentence(edit, lookup, words));
}

/** The sentences of a group's steps, for a panel that expands a group. */
export function describeSteps(edit: Edit, network: Network, words = ENGLISH_EDIT_WORDS): string[] {
  return edit.op === 'group' ? describeEdits(edit.edits, network, words) : [describeEdit(edit, network, words)];
}
