// A recorder with the part of the canvas 2D API that drawNetwork uses, writing SVG: one drawing code, two outputs.

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** Enough of CanvasRenderingContext2D for drawNetwork; cast it where a context is expected. */
export class SvgContext {
  fillStyle = '#000';
  strokeStyle = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '12px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  lineJoin: CanvasLineJoin = 'miter';
  #path: string[] = [];
  #dash: number[] = [];
  #elements: string[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  setTransform(): void {}
  setLineDash(dash: number[]): void {
    this.#dash = dash;
  }
  beginPath(): void {
    this.#path = [];
  }
  moveTo(x: number, y: number): void {
    this.#path.push(`M${num(x)} ${num(y)}`);
  }
  lineTo(x: number, y: number): void {
    this.#path.push(`L${num(x)} ${num(y)}`);
  }
  closePath(): void {
    this.#path.push('Z');
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.#path.push(`M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`);
  }
  /** Whole circles only, which is all drawNetwork draws. */
  arc(x: number, y: number, r: number): void {
    this.#path.push(`M${num(x - r)} ${num(y)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`);
  }
  fill(): void {
    if (this.#path.length) this.#elements.push(`<path d="${this.#path.join('')}" fill="${this.fillStyle}"${this.#alpha()}/>`);
  }
  stroke(): void {
    if (!this.#path.length) return;
    const dash = this.#dash.length ? ` stroke-dasharray="${this.#dash.join(' ')}"` : '';
    this.#elements.push(`<path d="${this.#path.join('')}" fill="none" stroke="${this.strokeStyle}" stroke-width="${num(this.lineWidth)}"${dash}${this.#alpha()}/>`);
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    this.#elements.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${this.fillStyle}"/>`);
  }
  measureText(text: string): { width: number } {
    return { width: text.length * this.#fontSize() * 0.56 };
  }
  fillText(text: string, x: number, y: number): void {
    this.#text(text, x, y, `fill="${this.fillStyle}"`);
  }
  strokeText(text: string, x: number, y: number): void {
    this.#text(text, x, y, `fill="none" stroke="${this.strokeStyle}" stroke-width="${num(this.lineWidth)}" stroke-linejoin="round"`);
  }

  /** The SVG document; every label is escaped text, never markup. */
  toString(): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}">\n${this.#elements.join('\n')}\n</svg>\n`;
  }

  #text(text: string, x: number, y: number, paint: string): void {
    const anchor = this.textAlign === 'center' ? 'middle' : this.textAlign === 'right' || this.textAlign === 'end' ? 'end' : 'start';
    const baseline = this.textBaseline === 'top' ? 'hanging' : this.textBaseline === 'bottom' ? 'text-after-edge' : 'alphabetic';
    const weight = /\b([6-9]00|bold)\b/.test(this.font) ? ' font-weight="600"' : '';
    this.#elements.push(`<text x="${num(x)}" y="${num(y)}" font-family="system-ui, sans-serif" font-size="${this.#fontSize()}"${weight} text-anchor="${anchor}" dominant-baseline="${baseline}" ${paint}${this.#alpha()}>${escapeXml(text)}</text>`);
  }
  #fontSize(): number {
    return Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 12);
  }
  #alpha(): string {
    return this.globalAlpha < 1 ? ` opacity="${num(this.globalAlpha)}"` : '';
  }
}
