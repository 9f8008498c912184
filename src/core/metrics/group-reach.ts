// Reach per group of a partition (communities or countries), and the least-included group.

/**
 * R_k(g) for every group g: the mean of r_k(c) over the civil-society actors of g, computed
 * as (sum of counts) / (|C_g| * |D|) so that it is exact in the integers. Groups without a
 * civil-society actor, and every group when D is empty, read null ("n/a").
 * `counts` comes from reachCounts (-1 marks actors outside C); `codes` and `names` are a
 * partition from the index. Built with Object.fromEntries so a group called "__proto__"
 * stays an ordinary key.
 */
export function groupReach(
  counts: Int32Array,
  codes: Uint32Array,
  names: readonly string[],
  nD: number,
): Record<string, number | null> {
  const sums = new Float64Array(names.length);
  const sizes = new Uint32Array(names.length);
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    if (count < 0) continue;
    sums[codes[i]!]! += count;
    sizes[codes[i]!]!++;
  }
  return Object.fromEntries(
    names.map((name, g) => [name, sizes[g] && nD > 0 ? sums[g]! / (sizes[g]! * nD) : null]),
  );
}

/**
 * Inclusion I_k = min over groups of R_k(g) (METRICS.md), skipping n/a groups, and the group
 * that attains it. Ties go to the first name in sorted order, so the answer does not depend
 * on the order of the file. Null when no group has a value.
 */
export function leastIncluded(groups: Record<string, number | null>): {
  inclusion: number | null;
  leastIncluded: string | null;
} {
  let inclusion: number | null = null;
  let name: string | null = null;
  for (const g of Object.keys(groups).sort()) {
    const value = groups[g];
    if (value === null || value === undefined) continue;
    if (inclusion === null || value < inclusion) {
      inclusion = value;
      name = g;
    }
  }
  return { inclusion, leastIncluded: name };
}
