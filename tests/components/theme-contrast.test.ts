import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK_CANVAS, LIGHT_CANVAS } from '../../src/components/canvas/canvas-theme';
import { KIND_STYLES } from '../../src/components/canvas/palette';
import { ACTOR_KINDS } from '../../src/core/model/types';
import { contrast, over, parseColour } from './contrast';

const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');

/** The custom properties set in the first rule with exactly this selector. */
function properties(selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector} in styles.css`);
  const body = css.slice(at, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const light = properties(':root');
const themes = [['light', light], ['dark', { ...light, ...properties(":root[data-theme='dark']") }]] as const;

const TEXT = 4.5;
const UI = 3;

/** Foreground, background and the ratio it needs; each pair is one the components use. */
const PAIRS: [string, string, number, string][] = [
  ...['--page-bg', '--surface', '--surface-2', '--quote-bg', '--selected-bg', '--warning-bg', '--success-bg']
    .map((bg): [string, string, number, string] => ['--ink', bg, TEXT, 'body text']),
  ...['--page-bg', '--surface', '--surface-2', '--quote-bg', '--selected-bg', '--warning-bg']
    .map((bg): [string, string, number, string] => ['--muted', bg, TEXT, 'secondary text, counts, captions']),
  ['--accent', '--surface', TEXT, '"more" summaries in the sidebar'],
  ['--danger', '--surface', TEXT, 'errors, a worse figure, the fragility drop'],
  ['--danger', '--surface-2', TEXT, 'a worse figure on a grey card'],
  ['--success', '--surface', TEXT, 'a better figure'],
  ['--success', '--surface-2', TEXT, 'a better figure on a grey card'],
  ['--surface', '--ink', TEXT, 'pressed buttons, the notice'],
  ['--surface', '--inverse-hover', TEXT, 'the primary button under the pointer'],
  ['--stage-ink', '--stage-bg', TEXT, 'a story on stage'],
  ['--stage-better', '--stage-bg', TEXT, 'a better figure on stage'],
  ['--stage-worse', '--stage-bg', TEXT, 'a worse figure on stage'],
  ['--muted', '--stage-bg', TEXT, '"no change" on stage'],
  ...['--page-bg', '--surface', '--surface-2']
    .map((bg): [string, string, number, string] => ['--focus', bg, UI, 'the focus ring']),
  ['--danger', '--surface', UI, 'an invalid field\'s border'],
  ['--accent', '--surface-2', UI, 'a group\'s bar on its track'],
  ['--bar-lowest', '--surface-2', UI, 'the lowest group\'s bar on its track'],
];

const ratio = (fg: string, bg: string) => contrast(over(fg, bg), parseColour(bg).rgb);

describe.each(themes)('the page\'s colours in the %s theme', (name, colours) => {
  it.each(PAIRS)('%s on %s reaches %d:1 (%s)', (fg, bg, needed) => {
    expect(colours[fg], fg).toBeDefined();
    expect(colours[bg], bg).toBeDefined();
    expect(ratio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(needed);
  });

  it('the map\'s background is the page\'s', () => {
    expect(colours['--page-bg']!.toLowerCase()).toBe((name === 'dark' ? DARK_CANVAS : LIGHT_CANVAS).background.toLowerCase());
  });

  it('every kind\'s swatch in the legend reaches 3:1 on the panel, by its colour or by its rim', () => {
    const rims = (name === 'dark' ? DARK_CANVAS : LIGHT_CANVAS).rims;
    for (const kind of ACTOR_KINDS) {
      const shown = ratio(KIND_STYLES[kind].colour, colours['--surface']!) >= UI ? KIND_STYLES[kind].colour : rims[kind];
      expect(shown, `${kind} has neither`).toBeDefined();
      expect(ratio(shown!, colours['--surface']!), kind).toBeGreaterThanOrEqual(UI);
    }
  });
});
