import type { sidebar as english } from '../en/sidebar';
import type { TranslationOf } from '../types';

export const sidebar: TranslationOf<typeof english> = {
  'sidebar.label': 'Metrikat dhe detajet',
  'sidebar.builtInStory': 'Ndërtimi i një rrjeti për gratë, paqen dhe sigurinë në Ballkanin Perëndimor, 2002–2011',
  'sidebar.theFacilitator': 'lehtësuesi',
  'sidebar.without': 'Pa {name}',
  'sidebar.closePanel': 'Mbyll: {title}',
  'sidebar.facilitator': 'lehtësuesi: {name}',
  'sidebar.source': 'Burimi: {source}',
  'sidebar.hint':
    'Përzgjidhni një aktor në hartë ose në listë për të parë lidhjet e tij dhe fjalët e vetë raportit pas secilës prej tyre. Tërhiqni një aktor për ta fiksuar; klikoni dy herë për ta liruar.',
};
