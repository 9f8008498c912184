import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, push, redo, undo } from '../../../src/core/scenario';

describe('history', () => {
  it('push makes the new value present and forgets what was undone', () => {
    let h = push(push(createHistory(0), 1), 2);
    expect(h).toEqual({ past: [0, 1], present: 2, future: [] });
    h = undo(h);
    expect(h).toEqual({ past: [0], present: 1, future: [2] });
    h = push(h, 5);
    expect(h).toEqual({ past: [0, 1], present: 5, future: [] });
  });

  it('undo and redo walk back and forth and stop at the ends', () => {
    const start = push(push(createHistory('a'), 'b'), 'c');
    const back = undo(undo(start));
    expect(back.present).toBe('a');
    expect(canUndo(back)).toBe(false);
    expect(undo(back)).toBe(back);
    const forth = redo(redo(back));
    expect(forth).toEqual(start);
    expect(canRedo(forth)).toBe(false);
    expect(redo(forth)).toBe(forth);
  });

  it('push never changes the history it was given', () => {
    const h = Object.freeze(createHistory([1]));
    const next = push(h, [1, 2]);
    expect(h).toEqual({ past: [], present: [1], future: [] });
    expect(next.past[0]).toBe(h.present);
  });

  it('push keeps at most `limit` past values, dropping the oldest', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 5; i++) h = push(h, i, 3);
    expect(h.past).toEqual([2, 3, 4]);
  });
});
