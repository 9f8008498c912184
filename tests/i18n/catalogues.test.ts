// Every language has every key of the English catalogue, with the same placeholders and the plural forms its grammar needs.

import { describe, expect, it } from 'vitest';
import { bs } from '../../src/i18n/bs/index';
import { en } from '../../src/i18n/en/index';
import { placeholdersOf } from '../../src/i18n/format-message';
import { INTL_TAG, LOCALES, type Locale } from '../../src/i18n/locales';
import { sq } from '../../src/i18n/sq/index';
import type { Catalogue } from '../../src/i18n/types';

const CATALOGUES: Record<Locale, Catalogue> = { en, sq, bs };
const texts = (message: Catalogue[string]) => (typeof message === 'string' ? [message] : Object.values(message));

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = CATALOGUES[locale];

  it('has every key of the English one', () => {
    const missing = Object.keys(en).filter((key) => !(key in catalogue));
    expect(missing, `keys missing from ${locale}`).toEqual([]);
  });

  it('has no key the English one lacks', () => {
    const extra = Object.keys(catalogue).filter((key) => !(key in en));
    expect(extra, `keys only in ${locale}`).toEqual([]);
  });

  it('uses the same placeholders as English in every message', () => {
    const mismatched = Object.entries(en)
      .filter(([key, message]) => catalogue[key] !== undefined)
      .filter(([key, message]) => {
        const ours = [...placeholdersOf(catalogue[key]!)].sort().join();
        const theirs = [...placeholdersOf(message)].sort().join();
        return ours !== theirs;
      })
      .map(([key]) => key);
    expect(mismatched, `messages whose {placeholders} differ from English in ${locale}`).toEqual([]);
  });
});

describe.each(LOCALES)('every %s message', (locale) => {
  const catalogue = CATALOGUES[locale];
  const categories = new Intl.PluralRules(INTL_TAG[locale]).resolvedOptions().pluralCategories;

  it('is a non-empty text', () => {
    const empty = Object.entries(catalogue).filter(([, message]) => texts(message).some((text) => !text?.trim())).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('that counts has every plural form the language uses', () => {
    const plurals = Object.entries(catalogue).filter(([, message]) => typeof message !== 'string');
    for (const [key, message] of plurals) {
      for (const category of categories) {
        expect(message, `${key} in ${locale} lacks its "${category}" form`).toHaveProperty(category);
      }
    }
  });
});
