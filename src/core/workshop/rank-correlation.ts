// Ranks with ties, and Spearman's rank correlation: how far a trainee's ordering agrees with the computed one.

/**
 * Rank of each value, 1 for the largest; tied values share the mean of the ranks they span
 * (two actors tied for 2nd and 3rd both get 2.5), as Spearman's coefficient needs.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    const mean = (start + 1 + end) / 2;
    for (let j = start; j < end; j++) ranks[order[j]!] = mean;
    start = end;
  }
  return ranks;
}

/** Rank of each value, 1 for the largest, ties sharing the best rank they span ("joint 2nd"): for reading. */
export function competitionRanks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

/**
 * Spearman's rho (Spearman 1904) of two rankings of the same items, given as average ranks
 * (averageRanks): their Pearson correlation, so ties are handled exactly. 1 is the same
 * order, -1 the reverse. Null for fewer than two items, or when either side ranks every item
 * the same (there is no order to agree with).
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2 || y.length !== n) return null;
  const mean = (n + 1) / 2; // the mean of any average ranks of n items
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mean;
    const dy = y[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
