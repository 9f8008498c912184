import type { browse as english } from '../en/browse';
import type { TranslationOf } from '../types';

export const browse: TranslationOf<typeof english> = {
  'browse.view': 'Pamja',
  'browse.map': 'Harta',
  'browse.list': 'Lista',
  'browse.findActor': 'Gjej aktorin',
  'browse.findPlaceholder': 'Gjej aktorin sipas emrit ose akronimit',
  'browse.find': 'Gjej',
  'browse.showing': 'Po shfaqet {name}',
};
