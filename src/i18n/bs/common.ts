import type { common as english } from '../en/common';
import type { TranslationOf } from '../types';

export const common: TranslationOf<typeof english> = {
  'common.notAvailable': 'n/p',
  'common.close': 'Zatvori',
  'common.cancel': 'Otkaži',
  'common.dismiss': 'Odbaci',
  'common.language': 'Jezik',
  'common.listAnd': '{first} i {last}',
  'common.listMore': { one: '{first} i još {count}', few: '{first} i još {count}', other: '{first} i još {count}' },
};
