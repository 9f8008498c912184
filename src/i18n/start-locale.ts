// The language the app opens in: the one last chosen here, else the browser's; kept on <html lang>.

import { i18n } from './i18n.svelte';
import { chooseLocale, isLocale, type Locale } from './locales';

const KEY = 'bridgework.locale';

function remembered(): Locale | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export async function switchLocale(locale: Locale): Promise<void> {
  await i18n.use(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit.
  }
}

export async function startLocale(): Promise<void> {
  const locale = remembered() ?? chooseLocale(navigator.languages ?? [navigator.language]);
  await i18n.use(locale).catch(() => i18n.use('en'));
  document.documentElement.lang = i18n.locale;
}
