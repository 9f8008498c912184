import type { suggestions as english } from '../en/suggestions';
import type { TranslationOf } from '../types';

export const suggestions: TranslationOf<typeof english> = {
  'suggestions.title': 'Sugjerime',
  'suggestions.close': 'Mbyll sugjerimet',
  'suggestions.hint': 'Cilat shtesa do ta rritnin më shumë përfshirjen? Në barazim vendos shtrirja, pastaj mbivendosja më e ulët.',
  'suggestions.searchFor': 'Kërko',
  'suggestions.newTies': 'Lidhje të reja: {select}',
  'suggestions.newTiesCount': 'Sa lidhje të reja',
  'suggestions.broker': { one: 'Një ndërmjetës i ri i lidhur me {select} aktor', other: 'Një ndërmjetës i ri i lidhur me {select} aktorë' },
  'suggestions.brokerCount': 'Me sa aktorë lidhet ndërmjetësi',
  'suggestions.find': 'Gjej sugjerime',
  'suggestions.progress': 'Përparimi i kërkimit',
  'suggestions.stale': 'Rrjeti ka ndryshuar që nga kërkimi i fundit: kërkoni përsëri për sugjerime që i përshtaten.',
  'suggestions.results': 'Shtesat e sugjeruara',
  'suggestions.addTies': { one: 'Shto lidhje: {pairs}', other: 'Shto lidhje: {pairs}' },
  'suggestions.addBroker': 'Shto ndërmjetës: {name} mes {names}',
  'suggestions.change': '{metric} {change}',
  'suggestions.apply': 'Zbato',
  'suggestions.applyNumbered': 'Zbato sugjerimin {number}',
  'suggestions.none': 'Asnjë shtesë brenda këtij buxheti nuk e rrit përfshirjen.',
  'suggestions.cancelled': 'Kërkimi u anulua.',
  'suggestions.failed': 'Kërkimi dështoi: {reason}',
};
