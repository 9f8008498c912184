// The edit sentences in the interface's language. English keeps the core's own wording, and a group its label.

import { listNames } from '../i18n/list-names';
import { ENGLISH_EDIT_WORDS, type EditWords } from '../core/scenario/describe';
import type { MessageKey } from '../i18n/en/index';
import { i18n, t } from '../i18n/i18n.svelte';
import { capacityName, countryShortName, kindName, levelName, tieKindName } from '../i18n/vocabulary';

const FIELD_KEYS: Record<string, MessageKey> = {
  name: 'scenario.fieldName', short: 'scenario.fieldShort', kind: 'scenario.fieldKind', country: 'scenario.fieldCountry',
  level: 'scenario.fieldLevel', community: 'scenario.fieldCommunity', capacity: 'scenario.fieldCapacity',
  since: 'scenario.fieldSince', memberCount: 'scenario.fieldMemberCount', note: 'scenario.fieldNote',
  evidence: 'scenario.fieldEvidence', extra: 'scenario.fieldExtra',
};


/** "Organizatë grash" reads "organizatë grash" inside a sentence; "OSBE ..." keeps its capitals. */
const inSentence = (text: string): string => text.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLocaleLowerCase(i18n.tag));

const country = (code: string): string =>
  code === 'regional' || code === 'international' ? inSentence(countryShortName(code)) : countryShortName(code);

const fieldName = (field: string): string => (FIELD_KEYS[field] ? t(FIELD_KEYS[field]) : field);

function fieldValue(field: string, value: unknown): string {
  const text = String(value);
  if (field === 'kind') return inSentence(kindName(text));
  if (field === 'country') return country(text);
  if (field === 'level') return levelName(text);
  if (field === 'capacity') return capacityName(text);
  return JSON.stringify(value);
}

const TRANSLATED: EditWords = {
  join: listNames,
  others: (count) => t('scenario.listOthers', { count }),
  addActor: (name, kind, place) => t('scenario.editAddActor', { name, kind, country: place }),
  removeActor: (name) => t('scenario.editRemoveActor', { name }),
  addTie: (tie) => t('scenario.editAddTie', { tie }),
  removeTie: (tie) => t('scenario.editRemoveTie', { tie }),
  changeActor: (name, changes) => t('scenario.editChangeActor', { name, changes }),
  setField: (field, value) => t('scenario.editSetField', { field: fieldName(field), value: fieldValue(field, value) }),
  clearField: (field) => t('scenario.editClearField', { field: fieldName(field) }),
  unknown: (op) => t('scenario.editUnknown', { op }),
  kind: (kind) => inSentence(kindName(kind)),
  country,
  tieKind: tieKindName,
  groups: {
    addPartner: (name, actors) => t('scenario.editAddPartner', { name, actors }),
    addBroker: (name, actors) => t('scenario.editAddBroker', { name, actors }),
    addTies: (ties, count) => t('scenario.editAddTies', { ties, count }),
  },
};

/** The words for describeEdits now; called inside a `$derived`, the sentences follow a language switch. */
export function editWords(): EditWords {
  return i18n.locale === 'en' ? ENGLISH_EDIT_WORDS : TRANSLATED;
}
