// A suggested addition in words, in the interface's language: the core's own label is English.

import type { Suggestion } from '../core/metrics/suggestions';
import type { Network } from '../core/model/types';
import { t } from '../i18n/i18n.svelte';
import { listed } from './describe-map';

export function describeSuggestion(suggestion: Suggestion, network: Network): string {
  const added = suggestion.edit.edits.flatMap((edit) => (edit.op === 'addActor' ? [edit.actor] : []));
  const names = new Map([...network.actors, ...added].map((actor) => [actor.id, actor.name]));
  const name = (id: string) => names.get(id) ?? id;
  const broker = added[0];
  if (broker) {
    return t('suggestions.addBroker', { name: broker.name, names: listed(suggestion.ties.map(([, end]) => name(end))) });
  }
  const pairs = suggestion.ties.map(([source, target]) => `${name(source)} — ${name(target)}`).join('; ');
  return t('suggestions.addTies', { count: suggestion.ties.length, pairs });
}
