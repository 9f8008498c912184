import type { presenter as english } from '../en/presenter';
import type { TranslationOf } from '../types';

export const presenter: TranslationOf<typeof english> = {
  'presenter.counter': 'Hapi {number} nga {count} · {title}',
  'presenter.reach': 'Shtrirja',
  'presenter.inclusion': 'Përfshirja',
  'presenter.overlap': 'Mbivendosja',
  'presenter.steps': 'Hapat e historisë',
  'presenter.previous': 'Hapi i mëparshëm',
  'presenter.next': 'Hapi tjetër',
  'presenter.end': 'Përfundo historinë',
  'presenter.keys': 'Shigjetat, Page Up dhe Page Down ose një telekomandë prezantimi kalojnë nga një hap te tjetri; Esc e përfundon historinë.',
};
