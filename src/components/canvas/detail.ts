// How much one frame can afford to draw: everything for a still or small picture, less for a big one in motion.

import type { Scene } from './scene';
import { actorInView, outside, type Viewport } from './viewport';

export interface Detail {
  /** Every label that fits, or only those of the selected, hovered and focused actors. */
  labels: 'all' | 'marked';
  /** Outlines parting actors: at high density they only blur, and each costs a stroke. */
  outlines: boolean;
  /**
   * The rims that give pale or dark kinds their 3:1 against the background (canvas-theme.ts): kept in every
   * picture at rest, however dense, and shed only in motion.
   */
  rims: boolean;
  /** Widest tie in CSS pixels, for plain ties and for the selected actor's own. */
  tieWidth: number;
  litTieWidth: number;
}

/** More ties or actors on screen than this, and a moving picture sheds detail to keep up with the hand. */
const MOVING_LIMIT = 300;
/** More than this, and even a still picture keeps its ties one pixel wide: wider ones merge into a grey mass. */
const DENSE_LIMIT = 1500;

export const FULL_DETAIL: Readonly<Detail> = { labels: 'all', outlines: true, rims: true, tieWidth: Infinity, litTieWidth: Infinity };

/**
 * Full detail for a small picture. A moving one (a drag, a pan, the layout running) with more
 * than MOVING_LIMIT actors or ties draws ties one pixel wide, which a software rasteriser draws
 * many times faster than wider ones, and no outlines or labels but the marked actors'; labels
 * would be unreadable in motion anyway. Once it rests it is drawn again in full, but a dense
 * picture keeps thin ties, and outlines only up to DENSE_LIMIT actors.
 */
export function detailFor(scene: Scene, view: Viewport, moving: boolean): Detail {
  const { links, positions, visible } = scene;
  let actors = 0;
  for (let i = 0; i < visible.length && actors <= DENSE_LIMIT; i++) if (visible[i] && actorInView(view, scene, i)) actors++;
  let ties = 0;
  for (let e = 0; e < links.length && ties <= DENSE_LIMIT; e += 2) {
    if (visible[links[e]!] && visible[links[e + 1]!] && !outside(view, positions, links[e]!, links[e + 1]!)) ties++;
  }
  const busy = moving && (actors > MOVING_LIMIT || ties > MOVING_LIMIT);
  const dense = actors > DENSE_LIMIT || ties > DENSE_LIMIT;
  if (!busy && !dense) return FULL_DETAIL;
  return { labels: busy ? 'marked' : 'all', outlines: !busy && actors <= DENSE_LIMIT, rims: !busy, tieWidth: 1, litTieWidth: busy ? 1 : 2 };
}
