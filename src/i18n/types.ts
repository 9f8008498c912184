// The shape of a translation: every key of the English catalogue, each a text or a set of plural forms.

/** Plural forms by Intl.PluralRules category; `other` is always there. English needs one/other, Bosnian one/few/other. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A text with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type Message = string | PluralForms;

export type Catalogue = Record<string, Message>;

/** Another language's version of an English catalogue: the same keys, no more, no fewer. */
export type TranslationOf<T extends Catalogue> = { [K in keyof T]: Message };

export type Params = Record<string, string | number>;
