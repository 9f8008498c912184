// How each kind of actor looks: a colour from Paul Tol's colour-blind-safe schemes and a shape by role.

import type { ActorKind } from '../../core/model/types';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface KindStyle {
  label: string;
  /** For the legend, where space is short. */
  short: string;
  /** The same in both themes, so the map reads alike in each; canvas-theme.ts rims the ones too pale or too dark for one. */
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
