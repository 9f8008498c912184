import type { list as english } from '../en/list';
import type { TranslationOf } from '../types';

export const list: TranslationOf<typeof english> = {
  'list.caption': {
    one: '{count} akter. Odaberite naslov kolone za sortiranje; odaberite naziv da biste odabrali aktera.',
    few: '{count} aktera. Odaberite naslov kolone za sortiranje; odaberite naziv da biste odabrali aktera.',
    other: '{count} aktera. Odaberite naslov kolone za sortiranje; odaberite naziv da biste odabrali aktera.',
  },
  'list.name': 'Naziv',
  'list.acronym': 'Skraćenica',
  'list.kind': 'Vrsta',
  'list.country': 'Država',
  'list.tiedTo': 'Veze',
  'list.reach': 'Doseg',
  'list.betweenness': 'Međupoloženost',
  'list.showing': 'Prikazano prvih {shown} od {total}.',
  'list.showMore': { one: 'Prikaži još {count} aktera', few: 'Prikaži još {count} aktera', other: 'Prikaži još {count} aktera' },
  'list.filter': 'Filtriraj listu',
  'list.filterPlaceholder': 'Filtriraj po nazivu ili skraćenici',
  'list.matching': { one: 'Odgovara {count} od {total} aktera', few: 'Odgovaraju {count} od {total} aktera', other: 'Odgovara {count} od {total} aktera' },
  'list.noMatch': 'Nijedan akter ne odgovara upitu "{query}".',
};
