// Reads a trainee's edits as moves (a tie, a broker, a partner, a removal), by their structure, not their labels.

import type { Network, Tie } from '../model/types';
import type { Edit } from '../scenario/types';
import type { MoveCounts } from './types';

/** Zero of every move. */
export function noMoves(): MoveCounts {
  return { addTie: 0, addBroker: 0, addPartner: 0, removeActor: 0, removeTie: 0, other: 0 };
}

function flatten(edit: Edit): Edit[] {
  return edit.op === 'group' ? edit.edits.flatMap(flatten) : [edit];
}

/**
 * Counts the moves in `edits` made on `network`. Labels are free text a user may edit, so
 * the structure decides:
 *  - every actor the edits add is one move, with all the ties that touch it: a partner if
 *    one of those ties joins it to the facilitator, else a broker (addPartner, addBroker);
 *  - an edit or group with no new actor that ties an existing actor x to the facilitator for
 *    the first time is one partner, with the group's other ties of x (addPartner on an
 *    existing actor);
 *  - any other added tie is one tie (addTies of three pairs is three ties);
 *  - each removeActor and removeTie is one removal; changeActor counts as `other`.
 */
export function countMoves(network: Network, edits: readonly Edit[]): MoveCounts {
  const used = noMoves();
  const f = network.facilitator;
  const partners = new Set<string>();
  for (const tie of network.ties) {
    if (tie.source === f) partners.add(tie.target);
    if (tie.target === f) partners.add(tie.source);
  }
  /** New actor id -> tied to the facilitator by one of its ties. */
  const added = new Map<string, boolean>();
  for (const unit of edits) {
    const steps = flatten(unit);
    for (const step of steps) if (step.op === 'addActor') added.set(step.actor.id, added.get(step.actor.id) ?? false);
    const ties = steps.flatMap((s) => (s.op === 'addTie' ? [s.tie] : []));
    const newPartner = steps.some((s) => s.op === 'addActor') ? undefined : firstNewPartner(ties, f, partners, added);
    if (newPartner !== undefined) {
      used.addPartner++;
      partners.add(newPartner);
    }
    for (const step of steps) {
      if (step.op === 'removeActor') used.removeActor++;
      else if (step.op === 'removeTie') used.removeTie++;
      else if (step.op === 'changeActor') used.other++;
      else if (step.op === 'addTie') {
        const { source, target } = step.tie;
        const owner = added.has(source) ? source : added.has(target) ? target : undefined;
        if (owner !== undefined) {
          if (source === f || target === f) added.set(owner, true);
        } else if (newPartner === undefined || (source !== newPartner && target !== newPartner)) used.addTie++;
      }
    }
  }
  for (const tiedToF of added.values()) {
    if (tiedToF) used.addPartner++;
    else used.addBroker++;
  }
  return used;
}

/** The existing actor that one of `ties` joins to the facilitator for the first time, if any. */
function firstNewPartner(ties: readonly Tie[], f: string, partners: ReadonlySet<string>, added: ReadonlyMap<string, boolean>): string | undefined {
  for (const { source, target } of ties) {
    const other = source === f ? target : target === f ? source : undefined;
    if (other !== undefined && other !== f && !partners.has(other) && !added.has(other)) return other;
  }
  return undefined;
}
