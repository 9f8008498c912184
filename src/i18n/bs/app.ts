import type { app as english } from '../en/app';
import type { TranslationOf } from '../types';

export const app: TranslationOf<typeof english> = {
  'app.title': 'Bridgework',
  'app.scenarioTools': 'Alati scenarija',
  'app.storyFailed': 'Priča se nije mogla otvoriti: {reason}',
  'app.invalidData': 'Ugrađeni podaci o mreži nisu ispravni',
};
