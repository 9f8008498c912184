import type { browse as english } from '../en/browse';
import type { TranslationOf } from '../types';

export const browse: TranslationOf<typeof english> = {
  'browse.view': 'Prikaz',
  'browse.map': 'Mapa',
  'browse.list': 'Lista',
  'browse.findActor': 'Pronađi aktera',
  'browse.findPlaceholder': 'Pronađi aktera po nazivu ili skraćenici',
  'browse.find': 'Traži',
  'browse.showing': 'Prikazano: {name}',
};
