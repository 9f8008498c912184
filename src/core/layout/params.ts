// Simulation parameters, with defaults tuned for networks of a few hundred actors.

export interface LayoutParams {
  linkDistance: number;
  /** Many-body strength; negative repels. */
  charge: number;
  /** Barnes–Hut accuracy: larger is faster and coarser. */
  theta: number;
  collidePadding: number;
  regionStrength: number;
  alphaDecay: number;
  velocityDecay: number;
  /** Below this alpha the layout counts as settled and the worker stops ticking. */
  alphaMin: number;
}

export const DEFAULT_LAYOUT_PARAMS: Readonly<LayoutParams> = {
  linkDistance: 42,
  charge: -90,
  theta: 0.9,
  collidePadding: 2,
  regionStrength: 0.08,
  alphaDecay: 0.0228,
  velocityDecay: 0.4,
  alphaMin: 0.002,
};

/** How hot a running layout becomes after a change: enough to settle new actors, not to reshuffle. */
export const REHEAT_ALPHA = 0.3;
