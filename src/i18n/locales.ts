// The languages of the interface, and which one a browser's preferred languages choose.

export const LOCALES = ['en', 'sq', 'bs'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language menu should show it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  sq: 'Shqip',
  bs: 'Bos./Hrv./Srp.',
};

// Bosnian, Croatian, Serbian and Montenegrin share one Latin-script translation.
const LANGUAGE_TO_LOCALE: Record<string, Locale> = { en: 'en', sq: 'sq', bs: 'bs', hr: 'bs', sr: 'bs', cnr: 'bs', sh: 'bs' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages that the interface speaks, or English. */
export function chooseLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = LANGUAGE_TO_LOCALE[tag.toLowerCase().split(/[-_]/)[0]!];
    if (locale) return locale;
  }
  return 'en';
}

/**
 * The tags Intl gets for plurals, sorting and case, best first: a browser without Bosnian data
 * falls back to Croatian, then Serbian Latin, which count and sort alike.
 */
export const INTL_TAG: Record<Locale, string[]> = { en: ['en-GB'], sq: ['sq'], bs: ['bs', 'hr', 'sr-Latn'] };
