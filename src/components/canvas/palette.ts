// How each kind of actor looks: a colour from Paul Tol's colour-blind-safe schemes and a shape by role.

import type { ActorKind } from '../../core/model/types';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface KindStyle {
  label: string;
  /** For the legend, where space is short. */
  short: string;
  colour: string;
  shape: Shape;
}

// Shapes carry the METRICS.md roles (civil society round, decision-makers square, forums diamond),
// so the picture still reads where colours are hard to tell apart.
export const KIND_STYLES: Readonly<Record<ActorKind, KindStyle>> = {
  womens_org: { label: "Women's organisation", short: "Women's org.", colour: '#CC6677', shape: 'circle' },
  civil_society: { label: 'Civil society', short: 'Civil society', colour: '#DDCC77', shape: 'circle' },
  network: { label: 'Network or coalition', short: 'Network', colour: '#882255', shape: 'circle' },
  forum: { label: 'Forum', short: 'Forum', colour: '#44AA99', shape: 'diamond' },
  government: { label: 'Government', short: 'Government', colour: '#332288', shape: 'square' },
  parliament: { label: 'Parliament', short: 'Parliament', colour: '#6699CC', shape: 'square' },
  security: { label: 'Security', short: 'Security', colour: '#117733', shape: 'square' },
  justice: { label: 'Justice', short: 'Justice', colour: '#999933', shape: 'square' },
  international: { label: 'International mission', short: 'Intl. mission', colour: '#88CCEE', shape: 'square' },
  un: { label: 'UN agency', short: 'UN agency', colour: '#4477AA', shape: 'square' },
  donor: { label: 'Donor', short: 'Donor', colour: '#AA4499', shape: 'triangle' },
  media: { label: 'Media', short: 'Media', colour: '#EE7733', shape: 'triangle' },
  academia: { label: 'Academia', short: 'Academia', colour: '#BBBBBB', shape: 'triangle' },
  faith: { label: 'Faith group', short: 'Faith group', colour: '#EECC66', shape: 'triangle' },
  person: { label: 'Person', short: 'Person', colour: '#777777', shape: 'circle' },
};

export const TIE_COLOUR = 'rgba(90, 100, 120, 0.35)';
export const TIE_COLOUR_LIT = 'rgba(40, 50, 70, 0.85)';
export const SELECTION_COLOUR = '#111111';

// Scenario marks, from Paul Tol's vibrant scheme: dark for what is new, red for what is gone.
export const ADDED_COLOUR = '#1d2230';
export const CHANGED_COLOUR = '#0077BB';
export const REMOVED_COLOUR = '#CC3311';
export const GREW_COLOUR = '#009988';
export const SHRANK_COLOUR = '#CC3311';
