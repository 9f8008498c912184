import type { list as english } from '../en/list';
import type { TranslationOf } from '../types';

export const list: TranslationOf<typeof english> = {
  'list.caption': {
    one: '{count} aktor. Zgjidhni titullin e një kolone për të renditur; zgjidhni një emër për të përzgjedhur aktorin.',
    other: '{count} aktorë. Zgjidhni titullin e një kolone për të renditur; zgjidhni një emër për të përzgjedhur aktorin.',
  },
  'list.name': 'Emri',
  'list.acronym': 'Akronimi',
  'list.kind': 'Lloji',
  'list.country': 'Vendi',
  'list.tiedTo': 'Lidhje',
  'list.reach': 'Shtrirja',
  'list.betweenness': 'Ndërmjetësia',
  'list.showing': 'Shfaqen {shown} të parët nga {total}.',
  'list.showMore': { one: 'Shfaq edhe {count} aktor', other: 'Shfaq edhe {count} aktorë' },
  'list.filter': 'Filtro listën',
  'list.filterPlaceholder': 'Filtro sipas emrit ose akronimit',
  'list.matching': { one: '{count} nga {total} aktorë përputhet', other: '{count} nga {total} aktorë përputhen' },
  'list.noMatch': 'Asnjë aktor nuk përputhet me "{query}".',
};
