// Simulation parameters, with defaults tuned for networks of a few hundred actors and cheaper ones for thousands.

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
  /**
   * Once cooler than STILL_CHECK_ALPHA, the layout also counts as settled when no actor moves
   * more than this share of the layout's extent in a tick; 0 turns the early stop off.
   */
  stillSpeed: number;
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
  stillSpeed: 0,
};

/** From this many actors a tick costs tens of milliseconds, and the layout trades a little accuracy for time. */
export const LARGE_LAYOUT = 2000;
/** From this many, a tick costs a tenth of a second in a browser: coarser still, and fewer ticks. */
const HUGE_LAYOUT = 10_000;

/**
 * The parameters for n actors. Up to LARGE_LAYOUT, the defaults: small networks are cheap, and the
 * embedded one is judged by its picture. Above it, a coarser Barnes–Hut (theta 1.2 still keeps the
 * force error within a few percent), about a third fewer ticks, and an early stop once nothing moves
 * by more than 1/20,000 of the picture a tick (a twentieth of a pixel on a fitted screen). Above
 * HUGE_LAYOUT, where a picture is a cloud anyway, theta 1.5 and half the ticks of the default.
 */
export function layoutParamsFor(n: number): LayoutParams {
  if (n <= LARGE_LAYOUT) return { ...DEFAULT_LAYOUT_PARAMS };
  const huge = n > HUGE_LAYOUT;
  return { ...DEFAULT_LAYOUT_PARAMS, theta: huge ? 1.5 : 1.2, alphaDecay: huge ? 0.04 : 0.03, stillSpeed: 5e-5 };
}

/** How hot a running layout becomes after a change: enough to settle new actors, not to reshuffle. */
export const REHEAT_ALPHA = 0.3;
