import type { presenter as english } from '../en/presenter';
import type { TranslationOf } from '../types';

export const presenter: TranslationOf<typeof english> = {
  'presenter.counter': 'Korak {number} od {count} · {title}',
  'presenter.reach': 'Doseg',
  'presenter.inclusion': 'Uključenost',
  'presenter.overlap': 'Preklapanje',
  'presenter.steps': 'Koraci priče',
  'presenter.previous': 'Prethodni korak',
  'presenter.next': 'Sljedeći korak',
  'presenter.end': 'Završi priču',
  'presenter.keys': 'Strelice, Page Up i Page Down ili daljinski upravljač za prezentacije vode s koraka na korak; Esc završava priču.',
};
