// A seeded random source, so the same seed lays a network out the same way twice.

/** Linear congruential generator with the constants d3-force uses internally (Numerical Recipes). */
export function lcg(seed: number): () => number {
  let s = (seed >>> 0) || 1;
  return () => {
    s = (1664525 * s + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
