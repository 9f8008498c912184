// Everything the canvas draws in one frame, in the layout's index order.

import type { Actor } from '../../core/model/types';

export interface Scene {
  actors: readonly Actor[];
  radii: Float32Array;
  /** Tie endpoints as index pairs [s0, t0, s1, t1, ...]. */
  links: Uint32Array;
  positions: Float32Array;
  /** 1 where the filters let the actor show. */
  visible: Uint8Array;
  /** Hop counts from the selected actor (-1 beyond k), or null when nothing is selected. */
  steps: Int8Array | null;
  selected: number;
  hovered: number;
  /** Index of the actor with keyboard focus, drawn with a focus ring; -1 for none. */
  focused: number;
  /** Against the baseline (core/scenario/overlay statuses), per actor and per link; null outside a scenario. */
  actorStatus: Uint8Array | null;
  linkStatus: Uint8Array | null;
  /** +1 where an actor's reach or betweenness grew against the baseline, -1 where it shrank. */
  trend: Int8Array | null;
  /** Country names by region (core/layout/regions order), in the interface's language; else the regions' own labels. */
  regionLabels?: readonly string[];
}

export interface Camera {
  x: number;
  y: number;
  k: number;
}

export function toScreen(camera: Camera, x: number, y: number): [number, number] {
  return [camera.x + x * camera.k, camera.y + y * camera.k];
}
