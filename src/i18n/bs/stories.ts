import type { stories as english } from '../en/stories';
import type { TranslationOf } from '../types';

export const stories: TranslationOf<typeof english> = {
  'stories.title': 'Priče',
  'stories.builtIn': '(ugrađena)',
  'stories.builtInOpensReport': '(ugrađena; prikazivanje otvara mrežu iz izvještaja)',
  'stories.presentBuiltIn': 'Predstavi priču',
  'stories.stepCount': { one: '({count} korak)', few: '({count} koraka)', other: '({count} koraka)' },
  'stories.presentNamed': 'Predstavi: {title}',
  'stories.present': 'Predstavi',
  'stories.editNamed': 'Uredi: {title}',
  'stories.edit': 'Uredi',
  'stories.new': 'Nova priča',
  'stories.storyTitle': 'Naslov priče',
  'stories.steps': 'Koraci',
  'stories.stepTitle': 'Naslov koraka {number}',
  'stories.stepCaption': 'Opis koraka {number}',
  'stories.moveUp': 'Pomjeri korak {number} gore',
  'stories.moveDown': 'Pomjeri korak {number} dolje',
  'stories.deleteStep': 'Izbriši korak {number}',
  'stories.delete': 'Izbriši',
  'stories.addHint': 'Napravite prikaz koji želite (scenarij, godinu na vremenskoj liniji, odabranog aktera, k, veličine), a zatim:',
  'stories.addView': 'Dodaj ovaj prikaz kao korak',
  'stories.export': 'Izvezi priču',
  'stories.deleteStory': 'Izbriši priču',
  'stories.defaultTitle': 'Priča {number}',
  'stories.baselineStep': 'Mreža kako je opisuje izvještaj',
};
