// Keeps labels from printing over one another: each goes to the nearest clear place, above or below where it belongs.

/** A label's box on screen, anchored at its bottom centre (x, y). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bottom edge each label is drawn at, in the order given (earlier labels keep their place). A
 * label that would print over one placed before moves to the nearest clear height just above or
 * below a placed one (above on a tie, so a country's name stays over its actors), never above `top`.
 * A label that belongs in the band between the picture's edge and `top` (under the map's toolbar) is
 * brought down below the band; one further up belongs to actors out of view and stays there.
 */
export function placeLabels(boxes: readonly LabelBox[], top = Number.NEGATIVE_INFINITY): number[] {
  const placed: LabelBox[] = [];
  return boxes.map((wanted) => {
    const underBand = wanted.y - wanted.height >= 0 && wanted.y - wanted.height < top;
    const box = underBand ? { ...wanted, y: top + wanted.height } : wanted;
    const clear = (y: number) => !placed.some((other) => overlap(box.x, y, box, other));
    const moves = placed.flatMap((other) => [other.y - other.height, other.y + box.height]);
    const candidates = moves.filter((y) => y - box.height >= top && clear(y));
    const distance = (y: number) => Math.abs(y - box.y) + (y > box.y ? 0.5 : 0);
    const y = clear(box.y) ? box.y : (candidates.sort((a, b) => distance(a) - distance(b))[0] ?? box.y);
    placed.push({ ...box, y });
    return y;
  });
}

function overlap(x: number, y: number, box: LabelBox, other: LabelBox): boolean {
  return Math.abs(x - other.x) * 2 < box.width + other.width && y > other.y - other.height && y - box.height < other.y;
}
