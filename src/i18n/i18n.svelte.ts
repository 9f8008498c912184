// The interface's language: English is built in, the others load when first chosen. `t` reads the
// current language, so every text drawn with it follows a switch.

import { en, type MessageKey } from './en/index';
import { formatMessage } from './format-message';
import { INTL_TAG, type Locale } from './locales';
import { formatNumber } from './numbers';
import type { Catalogue, Params } from './types';
import { problemWordsIn, type ProblemWords } from '../core/model/problem-words';

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  sq: () => import('./sq/index').then((module) => module.sq),
  bs: () => import('./bs/index').then((module) => module.bs),
};

class Interface {
  locale = $state<Locale>('en');
  #catalogues: Partial<Record<Locale, Catalogue>> = { en };

  /** The tags for Intl's plurals, sorting and case in the current language (numbers: use `number`). */
  get tag(): string[] {
    return INTL_TAG[this.locale];
  }

  /** A number written the current language's way, with Intl's options (digits, percent style). */
  number = (value: number, options?: Intl.NumberFormatOptions): string => formatNumber(value, this.locale, options);

  async use(locale: Locale): Promise<void> {
    if (!this.#catalogues[locale]) this.#catalogues[locale] = await LOADERS[locale as Exclude<Locale, 'en'>]();
    this.locale = locale;
  }

  /** Picked out of each catalogue once: an edit list with problems asks again after every edit. */
  #problemWords: Partial<Record<Locale, ProblemWords>> = {};

  /** The current language's problem templates, as data the import worker can format with. */
  problemWords = (): ProblemWords => {
    const catalogue = this.#catalogues[this.locale];
    if (!catalogue) return problemWordsIn(this.locale, en);
    return (this.#problemWords[this.locale] ??= problemWordsIn(this.locale, catalogue));
  };

  t = (key: MessageKey, params?: Params): string =>
    formatMessage(this.#catalogues[this.locale]?.[key] ?? en[key], params, this.locale);
}

export const i18n = new Interface();
export const t = i18n.t;
