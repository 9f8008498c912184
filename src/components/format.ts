// How numbers read on screen, the interface language's way: fractions as whole percentages, missing values as "n/a".

import { i18n, t } from '../i18n/i18n.svelte';

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || Number.isNaN(value);

/** "25%", rounded as Math.round does; a tiny negative reads "0%", not "-0%". */
export function percent(value: number | null | undefined): string {
  if (missing(value)) return t('common.notAvailable');
  const whole = Math.round(value * 100) || 0;
  return i18n.number(whole / 100, { style: 'percent', maximumFractionDigits: 0 });
}

/** "0.125" with `digits` decimals, never grouped. */
export function decimal(value: number | null | undefined, digits = 3): string {
  return missing(value) ? t('common.notAvailable')
    : i18n.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
}
