import type { dialogs as english } from '../en/dialogs';
import type { TranslationOf } from '../types';

export const dialogs: TranslationOf<typeof english> = {
  'dialogs.partnerHint': 'Partner radi neposredno s facilitatorom ({name}).',
  'dialogs.partnerHintNoFacilitator': 'Partner radi neposredno s facilitatorom.',
  'dialogs.partner': 'Partner',
  'dialogs.existingActor': 'Akter koji je već u mreži',
  'dialogs.newActor': 'Novi akter',
  'dialogs.actor': 'Akter',
  'dialogs.partnerNamePlaceholder': 'npr. Udruženje žena kosovskih Srba',
  'dialogs.alsoTiePartner': 'Poveži partnera i s',
  'dialogs.partnerIsFacilitator': 'Facilitator ne može biti sam sebi partner',
  'dialogs.partnerAlreadyTied': '{name} već ima veze s: {actors}',

  'dialogs.brokerHint': 'Posrednik je novi akter koji povezuje međusobno udaljene aktere: odaberite dva ili više.',
  'dialogs.brokerNamePlaceholder': 'npr. Službenik za vezu sa zajednicom',
  'dialogs.brokerName': 'Posrednik {number}',
  'dialogs.tieBrokerTo': 'Poveži posrednika s',
  'dialogs.andCommunity': '…i sa svakim akterom civilnog društva iz zajednice',
  'dialogs.noCommunity': 'Bez zajednice',
  'dialogs.brokerNeedsTwo': {
    one: 'Posrednik treba povezati dva ili više aktera, a odabran je {count}',
    few: 'Posrednik treba povezati dva ili više aktera, a odabrana su {count}',
    other: 'Posrednik treba povezati dva ili više aktera, a odabrano je {count}',
  },

  'dialogs.from': 'Od',
  'dialogs.to': 'Do',
  'dialogs.twoDifferentActors': 'Za vezu su potrebna dva različita aktera.',
  'dialogs.kindOfTie': 'Vrsta veze',

  'dialogs.whatToRemove': 'Šta ukloniti',
  'dialogs.actorAndTies': {
    one: '{name} zajedno s {count} vezom',
    few: '{name} zajedno s {count} veze',
    other: '{name} zajedno s {count} veza',
  },
  'dialogs.onlyTieWith': 'Samo veza s akterom {name} ({kind})',

  'dialogs.name': 'Naziv',
  'dialogs.kind': 'Vrsta',
  'dialogs.country': 'Zemlja',
  'dialogs.whereTiesAre': 'Prema vezama',
  'dialogs.community': 'Zajednica (neobavezno)',
  'dialogs.communityPlaceholder': 'npr. Kosovo Serb',
  'dialogs.noActorMatches': 'Nijedan akter ne odgovara upitu „{text}“',
};
