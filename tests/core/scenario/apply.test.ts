import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../../src/core/scenario';
import { network, ties } from '../metrics/helpers';
import { deepFreeze } from './arbitrary-edits';

const baseline = () =>
  deepFreeze(network(['F:un', 'w:womens_org:Roma', 'n:network', 'd:government'], ties('F-w', 'w-n', 'n-d', 'F-d')));

describe('applyEdits', () => {
  it('applyEdits with no edits gives a new network equal to the baseline', () => {
    const base = baseline();
    const { network: result, changes, problems } = applyEdits(base, []);
    expect(result).not.toBe(base);
    expect(result).toEqual(base);
    expect(problems).toEqual([]);
    expect(changes).toEqual({ addedActors: [], removedActors: [], changedActors: [], addedTies: [], removedTies: [] });
  });

  it('applyEdits adds actors and ties at the end and shares the untouched objects', () => {
    const base = baseline();
    const { network: result, changes } = applyEdits(base, [
      { op: 'addActor', actor: { id: 'x', name: 'X', kind: 'media', country: 'BiH', level: 'local' } },
      { op: 'addTie', tie: { id: 'x--d', source: 'x', target: 'd', kind: 'dialogue' } },
    ]);
    expect(result.actors.map((a) => a.id)).toEqual(['F', 'w', 'n', 'd', 'x']);
    expect(result.ties.map((t) => t.id)).toEqual(['F-w', 'w-n', 'n-d', 'F-d', 'x--d']);
    expect(result.actors[1]).toBe(base.actors[1]);
    expect(changes.addedActors).toEqual(['x']);
    expect(changes.addedTies).toEqual(['x--d']);
  });

  it('applyEdits removes an actor together with every tie it has', () => {
    const { network: result, changes } = applyEdits(baseline(), [{ op: 'removeActor', id: 'n' }]);
    expect(result.actors.map((a) => a.id)).toEqual(['F', 'w', 'd']);
    expect(result.ties.map((t) => t.id)).toEqual(['F-w', 'F-d']);
    expect(changes.removedActors).toEqual(['n']);
    expect(changes.removedTies).toEqual(['w-n', 'n-d']);
  });

  it('applyEdits changes attributes in place, and null clears an optional one', () => {
    const { network: result, changes } = applyEdits(baseline(), [
      { op: 'changeActor', id: 'w', changes: { community: null, capacity: 'emerging' } },
    ]);
    expect(result.actors[1]).toEqual({ id: 'w', name: 'w', kind: 'womens_org', country: 'Kosovo', level: 'local', capacity: 'emerging' });
    expect(changes.changedActors).toEqual(['w']);
  });

  it('applyEdits counts an actor added and then removed as neither', () => {
    const { changes } = applyEdits(baseline(), [
      { op: 'addActor', actor: { id: 'x', name: 'X', kind: 'media', country: 'BiH', level: 'local' } },
      { op: 'addTie', tie: { id: 'x--d', source: 'x', target: 'd', kind: 'dialogue' } },
      { op: 'removeActor', id: 'x' },
    ]);
    expect(changes).toEqual({ addedActors: [], removedActors: [], changedActors: [], addedTies: [], removedTies: [] });
  });

  it('applyEdits skips stale edits and names the edit number and what is wrong', () => {
    const { network: result, problems } = applyEdits(baseline(), [
      { op: 'removeActor', id: 'n' },
      { op: 'addTie', tie: { id: 'n--F', source: 'n', target: 'F', kind: 'partnership' } },
      { op: 'removeActor', id: 'ghost' },
      { op: 'addActor', actor: { id: 'w', name: 'W again', kind: 'media', country: 'BiH', level: 'local' } },
      { op: 'removeTie', id: 'w-n' },
      { op: 'changeActor', id: 'd', changes: { kind: null } },
      { op: 'addTie', tie: { id: 'w-w', source: 'w', target: 'w', kind: 'partnership' } },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Edit 2 (add tie "n--F") is skipped: its source: actor "n" was removed by an earlier edit.',
      'Edit 3 (remove actor "ghost") is skipped: there is no actor "ghost" in the network.',
      'Edit 4 (add actor "w") is skipped: actor id "w" is already in use.',
      'Edit 5 (remove tie "w-n") is skipped: tie "w-n" was removed by an earlier edit.',
      'Edit 6 (change actor "d") is skipped: kind is required and cannot be cleared.',
      'Edit 7 (add tie "w-w") is skipped: it ties an actor to itself.',
    ]);
    expect(problems.map((p) => p.at)).toEqual([[2], [3], [4], [5], [6], [7]]);
    expect(result.actors.map((a) => a.id)).toEqual(['F', 'w', 'd']);
  });

  it('applyEdits applies a group as a whole or not at all, naming the failing step', () => {
    const broker: Edit = {
      op: 'group',
      label: 'Add broker: B',
      edits: [
        { op: 'addActor', actor: { id: 'b', name: 'B', kind: 'civil_society', country: 'Kosovo', level: 'local' } },
        { op: 'addTie', tie: { id: 'b--w', source: 'b', target: 'w', kind: 'coordination' } },
        { op: 'addTie', tie: { id: 'b--n', source: 'b', target: 'n', kind: 'coordination' } },
      ],
    };
    expect(applyEdits(baseline(), [broker]).network.ties).toHaveLength(6);
    const { network: result, problems } = applyEdits(baseline(), [{ op: 'removeActor', id: 'n' }, broker]);
    expect(result.actors.map((a) => a.id)).toEqual(['F', 'w', 'd']);
    expect(problems).toEqual([
      {
        at: [2, 3],
        message:
          'Edit 2, step 3 (add tie "b--n") cannot apply: its target: actor "n" was removed by an earlier edit; ' +
          'so the whole group "Add broker: B" (edit 2) is skipped.',
      },
    ]);
  });

  it('applyEdits reports an unknown kind of edit instead of throwing', () => {
    const { problems } = applyEdits(baseline(), [{ op: 'explode' } as unknown as Edit, null as unknown as Edit]);
    expect(problems.map((p) => p.message)).toEqual([
      'Edit 1 (explode) is skipped: "explode" is not a known kind of edit.',
      'Edit 2 (edit) is skipped: it is not an edit.',
    ]);
  });
});
