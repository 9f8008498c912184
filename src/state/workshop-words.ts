// The workshop's sentences in the interface's language: the core's Words, filled from the catalogues.

import { ordinal } from '../core/workshop/words';
import type { Words } from '../core/workshop/sentences';
import { i18n, t } from '../i18n/i18n.svelte';
import { countryShortName } from '../i18n/vocabulary';

/** A percentage with one decimal at most; `least` decimals always (1: "25.0%", 0: "25%"). */
const percent = (value: number, least: 0 | 1): string =>
  i18n.number(value, { style: 'percent', minimumFractionDigits: least, maximumFractionDigits: 1 });

/** "Kosovo", "BiH"; "regional" stays lower case inside a sentence. */
function country(code: string): string {
  const name = countryShortName(code);
  return code === 'regional' || code === 'international' ? name.toLocaleLowerCase(i18n.tag) : name;
}

/**
 * Every call reads the current language, so a sentence computed in `$derived` or in markup follows a
 * switch. Ranks: "4th" in English; "4" and "4." where Albanian and Bosnian sentences say "vendin e 4",
 * "na 4. mjesto".
 */
export const interfaceWords: Words = {
  say: (key, params) => t(key, params),
  ordinal: (n) => (i18n.locale === 'en' ? ordinal(n) : i18n.locale === 'bs' ? `${n}.` : String(n)),
  percent: (value) => (value === null || value === undefined || Number.isNaN(value) ? t('common.notAvailable') : percent(value, 1)),
  share: (value) => percent(value, 0),
  country,
};
