import type { stories as english } from '../en/stories';
import type { TranslationOf } from '../types';

export const stories: TranslationOf<typeof english> = {
  'stories.title': 'Historitë',
  'stories.builtIn': '(e integruar)',
  'stories.builtInOpensReport': '(e integruar; paraqitja e saj hap rrjetin e raportit)',
  'stories.presentBuiltIn': 'Prezanto historinë',
  'stories.stepCount': { one: '({count} hap)', other: '({count} hapa)' },
  'stories.presentNamed': 'Prezanto {title}',
  'stories.present': 'Prezanto',
  'stories.editNamed': 'Ndrysho {title}',
  'stories.edit': 'Ndrysho',
  'stories.new': 'Histori e re',
  'stories.storyTitle': 'Titulli i historisë',
  'stories.steps': 'Hapat',
  'stories.stepTitle': 'Titulli i hapit {number}',
  'stories.stepCaption': 'Përshkrimi i hapit {number}',
  'stories.moveUp': 'Lëviz hapin {number} lart',
  'stories.moveDown': 'Lëviz hapin {number} poshtë',
  'stories.deleteStep': 'Fshi hapin {number}',
  'stories.delete': 'Fshi',
  'stories.addHint': 'Krijoni pamjen që dëshironi (një skenar, një vit në vijën kohore, një aktor të zgjedhur, k, madhësitë), pastaj:',
  'stories.addView': 'Shto këtë pamje si hap',
  'stories.export': 'Eksporto historinë',
  'stories.deleteStory': 'Fshi historinë',
  'stories.defaultTitle': 'Historia {number}',
  'stories.baselineStep': 'Rrjeti siç e përshkruan raporti',
};
