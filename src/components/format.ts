// How numbers read on screen: fractions as whole percentages, missing values as "n/a".

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${Math.round(value * 100)}%`;
}

export function decimal(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}
