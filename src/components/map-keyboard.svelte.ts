// Keyboard focus on the network map: which actor has it, what each key does to the map, and what is read out.

import { tick } from 'svelte';
import { NODE_STRIDE } from '../core/layout/positions';
import { otherEnd } from '../core/model/ties-by-actor';
import type { LayoutState } from '../state/layout-state.svelte';
import type { NetworkState } from '../state/network-state.svelte';
import type { ViewState } from '../state/view-state.svelte';
import type { CanvasView } from './canvas/canvas-view';
import { focusOrder, mapCommand, startFocus, type FocusOrder, type MapCommand } from './canvas/keyboard-nav';
import { t } from '../i18n/i18n.svelte';
import type { MessageKey } from '../i18n/en/index';
import { tieKindName } from '../i18n/vocabulary';
import { actorFacts, neighbourhoodOf } from './describe-map';

/** What the keys card shows of the focused actor. */
export interface FocusCard {
  name: string;
  facts: string[];
  /** Where the actor is in the walk, e.g. "neighbour 2 of 5 of UN Women". */
  context: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface MapKeyboardSource {
  network: NetworkState;
  view: ViewState;
  layout: LayoutState;
  canvas: () => CanvasView | null;
  /** Moves an actor (by its place in the drawing) and pins it there. */
  drag: (index: number, x: number, y: number) => void;
  /** What is drawn over the map (the legend, the keys), in the canvas's pixels. */
  covers: () => Box[];
}

const EDGES = {
  first: 'map.firstActor',
  last: 'map.lastActor',
  empty: 'map.noneShown',
} as const satisfies Record<string, MessageKey>;

export class MapKeyboard {
  /** By id, so that focus outlives a new version of the network. */
  focusedId = $state<string | null>(null);
  anchorId = $state<string | null>(null);
  /** The map has focus from the keyboard: the focus ring and the keys show. */
  active = $state(false);
  announcement = $state('');
  #context = $state('');
  /** The selection when focus was last placed: a selection made elsewhere since moves focus to it. */
  #selectionSeen: string | null = null;
  readonly order: FocusOrder;
  /** The focused actor's place in the drawing, for the focus ring; -1 while the map lacks keyboard focus. */
  readonly drawnIndex: number;
  readonly card: FocusCard | null;
  #s: MapKeyboardSource;

  constructor(source: MapKeyboardSource) {
    this.#s = source;
    const { network, view } = source;
    const shown = $derived(Uint8Array.from(network.index.ids, (id) => {
      const actor = network.actor(id);
      return actor && view.isShown(actor) ? 1 : 0;
    }));
    this.order = $derived(focusOrder(network.index, shown));
    this.drawnIndex = $derived(this.active && this.focusedId !== null ? (network.drawnIndexOf.get(this.focusedId) ?? -1) : -1);
    this.card = $derived.by(() => {
      const actor = this.active ? network.actor(this.focusedId) : undefined;
      return actor ? { name: actor.name, facts: actorFacts(actor, network.degree.get(actor.id) ?? 0), context: this.#context } : null;
    });
  }

  /** Focus arrived; `fromKeyboard` when the browser shows focus (Tab, not a click). */
  focus(fromKeyboard: boolean): void {
    this.active = fromKeyboard;
    if (fromKeyboard) this.#enter();
  }

  blur(): void {
    this.active = false;
  }

  /** A click chose an actor (or none): the keyboard carries on from there. */
  clicked(id: string | null): void {
    this.#s.view.select(id);
    if (id === null) return;
    this.focusedId = this.anchorId = this.#selectionSeen = id;
  }

  /** True when the map handled the key (the caller then prevents its default). */
  key(event: KeyboardEvent): boolean {
    const at = (id: string | null) => (id === null ? -1 : (this.#s.network.index.indexOf.get(id) ?? -1));
    const command = mapCommand(event, { focused: at(this.focusedId), anchor: at(this.anchorId) }, this.#s.network.index, this.order);
    if (!command) return false;
    if (!this.active) {
      this.active = true;
      if (command.kind !== 'focus') this.#enter();
    }
    this.#run(command);
    return true;
  }

  #enter(): void {
    const { network, view } = this.#s;
    const rank = (id: string | null) => (id === null ? -1 : (this.order.rank[network.index.indexOf.get(id) ?? -1] ?? -1));
    const selected = view.selectedId;
    if (rank(this.focusedId) < 0 || (selected !== null && selected !== this.#selectionSeen && rank(selected) >= 0)) {
      const start = startFocus(this.order, selected === null ? -1 : (network.index.indexOf.get(selected) ?? -1));
      if (start.focused < 0) return this.#say(t(EDGES.empty));
      this.anchorId = network.index.ids[start.anchor]!;
      this.#selectionSeen = selected;
      return this.#place(network.index.ids[start.focused]!, this.#inOrder(start.focused));
    }
    this.#place(this.focusedId!, this.#context);
  }

  #run(command: MapCommand): void {
    const { network, view, layout } = this.#s;
    const canvas = this.#s.canvas();
    const id = this.focusedId;
    const drawn = id === null ? -1 : (network.drawnIndexOf.get(id) ?? -1);
    const name = network.actor(id)?.name ?? '';
    switch (command.kind) {
      case 'focus': {
        const focused = network.index.ids[command.focus.focused]!;
        this.anchorId = network.index.ids[command.focus.anchor]!;
        return this.#place(focused, command.among === 'all' ? this.#inOrder(command.focus.focused) : this.#around(focused, command.position, command.count));
      }
      case 'edge':
        return this.#say(command.at === 'alone' ? t('map.alone', { name: network.actor(this.anchorId ?? id)?.name ?? name }) : t(EDGES[command.at]));
      case 'select': {
        view.select(id);
        this.anchorId = this.#selectionSeen = id;
        const near = neighbourhoodOf(network.drawn.actors, network.stepsFrom(id!, view.k), drawn, view.k, network.network.facilitator);
        return this.#say(t('map.selected', {
          name,
          direct: t('map.actorCount', { count: near.direct.length }),
          within: t('map.actorCount', { count: near.within }),
          steps: t('map.stepCount', { count: view.k }),
        }));
      }
      case 'clear':
        view.select(null);
        return this.#say(t('map.selectionCleared'));
      case 'zoom':
        canvas?.zoomBy(command.factor, drawn);
        return this.#say(t(command.factor > 1 ? 'map.zoomedIn' : 'map.zoomedOut'));
      case 'fit':
        canvas?.fit();
        return this.#say(t('map.wholeNetwork'));
      case 'move':
      case 'pin': {
        const positions = layout.positions;
        if (!positions || drawn < 0) return;
        const k = canvas?.picture()?.camera.k ?? 1;
        const [dx, dy] = command.kind === 'move' ? [command.dx / k, command.dy / k] : [0, 0];
        if (command.kind === 'pin' && layout.pinned.has(drawn)) {
          layout.unpin(drawn);
          return this.#say(t('map.released', { name }));
        }
        this.#s.drag(drawn, positions[drawn * NODE_STRIDE]! + dx, positions[drawn * NODE_STRIDE + 1]! + dy);
        return this.#say(t(command.kind === 'move' ? 'map.moved' : 'map.pinned', { name }));
      }
    }
  }

  #inOrder(i: number): string {
    return t('map.inOrder', { rank: this.order.rank[i]! + 1, total: this.order.order.length });
  }

  #around(focused: string, position: number, of: number): string {
    const { network } = this.#s;
    const anchor = this.anchorId!;
    const kinds = [...new Set((network.tiesOf.get(anchor) ?? []).filter((t) => otherEnd(t, anchor) === focused).map((t) => t.kind))];
    const params = { position, total: of, name: network.actor(anchor)?.name ?? anchor };
    return kinds.length ? t('map.neighbourKinds', { ...params, kinds: kinds.map(tieKindName).join(', ') }) : t('map.neighbour', params);
  }

  #place(id: string, context: string): void {
    const actor = this.#s.network.actor(id);
    this.focusedId = id;
    this.#context = context;
    if (!actor) return;
    this.#say(t('map.focused', { name: actor.name, facts: actorFacts(actor, this.#s.network.degree.get(id) ?? 0).join(', '), context }));
    // After the keys card has taken its size for this actor.
    void tick().then(() => this.#reveal(id));
  }

  #say(text: string): void {
    this.announcement = text;
  }

  /** Brings the focused actor into view when it is off screen or under something drawn over the map. */
  #reveal(id: string): void {
    const canvas = this.#s.canvas();
    const picture = canvas?.picture();
    const d = this.#s.network.drawnIndexOf.get(id) ?? -1;
    if (!picture || d < 0) return;
    const { camera, width, height, scene } = picture;
    const x = camera.x + scene.positions[d * NODE_STRIDE]! * camera.k;
    const y = camera.y + scene.positions[d * NODE_STRIDE + 1]! * camera.k;
    const margin = 24;
    const hidden = x < margin || y < margin || x > width - margin || y > height - margin
      || this.#s.covers().some((b) => x > b.x0 - margin && x < b.x1 + margin && y > b.y0 - margin && y < b.y1 + margin);
    if (hidden && this.focusedId === id) canvas!.zoomTo(d);
  }
}
