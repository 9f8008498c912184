// Where each country's actors gather on the map, laid out roughly as the region lies.

import { COUNTRIES, type Country } from '../model/types';

export interface Region {
  country: Country;
  label: string;
  x: number;
  y: number;
}

/** Centres in layout units; BiH to the west, Serbia to the north-east, Kosovo to the south-east. */
export const REGIONS: readonly Region[] = [
  { country: 'Kosovo', label: 'Kosovo', x: 300, y: 170 },
  { country: 'BiH', label: 'Bosnia and Herzegovina', x: -360, y: -20 },
  { country: 'Serbia', label: 'Serbia', x: 120, y: -330 },
  { country: 'regional', label: 'Regional', x: -10, y: 20 },
  { country: 'international', label: 'International', x: -200, y: 380 },
];

export function regionIndex(country: Country): number {
  return COUNTRIES.indexOf(country);
}

export function regionOf(index: number): Region {
  return REGIONS[index] ?? REGIONS[REGIONS.length - 1]!;
}
