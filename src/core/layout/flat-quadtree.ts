// A quadtree in typed arrays, rebuilt every tick: the spatial index of the many-body and collision forces.

/** Points per leaf: a few more than one keeps the tree shallow; a leaf's points are visited one by one. */
const LEAF_SIZE = 4;
/** Deeper than this, points are as good as coincident and share a leaf, however many there are. */
const MAX_DEPTH = 32;

/**
 * Cells of a point-region quadtree over n points (Finkel and Bentley 1974), built by partitioning an
 * index array in place, so a cell's points are the contiguous run order[start[c] .. end[c]).
 * Cell 0 is the root; a cell's children are child[4c .. 4c+3] (-1: empty quadrant); a leaf has none.
 * d3-quadtree's shape, without an object per cell: the forces' inner loops read only typed arrays.
 */
export class FlatQuadtree {
  cells = 0;
  order = new Int32Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  child = new Int32Array(0);
  leaf = new Uint8Array(0);
  x0 = new Float64Array(0);
  y0 = new Float64Array(0);
  size = new Float64Array(0);

  /** Indexes points (xs[i], ys[i]); the arrays are kept between builds and grow as needed. */
  build(xs: Float64Array, ys: Float64Array, n: number): void {
    if (this.order.length < n) this.order = new Int32Array(n);
    for (let i = 0; i < n; i++) this.order[i] = i;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!, y = ys[i]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    this.cells = 0;
    if (n === 0) return;
    // A square root cell, a little larger than the points' extent, so every point falls strictly inside.
    const size = Math.max(x1 - x0, y1 - y0, 1) * (1 + 1e-9) + 1e-9;
    this.#split(this.#cell(0, n, x0, y0, size), xs, ys, 0);
  }

  #cell(start: number, end: number, x0: number, y0: number, size: number): number {
    const c = this.cells++;
    if (c >= this.start.length) this.#grow(Math.max(64, c * 2));
    this.start[c] = start;
    this.end[c] = end;
    this.x0[c] = x0;
    this.y0[c] = y0;
    this.size[c] = size;
    this.leaf[c] = 1;
    this.child.fill(-1, 4 * c, 4 * c + 4);
    return c;
  }

  #split(c: number, xs: Float64Array, ys: Float64Array, depth: number): void {
    const start = this.start[c]!, end = this.end[c]!;
    if (end - start <= LEAF_SIZE || depth >= MAX_DEPTH) return;
    this.leaf[c] = 0;
    const half = this.size[c]! / 2;
    const x0 = this.x0[c]!, y0 = this.y0[c]!;
    const xm = x0 + half, ym = y0 + half;
    // Top half before bottom half, then left before right within each: quadrants 0 1 / 2 3, as d3-quadtree numbers them.
    const middle = this.#partition(ys, start, end, ym);
    const bounds = [start, this.#partition(xs, start, middle, xm), middle, this.#partition(xs, middle, end, xm), end];
    for (let q = 0; q < 4; q++) {
      const from = bounds[q]!, to = bounds[q + 1]!;
      if (from === to) continue;
      const child = this.#cell(from, to, q & 1 ? xm : x0, q & 2 ? ym : y0, half);
      this.child[4 * c + q] = child;
      this.#split(child, xs, ys, depth + 1);
    }
  }

  /** Moves the points of order[from .. to) below `pivot` in `values` to the front; returns where the rest begin. */
  #partition(values: Float64Array, from: number, to: number, pivot: number): number {
    const order = this.order;
    let i = from, j = to - 1;
    while (i <= j) {
      if (values[order[i]!]! < pivot) i++;
      else {
        const t = order[i]!;
        order[i] = order[j]!;
        order[j--] = t;
      }
    }
    return i;
  }

  #grow(capacity: number): void {
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(capacity * per);
      next.set(old);
      return next;
    };
    this.start = grown(this.start, (n) => new Int32Array(n));
    this.end = grown(this.end, (n) => new Int32Array(n));
    this.child = grown(this.child, (n) => new Int32Array(n), 4);
    this.leaf = grown(this.leaf, (n) => new Uint8Array(n));
    this.x0 = grown(this.x0, (n) => new Float64Array(n));
    this.y0 = grown(this.y0, (n) => new Float64Array(n));
    this.size = grown(this.size, (n) => new Float64Array(n));
  }
}
