// The map's colours for each page theme, handed to every draw call: nothing on the canvas reads the DOM for a colour.

import type { ActorKind } from '../../core/model/types';
import type { Theme } from '../theme';

export interface CanvasTheme {
  background: string;
  label: string;
  /** Drawn under each label, so a tie crossing it does not cut the letters. */
  labelHalo: string;
  region: string;
  tie: string;
  tieLit: string;
  /** Around an actor's shape, parting it from the shapes and ties beneath. */
  outline: string;
  /**
   * A darker (or, on dark, lighter) rim of the kind's own hue, for the kinds whose colour alone is under
   * 3:1 (WCAG 1.4.11) against the background or the legend's panel; the others take `outline`. Each rim
   * has 3.6:1 against both, so it still holds where a faint tie runs behind.
   */
  rims: Readonly<Partial<Record<ActorKind, string>>>;
  selection: string;
  focus: string;
  /** Scenario marks: dark (light on dark) for what is new, blue for a change, red for what is gone. */
  added: string;
  changed: string;
  removed: string;
  grew: string;
  shrank: string;
}

export const LIGHT_CANVAS: Readonly<CanvasTheme> = {
  background: '#f7f8fa',
  label: '#1d2230',
  labelHalo: 'rgba(255, 255, 255, 0.9)',
  region: '#5b6375',
  tie: 'rgba(90, 100, 120, 0.35)',
  tieLit: 'rgba(40, 50, 70, 0.85)',
  outline: 'rgba(255, 255, 255, 0.9)',
  rims: {
    civil_society: '#8D834C', forum: '#398F81', parliament: '#5884AF', justice: '#84842C',
    international: '#5A879D', media: '#C8642B', academia: '#7F7F7F', faith: '#947E3F',
  },
  selection: '#111111',
  focus: '#0b57d0',
  added: '#1d2230',
  changed: '#0077BB',
  removed: '#CC3311',
  grew: '#009988',
  shrank: '#CC3311',
};

// Paul Tol's vibrant and light schemes in place of the darker marks, which would sink into the background.
export const DARK_CANVAS: Readonly<CanvasTheme> = {
  background: '#12151c',
  label: '#e4e7ee',
  labelHalo: 'rgba(18, 21, 28, 0.9)',
  region: '#848c9e',
  tie: 'rgba(170, 180, 200, 0.28)',
  tieLit: 'rgba(220, 228, 240, 0.85)',
  outline: 'rgba(18, 21, 28, 0.9)',
  rims: { network: '#A96085', government: '#786DB0', security: '#2E874B' },
  selection: '#ffffff',
  focus: '#8ab4f8',
  added: '#e4e7ee',
  changed: '#33BBEE',
  removed: '#EE6677',
  grew: '#44BB99',
  shrank: '#EE6677',
};

export function canvasThemeOf(theme: Theme): Readonly<CanvasTheme> {
  return theme === 'dark' ? DARK_CANVAS : LIGHT_CANVAS;
}
