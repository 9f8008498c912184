// Words and phrases many parts of the interface share.

export const common = {
  'common.notAvailable': 'n/a',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.dismiss': 'Dismiss',
  'common.language': 'Language',
  'common.listAnd': '{first} and {last}',
  'common.listMore': { one: '{first} and {count} more', other: '{first} and {count} more' },
} as const;
