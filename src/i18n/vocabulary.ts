// The data's codes (kinds, countries, levels, tie kinds) named in the interface's current language.

import type { ActorKind, Capacity, Country, Level, TieKind } from '../core/model/types';
import type { MessageKey } from './en/index';
import { t } from './i18n.svelte';

const KIND_KEYS: Record<ActorKind, MessageKey> = {
  womens_org: 'kind.womensOrg', civil_society: 'kind.civilSociety', network: 'kind.network', forum: 'kind.forum',
  government: 'kind.government', parliament: 'kind.parliament', security: 'kind.security', justice: 'kind.justice',
  international: 'kind.international', un: 'kind.un', donor: 'kind.donor', media: 'kind.media',
  academia: 'kind.academia', faith: 'kind.faith', person: 'kind.person',
};

const COUNTRY_KEYS: Record<Country, MessageKey> = {
  Kosovo: 'country.kosovo', BiH: 'country.bih', Serbia: 'country.serbia',
  regional: 'country.regional', international: 'country.international',
};

const TIE_KIND_KEYS: Record<TieKind, MessageKey> = {
  partnership: 'tieKind.partnership', membership: 'tieKind.membership', mou: 'tieKind.mou', funding: 'tieKind.funding',
  training: 'tieKind.training', coordination: 'tieKind.coordination', dialogue: 'tieKind.dialogue',
};

// Codes outside the vocabulary (an import's own) are shown as the data writes them.
function named<K extends string>(keys: Record<K, MessageKey>, code: string, suffix = ''): string {
  const key = (keys as Record<string, MessageKey>)[code];
  return key ? t(`${key}${suffix}` as MessageKey) : code;
}

/** "Women's organisation" for womens_org. */
export const kindName = (kind: ActorKind | string): string => named(KIND_KEYS, kind);

/** "Women's org.": for legends and other tight places. */
export const kindShortName = (kind: ActorKind | string): string => named(KIND_KEYS, kind, 'Short');

/** "Bosnia and Herzegovina" for BiH. */
export const countryName = (country: Country | string): string => named(COUNTRY_KEYS, country);

/** "BiH" for BiH, other countries in full: for tables and cards. */
export const countryShortName = (country: Country | string): string =>
  country === 'BiH' ? t('country.bihShort') : countryName(country);

/** "memorandum of understanding" for mou, lower case as it reads inside a sentence. */
export const tieKindName = (kind: TieKind | string): string => named(TIE_KIND_KEYS, kind);

/** "MoU" for mou, other kinds in full. */
export const tieKindShortName = (kind: TieKind | string): string =>
  kind === 'mou' ? t('tieKind.mouShort') : tieKindName(kind);

export const levelName = (level: Level | string): string =>
  (['local', 'meso', 'national', 'regional', 'international'] as const).includes(level as Level) ? t(`level.${level as Level}`) : level;

export const capacityName = (capacity: Capacity | string): string =>
  capacity === 'established' || capacity === 'emerging' ? t(`capacity.${capacity}`) : capacity;
