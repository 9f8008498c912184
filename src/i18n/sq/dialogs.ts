import type { dialogs as english } from '../en/dialogs';
import type { TranslationOf } from '../types';

export const dialogs: TranslationOf<typeof english> = {
  'dialogs.partnerHint': 'Një partner punon drejtpërdrejt me lehtësuesin ({name}).',
  'dialogs.partnerHintNoFacilitator': 'Një partner punon drejtpërdrejt me lehtësuesin.',
  'dialogs.partner': 'Partneri',
  'dialogs.existingActor': 'Një aktor që është tashmë në rrjet',
  'dialogs.newActor': 'Një aktor i ri',
  'dialogs.actor': 'Aktori',
  'dialogs.partnerNamePlaceholder': 'p.sh. Shoqata e grave serbe të Kosovës',
  'dialogs.alsoTiePartner': 'Lidhe partnerin edhe me',
  'dialogs.partnerIsFacilitator': 'Lehtësuesi nuk mund të jetë partner i vetvetes',
  'dialogs.partnerAlreadyTied': '{name} tashmë ka lidhje me {actors}',

  'dialogs.brokerHint': 'Ndërmjetësi është një aktor i ri që lidh aktorë të largët nga njëri-tjetri: zgjidhni dy ose më shumë.',
  'dialogs.brokerNamePlaceholder': 'p.sh. Zyrtar ndërlidhës me komunitetin',
  'dialogs.brokerName': 'Ndërmjetësi {number}',
  'dialogs.tieBrokerTo': 'Lidhe ndërmjetësin me',
  'dialogs.andCommunity': '…dhe me çdo aktor të shoqërisë civile të një komuniteti',
  'dialogs.noCommunity': 'Asnjë komunitet',
  'dialogs.brokerNeedsTwo': {
    one: 'Ndërmjetësi duhet të lidhë dy ose më shumë aktorë; është zgjedhur {count}',
    other: 'Ndërmjetësi duhet të lidhë dy ose më shumë aktorë; janë zgjedhur {count}',
  },

  'dialogs.from': 'Nga',
  'dialogs.to': 'Te',
  'dialogs.twoDifferentActors': 'Një lidhje kërkon dy aktorë të ndryshëm.',
  'dialogs.kindOfTie': 'Lloji i lidhjes',

  'dialogs.whatToRemove': 'Çfarë të hiqet',
  'dialogs.actorAndTies': { one: '{name} bashkë me {count} lidhje', other: '{name} bashkë me {count} lidhje' },
  'dialogs.onlyTieWith': 'Vetëm lidhja me {name} ({kind})',

  'dialogs.name': 'Emri',
  'dialogs.kind': 'Lloji',
  'dialogs.country': 'Vendi',
  'dialogs.whereTiesAre': 'Sipas lidhjeve',
  'dialogs.community': 'Komuniteti (opsional)',
  'dialogs.communityPlaceholder': 'p.sh. Kosovo Serb',
  'dialogs.noActorMatches': 'Asnjë aktor nuk përputhet me «{text}»',
};
