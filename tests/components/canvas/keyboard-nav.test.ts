import { describe, expect, it } from 'vitest';
import {
  focusOrder, mapCommand, MOVE_STEP_PX, neighboursInOrder, startFocus, ZOOM_STEP, type KeyLike, type MapFocus,
} from '../../../src/components/canvas/keyboard-nav';
import { buildGraphIndex } from '../../../src/core/graph/build-graph-index';
import { smallNetwork } from '../../fixtures/load';

// The small network: fac has 4 ties (wn, board, ngo, donor), wn 3 (fac, rae, police), board 2 (ministry, fac),
// and rae, police, ministry, ngo, donor one each. Index order is the file's: fac wn rae police ministry board ngo donor.
const graph = buildGraphIndex(smallNetwork());
const id = (i: number) => graph.ids[i];
const at = (name: string) => graph.indexOf.get(name)!;
const all = focusOrder(graph, new Uint8Array(graph.n).fill(1));

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const on = (focused: string, anchor = focused): MapFocus => ({ focused: at(focused), anchor: at(anchor) });

/** Presses keys one after another from `focus`, and returns the ids focused after each. */
function walk(keys: string[], focus: MapFocus): string[] {
  const seen: string[] = [];
  for (const k of keys) {
    const command = mapCommand(key(k), focus, graph, all);
    if (command?.kind !== 'focus') throw new Error(`${k} did not move focus: ${JSON.stringify(command)}`);
    focus = command.focus;
    seen.push(id(focus.focused)!);
  }
  return seen;
}

describe('focusOrder', () => {
  it('focusOrder puts the most connected actor first, keeps index order among equals, and ranks each', () => {
    expect([...all.order].map(id)).toEqual(['fac', 'wn', 'board', 'rae', 'police', 'ministry', 'ngo', 'donor']);
    expect(all.rank[at('board')]).toBe(2);
  });

  it('focusOrder leaves hidden actors out and ranks them -1', () => {
    const shown = new Uint8Array(graph.n).fill(1);
    shown[at('wn')] = 0;
    const order = focusOrder(graph, shown);
    expect([...order.order].map(id)).toEqual(['fac', 'board', 'rae', 'police', 'ministry', 'ngo', 'donor']);
    expect(order.rank[at('wn')]).toBe(-1);
    expect(neighboursInOrder(graph, order, at('fac')).map(id)).toEqual(['board', 'ngo', 'donor']);
  });
});

describe('startFocus', () => {
  it('startFocus prefers the selected actor, and falls back to the most connected one', () => {
    expect(startFocus(all, at('police'))).toEqual(on('police'));
    expect(startFocus(all)).toEqual(on('fac'));
    expect(startFocus(focusOrder(graph, new Uint8Array(graph.n)))).toEqual({ focused: -1, anchor: -1 });
  });
});

describe('mapCommand', () => {
  it('mapCommand walks from most to fewest ties with Down, back with Up, and jumps with Home and End', () => {
    expect(walk(['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp'], { focused: -1, anchor: -1 })).toEqual(['fac', 'wn', 'board', 'wn']);
    expect(walk(['End', 'Home'], on('board'))).toEqual(['donor', 'fac']);
    expect(mapCommand(key('ArrowDown'), on('wn'), graph, all)).toMatchObject({ kind: 'focus', among: 'all', position: 3, count: 8 });
  });

  it('mapCommand reports the first and the last actor instead of wrapping', () => {
    expect(mapCommand(key('ArrowUp'), on('fac'), graph, all)).toEqual({ kind: 'edge', at: 'first' });
    expect(mapCommand(key('ArrowDown'), on('donor'), graph, all)).toEqual({ kind: 'edge', at: 'last' });
  });

  it('mapCommand goes round the focused actor\'s neighbours with Right, most ties first, and wraps', () => {
    expect(walk(['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'], on('fac')))
      .toEqual(['wn', 'board', 'ngo', 'donor', 'wn']);
    const command = mapCommand(key('ArrowRight'), on('board', 'fac'), graph, all);
    expect(command).toMatchObject({ kind: 'focus', focus: on('ngo', 'fac'), among: 'neighbours', position: 3, count: 4 });
  });

  it('mapCommand goes round backwards with Left, starting from the last neighbour', () => {
    expect(walk(['ArrowLeft', 'ArrowLeft'], on('wn'))).toEqual(['police', 'rae']);
  });

  it('mapCommand keeps going round the anchor after an Up or Down has moved it', () => {
    const down = mapCommand(key('ArrowDown'), on('ngo', 'fac'), graph, all);
    expect(down).toMatchObject({ focus: on('donor') });
    expect(mapCommand(key('ArrowRight'), on('donor'), graph, all)).toMatchObject({ focus: on('fac', 'donor') });
  });

  it('mapCommand says when the anchor has no tie to a shown actor', () => {
    const shown = new Uint8Array(graph.n).fill(1);
    shown[at('fac')] = 0;
    expect(mapCommand(key('ArrowRight'), on('donor'), graph, focusOrder(graph, shown))).toEqual({ kind: 'edge', at: 'alone' });
  });

  it('mapCommand starts at the most connected actor when nothing (or a hidden actor) has focus', () => {
    for (const k of ['ArrowRight', 'Enter']) {
      expect(mapCommand(key(k), { focused: -1, anchor: -1 }, graph, all)).toMatchObject({ kind: 'focus', focus: on('fac') });
    }
    const shown = new Uint8Array(graph.n).fill(1);
    shown[at('rae')] = 0;
    expect(mapCommand(key('ArrowDown'), on('rae'), graph, focusOrder(graph, shown))).toMatchObject({ focus: on('fac') });
    expect(mapCommand(key('ArrowDown'), on('rae'), graph, focusOrder(graph, new Uint8Array(graph.n)))).toEqual({ kind: 'edge', at: 'empty' });
  });

  it('mapCommand selects with Enter or Space, clears with Escape, zooms with + and -, fits with 0 and pins with P', () => {
    const f = on('wn');
    expect(mapCommand(key('Enter'), f, graph, all)).toEqual({ kind: 'select' });
    expect(mapCommand(key(' '), f, graph, all)).toEqual({ kind: 'select' });
    expect(mapCommand(key('Escape'), f, graph, all)).toEqual({ kind: 'clear' });
    expect(mapCommand(key('+', { shiftKey: true }), f, graph, all)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(mapCommand(key('='), f, graph, all)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(mapCommand(key('-'), f, graph, all)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(mapCommand(key('0'), f, graph, all)).toEqual({ kind: 'fit' });
    expect(mapCommand(key('p'), f, graph, all)).toEqual({ kind: 'pin' });
  });

  it('mapCommand moves the focused actor with Shift and an arrow', () => {
    expect(mapCommand(key('ArrowLeft', { shiftKey: true }), on('wn'), graph, all)).toEqual({ kind: 'move', dx: -MOVE_STEP_PX, dy: 0 });
    expect(mapCommand(key('ArrowDown', { shiftKey: true }), on('wn'), graph, all)).toEqual({ kind: 'move', dx: 0, dy: MOVE_STEP_PX });
    expect(mapCommand(key('ArrowDown', { shiftKey: true }), { focused: -1, anchor: -1 }, graph, all)).toBeNull();
  });

  it('mapCommand leaves Tab, letters and keys held with Ctrl, Alt or Meta to the browser and the app', () => {
    for (const k of [key('Tab'), key('z'), key('z', { ctrlKey: true }), key('+', { ctrlKey: true }), key('ArrowDown', { altKey: true }), key('0', { metaKey: true })]) {
      expect(mapCommand(k, on('wn'), graph, all)).toBeNull();
    }
  });
});
