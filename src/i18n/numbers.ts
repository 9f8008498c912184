// Numbers written each language's way. The separators are spelled out here rather than left to Intl,
// because browsers ship different locale data: Debian's Chromium writes Albanian and Bosnian numbers as
// English ones ("0.5"), while Node writes "0,5". The same text everywhere is what a presenter expects.

import type { Locale } from './locales';

const SEPARATORS: Record<Locale, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  sq: { decimal: ',', group: '\u00a0' },
  bs: { decimal: ',', group: '.' },
};

const formats = new Map<string, Intl.NumberFormat>();

function englishFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat('en-US', options)));
  return format;
}

/**
 * `value` as `locale` writes it, with Intl's options (digits, percent style). Thousands are grouped
 * from five digits on unless the options say otherwise, so years read as years (2011) and big counts
 * as counts (20,000).
 */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = { maximumFractionDigits: 3 }): string {
  const grouped = options.useGrouping ?? Math.abs(options.style === 'percent' ? value * 100 : value) >= 10_000;
  const english = englishFormat({ ...options, useGrouping: grouped }).format(value);
  const { decimal, group } = SEPARATORS[locale];
  return english.replace(/[.,]/g, (mark) => (mark === '.' ? decimal : group));
}
