import type { suggestions as english } from '../en/suggestions';
import type { TranslationOf } from '../types';

export const suggestions: TranslationOf<typeof english> = {
  'suggestions.title': 'Prijedlozi',
  'suggestions.close': 'Zatvori prijedloge',
  'suggestions.hint': 'Koji dodaci bi najviše povećali uključenost? Kod izjednačenja odlučuje doseg, a zatim manje preklapanje.',
  'suggestions.searchFor': 'Traži',
  'suggestions.newTies': 'Nove veze: {select}',
  'suggestions.newTiesCount': 'Koliko novih veza',
  'suggestions.broker': {
    one: 'Novi posrednik povezan s {select} akterom',
    few: 'Novi posrednik povezan s {select} aktera',
    other: 'Novi posrednik povezan s {select} aktera',
  },
  'suggestions.brokerCount': 'S koliko aktera je posrednik povezan',
  'suggestions.find': 'Pronađi prijedloge',
  'suggestions.progress': 'Napredak pretrage',
  'suggestions.stale': 'Mreža se promijenila od posljednje pretrage: pretražite ponovo za prijedloge koji joj odgovaraju.',
  'suggestions.results': 'Predloženi dodaci',
  'suggestions.addTies': { one: 'Dodaj vezu: {pairs}', few: 'Dodaj veze: {pairs}', other: 'Dodaj veze: {pairs}' },
  'suggestions.addBroker': 'Dodaj posrednika {name} između: {names}',
  'suggestions.change': '{metric} {change}',
  'suggestions.apply': 'Primijeni',
  'suggestions.applyNumbered': 'Primijeni prijedlog {number}',
  'suggestions.none': 'Nijedan dodatak u okviru ovog budžeta ne povećava uključenost.',
  'suggestions.cancelled': 'Pretraga je otkazana.',
  'suggestions.failed': 'Pretraga nije uspjela: {reason}',
};
