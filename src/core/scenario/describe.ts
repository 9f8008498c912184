// One human sentence per edit, with actor names resolved: what the edit list panel shows.

import type { Actor, Network, Tie } from '../model/types';
import { kindLabel, listOf, nameOf } from './names';
import type { ActorChanges, Edit } from './types';

interface Lookup {
  actors: ReadonlyMap<string, Actor>;
  ties: ReadonlyMap<string, Tie>;
}

function lookupOf(network: Network, edits: readonly Edit[] = []): Lookup {
  const actors = new Map(network.actors.map((a) => [a.id, a]));
  const ties = new Map(network.ties.map((t) => [t.id, t]));
  const visit = (list: readonly Edit[]) => {
    for (const edit of list) {
      if (edit.op === 'addActor' && edit.actor && !actors.has(edit.actor.id)) actors.set(edit.actor.id, edit.actor);
      else if (edit.op === 'addTie' && edit.tie && !ties.has(edit.tie.id)) ties.set(edit.tie.id, edit.tie);
      else if (edit.op === 'group' && Array.isArray(edit.edits)) visit(edit.edits);
    }
  };
  visit(edits);
  return { actors, ties };
}

function tieText(tie: Tie, actors: ReadonlyMap<string, Actor>): string {
  const years = tie.since === undefined && tie.until === undefined ? '' : `, ${tie.since ?? '…'}–${tie.until ?? ''}`;
  return `${nameOf(actors, tie.source)} — ${nameOf(actors, tie.target)} (${tie.kind}${years})`;
}

function changesText(changes: ActorChanges): string {
  const parts = Object.entries(changes).map(([field, value]) =>
    value === null || value === undefined
      ? `clear ${field}`
      : `${field} to ${field === 'kind' ? kindLabel(String(value)) : JSON.stringify(value)}`,
  );
  return listOf(parts, parts.length);
}

function sentence(edit: Edit, { actors, ties }: Lookup): string {
  switch (edit.op) {
    case 'addActor':
      return `Add actor: ${edit.actor.name} (${kindLabel(edit.actor.kind)}, ${edit.actor.country})`;
    case 'removeActor':
      return `Remove actor: ${nameOf(actors, edit.id)}`;
    case 'addTie':
      return `Add tie: ${tieText(edit.tie, actors)}`;
    case 'removeTie': {
      const tie = ties.get(edit.id);
      return `Remove tie: ${tie ? tieText(tie, actors) : `"${edit.id}"`}`;
    }
    case 'changeActor':
      return `Change actor: ${nameOf(actors, edit.id)}: ${changesText(edit.changes)}`;
    case 'group':
      return edit.label;
    default:
      return `Unknown edit "${String((edit as { op?: unknown }).op)}"`;
  }
}

/**
 * "Add tie: Kosovo Women's Network — Kosovo Police (partnership)", "Remove actor: Kosovo
 * Women's Network". Names come from `network` (pass the baseline, or the network the edit
 * applies to); an id it does not know is shown in quotes. A group reads as its label.
 */
export function describeEdit(edit: Edit, network: Network): string {
  return sentence(edit, lookupOf(network));
}

/**
 * One sentence per edit of a list, resolving names against the baseline and against the
 * actors and ties the list itself adds (so "Add tie: Broker 1 — ..." names a new broker).
 */
export function describeEdits(edits: readonly Edit[], baseline: Network): string[] {
  const lookup = lookupOf(baseline, edits);
  return edits.map((edit) => sentence(edit, lookup));
}

/** The sentences of a group's steps, for a panel that expands a group. */
export function describeSteps(edit: Edit, network: Network): string[] {
  return edit.op === 'group' ? describeEdits(edit.edits, network) : [describeEdit(edit, network)];
}
