import type { app as english } from '../en/app';
import type { TranslationOf } from '../types';

export const app: TranslationOf<typeof english> = {
  'app.title': 'Bridgework',
  'app.scenarioTools': 'Mjetet e skenarit',
  'app.storyFailed': 'Historia nuk mund të hapej: {reason}',
  'app.invalidData': 'Të dhënat e rrjetit të përfshirë janë të pavlefshme',
};
