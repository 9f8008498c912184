// A translated sentence cut around some of its placeholders, so markup (a bold number, a select) can stand there.

import type { MessageKey } from './en/index';
import { t } from './i18n.svelte';
import type { Params } from './types';

export type MessagePart = { text: string; slot?: undefined } | { text?: undefined; slot: string };

const MARK = '\u0000';

/** The message's text, with each placeholder named in `slots` left as a part of its own, in the language's order. */
export function messageParts(key: MessageKey, params: Params, slots: readonly string[]): MessagePart[] {
  const marked = Object.fromEntries(slots.map((slot) => [slot, `${MARK}${slot}${MARK}`]));
  const pieces = t(key, { ...params, ...marked }).split(new RegExp(`${MARK}(\\w+)${MARK}`));
  return pieces.flatMap((piece, i): MessagePart[] => (i % 2 === 1 ? [{ slot: piece }] : piece ? [{ text: piece }] : []));
}
