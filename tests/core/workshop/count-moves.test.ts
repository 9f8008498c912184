import { describe, expect, it } from 'vitest';
import { addBroker, addPartner, addTies, type Edit } from '../../../src/core/scenario';
import { countMoves, noMoves } from '../../../src/core/workshop';
import { network, ties } from '../metrics/helpers';

const net = () => network(['F:un', 'c1:womens_org', 'c2:network', 'd1:government', 'd2:security'], ties('F-c1', 'c1-d1'));
const moves = (edits: Edit[]) => countMoves(net(), edits);
const newActor = { name: 'New', kind: 'civil_society', country: 'Kosovo', level: 'local' } as const;

describe('countMoves', () => {
  it('countMoves counts a group that adds an actor tied to two or more actors as one broker', () => {
    expect(moves([addBroker(net(), { between: ['c2', 'd1', 'd2'] })])).toEqual({ ...noMoves(), addBroker: 1 });
  });

  it('countMoves counts a new actor tied to the facilitator as one partner, with its other ties', () => {
    expect(moves([addPartner(net(), { partner: newActor, tiedTo: ['c2', 'd2'] })])).toEqual({ ...noMoves(), addPartner: 1 });
  });

  it('countMoves counts an existing actor tied to the facilitator for the first time as one partner', () => {
    expect(moves([addPartner(net(), { partner: 'c2', tiedTo: ['d2'] })])).toEqual({ ...noMoves(), addPartner: 1 });
    const tieToF: Edit = { op: 'addTie', tie: { id: 'F--d2', source: 'F', target: 'd2', kind: 'partnership' } };
    expect(moves([tieToF])).toEqual({ ...noMoves(), addPartner: 1 });
  });

  it('countMoves counts ties of an existing partner, and every pair of addTies, as ties', () => {
    expect(moves([addPartner(net(), { partner: 'c1', tiedTo: ['c2', 'd2'] })])).toEqual({ ...noMoves(), addTie: 2 });
    expect(moves([addTies(net(), { pairs: [['c2', 'd1'], ['c2', 'd2'], ['c1', 'd2']] })])).toEqual({ ...noMoves(), addTie: 3 });
  });

  it('countMoves reads a broker built edit by edit the same as one built in a group', () => {
    const edits: Edit[] = [
      { op: 'addActor', actor: { id: 'b', ...newActor } },
      { op: 'addTie', tie: { id: 'b--c2', source: 'b', target: 'c2', kind: 'coordination' } },
      { op: 'addTie', tie: { id: 'b--d2', source: 'b', target: 'd2', kind: 'coordination' } },
    ];
    expect(moves(edits)).toEqual({ ...noMoves(), addBroker: 1 });
    const toF: Edit = { op: 'addTie', tie: { id: 'F--b', source: 'F', target: 'b', kind: 'partnership' } };
    expect(moves([...edits, toF])).toEqual({ ...noMoves(), addPartner: 1 });
  });

  it('countMoves counts each removal, and an attribute change as no move', () => {
    const edits: Edit[] = [
      { op: 'removeTie', id: 'c1-d1' },
      { op: 'group', label: 'Two out', edits: [{ op: 'removeActor', id: 'c2' }, { op: 'removeActor', id: 'd2' }] },
      { op: 'changeActor', id: 'c1', changes: { name: 'Renamed' } },
    ];
    expect(moves(edits)).toEqual({ ...noMoves(), removeTie: 1, removeActor: 2, other: 1 });
  });

  it('countMoves ignores labels: a group renamed by the user still counts by its structure', () => {
    const broker = { ...addBroker(net(), { between: ['c2', 'd2'] }), label: 'Add partner: anything' };
    expect(moves([broker])).toEqual({ ...noMoves(), addBroker: 1 });
  });
});
