// Fills a message's placeholders and picks its plural form; numbers are written the locale's way.

import { INTL_TAG, type Locale } from './locales';
import { formatNumber } from './numbers';
import type { Message, Params } from './types';

const pluralRules = new Map<Locale, Intl.PluralRules>();

export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_TAG[locale])));
  return rules.select(count);
}

export function formatMessage(message: Message, params: Params | undefined, locale: Locale): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = params?.count;
    const category = typeof count === 'number' ? pluralCategory(count, locale) : 'other';
    text = message[category] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** The placeholder names of a message, in all its forms: a translation must use the same ones. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
}
