// The network map's keys: where keyboard focus goes next among the actors, and what each other key asks of the map.

/** The part of a GraphIndex the keys walk: the CSR adjacency. */
export interface NavGraph {
  starts: Uint32Array;
  neighbours: Uint32Array;
}

/** Keyboard focus on the map, as index positions (-1 for none): the focused actor, and the actor Left and Right go round. */
export interface MapFocus {
  focused: number;
  anchor: number;
}

/** The actors focus can reach, most connected first, and each one's place in that order (-1 where hidden). */
export interface FocusOrder {
  order: Uint32Array;
  rank: Int32Array;
}

export type MapCommand =
  /** Focus moved: `position` (from 1) of `count` in the order of all actors, or among the anchor's neighbours. */
  | { kind: 'focus'; focus: MapFocus; among: 'all' | 'neighbours'; position: number; count: number }
  /** Nothing to move to: already first or last, the anchor has no tie to a shown actor, or no actor is shown. */
  | { kind: 'edge'; at: 'first' | 'last' | 'alone' | 'empty' }
  | { kind: 'select' }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  /** Move the focused actor by this many screen pixels (and pin it there). */
  | { kind: 'move'; dx: number; dy: number }
  /** Pin the focused actor where it is, or release it if it is pinned. */
  | { kind: 'pin' };

export type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export const ZOOM_STEP = 1.5;
export const MOVE_STEP_PX = 12;

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
};

function degree(graph: NavGraph, i: number): number {
  return graph.starts[i + 1]! - graph.starts[i]!;
}

/** The shown actors (shown[i] = 1), most ties first; equal degrees keep index order, so the order is stable. */
export function focusOrder(graph: NavGraph, shown: ArrayLike<number>): FocusOrder {
  const n = graph.starts.length - 1;
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (shown[i]) kept.push(i);
  kept.sort((a, b) => degree(graph, b) - degree(graph, a) || a - b);
  const rank = new Int32Array(n).fill(-1);
  kept.forEach((i, r) => (rank[i] = r));
  return { order: Uint32Array.from(kept), rank };
}

/** Where focus starts: the preferred actor (the selected one) if it is shown, else the most connected. */
export function startFocus(order: FocusOrder, preferred = -1): MapFocus {
  const focused = reachable(order, preferred) ? preferred : (order.order[0] ?? -1);
  return { focused, anchor: focused };
}

/** The shown neighbours of actor i, in focus order. */
export function neighboursInOrder(graph: NavGraph, order: FocusOrder, i: number): number[] {
  const list: number[] = [];
  for (let e = graph.starts[i]!; e < graph.starts[i + 1]!; e++) {
    const j = graph.neighbours[e]!;
    if (order.rank[j]! >= 0) list.push(j);
  }
  return list.sort((a, b) => order.rank[a]! - order.rank[b]!);
}

/** What a key press on the focused map asks for; null for keys the map leaves to the browser and the app. */
export function mapCommand(event: KeyLike, focus: MapFocus, graph: NavGraph, order: FocusOrder): MapCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const focused = reachable(order, focus.focused) ? focus.focused : -1;
  const arrow = ARROWS[event.key];
  if (arrow && event.shiftKey) return focused < 0 ? null : { kind: 'move', dx: arrow[0] * MOVE_STEP_PX, dy: arrow[1] * MOVE_STEP_PX };
  switch (event.key) {
    case 'ArrowDown':
      return focused < 0 ? toRank(order, 0) : toRank(order, order.rank[focused]! + 1);
    case 'ArrowUp':
      return focused < 0 ? toRank(order, 0) : toRank(order, order.rank[focused]! - 1);
    case 'Home':
      return toRank(order, 0);
    case 'End':
      return toRank(order, order.order.length - 1);
    case 'ArrowRight':
    case 'ArrowLeft':
      if (focused < 0) return toRank(order, 0);
      return round(graph, order, reachable(order, focus.anchor) ? focus.anchor : focused, focused, event.key === 'ArrowRight' ? 1 : -1);
    case 'Enter':
    case ' ':
      return focused < 0 ? toRank(order, 0) : { kind: 'select' };
    case 'Escape':
      return { kind: 'clear' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'fit' };
    case 'p':
    case 'P':
      return focused < 0 ? null : { kind: 'pin' };
    default:
      return null;
  }
}

function reachable(order: FocusOrder, i: number): boolean {
  return i >= 0 && i < order.rank.length && order.rank[i]! >= 0;
}

function toRank(order: FocusOrder, r: number): MapCommand {
  const count = order.order.length;
  if (count === 0) return { kind: 'edge', at: 'empty' };
  if (r < 0) return { kind: 'edge', at: 'first' };
  if (r >= count) return { kind: 'edge', at: 'last' };
  const i = order.order[r]!;
  return { kind: 'focus', focus: { focused: i, anchor: i }, among: 'all', position: r + 1, count };
}

/** The next (or previous) neighbour of the anchor after the focused one, round and round. */
function round(graph: NavGraph, order: FocusOrder, anchor: number, focused: number, step: 1 | -1): MapCommand {
  const list = neighboursInOrder(graph, order, anchor);
  if (list.length === 0) return { kind: 'edge', at: 'alone' };
  const at = list.indexOf(focused);
  const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
  return { kind: 'focus', focus: { focused: list[next]!, anchor }, among: 'neighbours', position: next + 1, count: list.length };
}
