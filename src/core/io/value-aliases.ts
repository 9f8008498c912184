// Friendly spellings of kinds, countries, levels and capacities, read case-insensitively.

import { ACTOR_KINDS, CAPACITIES, COUNTRIES, LEVELS, TIE_KINDS } from '../model/types';

/** Compared after `normaliseValue`. data/IMPORT.md lists them; keep the two in step. */
const ALIASES = {
  kind: {
    womensorganisation: 'womens_org', womensorganization: 'womens_org', womensngo: 'womens_org', womensgroup: 'womens_org',
    ngo: 'civil_society', cso: 'civil_society', civilsocietyorganisation: 'civil_society', civilsocietyorganization: 'civil_society',
    association: 'civil_society', coalition: 'network', lobby: 'network',
    coordinationbody: 'forum', workinggroup: 'forum', board: 'forum',
    ministry: 'government', gov: 'government', police: 'security', military: 'security',
    court: 'justice', internationalorganisation: 'international', internationalorganization: 'international',
    unitednations: 'un', unagency: 'un', funder: 'donor', embassy: 'donor', university: 'academia',
    religious: 'faith', individual: 'person', people: 'person',
  },
  country: {
    bosnia: 'BiH', bosniaandherzegovina: 'BiH', bosniaherzegovina: 'BiH', bih: 'BiH', ba: 'BiH',
    kosovo: 'Kosovo', xk: 'Kosovo', serbia: 'Serbia', rs: 'Serbia',
    westernbalkans: 'regional', balkans: 'regional', region: 'regional', albania: 'regional',
    montenegro: 'regional', northmacedonia: 'regional', macedonia: 'regional', croatia: 'regional',
    global: 'international', intl: 'international',
  },
  level: { municipal: 'local', community: 'local', entity: 'meso', canton: 'meso', state: 'national', country: 'national', global: 'international' },
  capacity: { strong: 'established', new: 'emerging', young: 'emerging' },
  tieKind: {
    partner: 'partnership', member: 'membership', memberof: 'membership', memorandumofunderstanding: 'mou',
    funds: 'funding', grant: 'funding', trains: 'training', capacitybuilding: 'training',
    coordinates: 'coordination', advocacy: 'dialogue', lobbying: 'dialogue', meeting: 'dialogue',
  },
} as const satisfies Record<string, Record<string, string>>;

const CANONICAL: Record<keyof typeof ALIASES, readonly string[]> = {
  kind: ACTOR_KINDS, country: COUNTRIES, level: LEVELS, capacity: CAPACITIES, tieKind: TIE_KINDS,
};

export type Vocabulary = keyof typeof ALIASES;

/** Lower case, letters and digits only: "Women's organisation" -> "womensorganisation". */
export function normaliseValue(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The canonical value a spelling stands for, or the trimmed text itself so validation can name it. */
export function canonicalValue(vocabulary: Vocabulary, value: string): string {
  const key = normaliseValue(value);
  const canonical = CANONICAL[vocabulary].find((c) => normaliseValue(c) === key);
  if (canonical !== undefined) return canonical;
  const aliases: Record<string, string> = ALIASES[vocabulary];
  return Object.hasOwn(aliases, key) ? (aliases[key] as string) : value.trim();
}
