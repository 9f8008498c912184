import type { common as english } from '../en/common';
import type { TranslationOf } from '../types';

export const common: TranslationOf<typeof english> = {
  'common.notAvailable': 'n/d',
  'common.close': 'Mbyll',
  'common.cancel': 'Anulo',
  'common.dismiss': 'Hiq',
  'common.language': 'Gjuha',
  'common.listAnd': '{first} dhe {last}',
  'common.listMore': { one: '{first} dhe {count} tjetër', other: '{first} dhe {count} të tjerë' },
};
