import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, canUndo, createHistory, diffNetworks, push, redo, undo, type Edit } from '../../../src/core/scenario';
import { arbitraryNetwork } from '../metrics/helpers';
import { arbitraryEdits, deepFreeze } from './arbitrary-edits';

const runs = { numRuns: 200 };

describe('applyEdits on random networks and edit lists', () => {
  it('applyEdits never throws and never changes the (deep-frozen) baseline', () => {
    fc.assert(
      fc.property(arbitraryNetwork, arbitraryEdits, (net, edits) => {
        const copy = structuredClone(net);
        const base = deepFreeze(net);
        applyEdits(base, edits);
        expect(base).toEqual(copy);
      }),
      runs,
    );
  });

  it('applyEdits of a list equals applying its edits one at a time', () => {
    fc.assert(
      fc.property(arbitraryNetwork, arbitraryEdits, (net, edits) => {
        const whole = applyEdits(net, edits);
        let stepwise = net;
        let problemCount = 0;
        for (const edit of edits) {
          const next = applyEdits(stepwise, [edit]);
          stepwise = next.network;
          problemCount += next.problems.length;
        }
        expect(stepwise).toEqual(whole.network);
        expect(problemCount).toBe(whole.problems.length);
      }),
      runs,
    );
  });

  it('applyEdits leaves no tie to an actor that is not in the network', () => {
    fc.assert(
      fc.property(arbitraryNetwork, arbitraryEdits, (net, edits) => {
        // The random baseline has no dangling ties of its own, so any would come from an edit.
        const { network } = applyEdits(net, edits);
        const ids = new Set(network.actors.map((a) => a.id));
        for (const tie of network.ties) expect(ids.has(tie.source) && ids.has(tie.target)).toBe(true);
        expect(ids.size).toBe(network.actors.length);
        expect(new Set(network.ties.map((t) => t.id)).size).toBe(network.ties.length);
      }),
      runs,
    );
  });

  it('applyEdits reports changes equal to diffNetworks against the baseline', () => {
    fc.assert(
      fc.property(arbitraryNetwork, arbitraryEdits, (net, edits) => {
        const { network, changes } = applyEdits(net, edits);
        expect(changes).toEqual(diffNetworks(net, network));
      }),
      runs,
    );
  });

  it('applyEdits after undoing every edit of a history returns the baseline exactly, and redo returns the scenario', () => {
    fc.assert(
      fc.property(arbitraryNetwork, arbitraryEdits, (net, edits) => {
        const base = deepFreeze(net);
        let history = createHistory<Edit[]>([]);
        for (const edit of edits) history = push(history, [...history.present, edit]);
        const scenario = applyEdits(base, history.present).network;
        while (canUndo(history)) history = undo(history);
        expect(history.present).toEqual([]);
        expect(applyEdits(base, history.present).network).toEqual(base);
        for (let i = 0; i < edits.length; i++) history = redo(history);
        expect(applyEdits(base, history.present).network).toEqual(scenario);
      }),
      runs,
    );
  });

  it('applyEdits without one edit from the middle equals applying the shorter list', () => {
    fc.assert(
      fc.property(arbitraryNetwork, arbitraryEdits.filter((e) => e.length > 0), fc.nat(), (net, edits, pick) => {
        const i = pick % edits.length;
        let history = push(createHistory<Edit[]>([]), edits);
        history = push(history, edits.filter((_, j) => j !== i));
        const shorter = [...edits.slice(0, i), ...edits.slice(i + 1)];
        expect(applyEdits(net, history.present).network).toEqual(applyEdits(net, shorter).network);
        expect(applyEdits(net, undo(history).present).network).toEqual(applyEdits(net, edits).network);
      }),
      runs,
    );
  });
});
