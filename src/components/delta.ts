// How a change from baseline to scenario reads: "▲ 3.2 pts", and whether it is good news.

import { t } from '../i18n/i18n.svelte';
import { decimal } from './format';

export interface Delta {
  text: string;
  /** 'better', 'worse' or 'same', given which way is better for this number. */
  tone: 'better' | 'worse' | 'same';
}

/** Change in percentage points between two fractions; null when either is n/a. */
export function delta(before: number | null | undefined, after: number | null | undefined, higherIsBetter = true): Delta | null {
  if (before === null || before === undefined || after === null || after === undefined) return null;
  if (Number.isNaN(before) || Number.isNaN(after)) return null;
  const points = (after - before) * 100;
  if (Math.abs(points) < 0.05) return { text: t('metrics.noChange'), tone: 'same' };
  const up = points > 0;
  return {
    text: t(up ? 'metrics.pointsUp' : 'metrics.pointsDown', { points: decimal(Math.abs(points), 1) }),
    tone: up === higherIsBetter ? 'better' : 'worse',
  };
}
