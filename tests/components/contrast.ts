// WCAG 2 contrast of colours as the canvas writes them (#rgb, #rrggbb, rgb(), rgba()), an alpha laid over a background.

export type Rgb = [number, number, number];

export function parseColour(text: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { rgb: [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb, alpha: 1 };
  }
  const fn = /^rgba?\(([^)]+)\)$/i.exec(text.trim());
  if (!fn) throw new Error(`not a colour: ${text}`);
  const [r, g, b, a = 1] = fn[1]!.split(',').map(Number);
  return { rgb: [r!, g!, b!], alpha: a };
}

/** `colour` at `alpha` (times its own) painted over an opaque background. */
export function over(colour: string, background: string, alpha = 1): Rgb {
  const { rgb, alpha: own } = parseColour(colour);
  const bg = parseColour(background).rgb;
  const a = own * alpha;
  return rgb.map((c, i) => c * a + bg[i]! * (1 - a)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
