import type { sidebar as english } from '../en/sidebar';
import type { TranslationOf } from '../types';

export const sidebar: TranslationOf<typeof english> = {
  'sidebar.label': 'Metrike i detalji',
  'sidebar.builtInStory': 'Izgradnja mreže za žene, mir i sigurnost na Zapadnom Balkanu, 2002–2011.',
  'sidebar.theFacilitator': 'facilitator',
  'sidebar.without': 'Bez: {name}',
  'sidebar.closePanel': 'Zatvori: {title}',
  'sidebar.facilitator': 'facilitator: {name}',
  'sidebar.source': 'Izvor: {source}',
  'sidebar.hint':
    'Odaberite aktera na mapi ili na listi da vidite njegove veze i riječi samog izvještaja koje stoje iza svake od njih. Povucite aktera da ga zakačite; dvostruki klik ga otkačinje.',
};
