// The language the app opens in: the one last chosen here, else the browser's; kept on <html lang>.

import { readPreference, writePreference } from '../persistence/preference';
import { i18n } from './i18n.svelte';
import { chooseLocale, isLocale, type Locale } from './locales';

const KEY = 'bridgework.locale';

function remembered(): Locale | null {
  const value = readPreference(KEY);
  return isLocale(value) ? value : null;
}

export async function switchLocale(locale: Locale): Promise<void> {
  await i18n.use(locale);
  document.documentElement.lang = locale;
  writePreference(KEY, locale);
}

export async function startLocale(): Promise<void> {
  const locale = remembered() ?? chooseLocale(navigator.languages ?? [navigator.language]);
  await i18n.use(locale).catch(() => i18n.use('en'));
  document.documentElement.lang = i18n.locale;
}
