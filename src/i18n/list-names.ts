// "A, B and C", or "A, B, … and 7 more" past `max` names, in the interface's language.
// Not Intl.ListFormat: some browsers lack its Albanian and Bosnian data ("A, B and C" in English, or commas only).

import { t } from './i18n.svelte';

export function listNames(names: readonly string[], max = Number.POSITIVE_INFINITY): string {
  if (names.length > max) return t('common.listMore', { first: names.slice(0, max).join(', '), count: names.length - max });
  if (names.length <= 1) return names[0] ?? '';
  return t('common.listAnd', { first: names.slice(0, -1).join(', '), last: names.at(-1)! });
}
