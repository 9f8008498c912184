// The dialogs that edit a scenario: add a partner, a broker or a tie, remove an actor or a tie.

export const dialogs = {
  'dialogs.partnerHint': 'A partner works directly with {name}.',
  'dialogs.partnerHintNoFacilitator': 'A partner works directly with the facilitator.',
  'dialogs.partner': 'Partner',
  'dialogs.existingActor': 'An actor already in the network',
  'dialogs.newActor': 'A new actor',
  'dialogs.actor': 'Actor',
  'dialogs.partnerNamePlaceholder': "e.g. Kosovo Serb women's association",
  'dialogs.alsoTiePartner': 'Also tie the partner to',
  'dialogs.partnerIsFacilitator': 'The facilitator cannot be its own partner',
  'dialogs.partnerAlreadyTied': '{name} is already tied to {actors}',

  'dialogs.brokerHint': 'A broker is a new actor that ties together actors who are far apart: choose two or more.',
  'dialogs.brokerNamePlaceholder': 'e.g. Community liaison officer',
  'dialogs.brokerName': 'Broker {number}',
  'dialogs.tieBrokerTo': 'Tie the broker to',
  'dialogs.andCommunity': '…and to every civil-society actor of a community',
  'dialogs.noCommunity': 'No community',
  'dialogs.brokerNeedsTwo': {
    one: 'A broker needs two or more actors to tie together, got {count}',
    other: 'A broker needs two or more actors to tie together, got {count}',
  },

  'dialogs.from': 'From',
  'dialogs.to': 'To',
  'dialogs.twoDifferentActors': 'A tie needs two different actors.',
  'dialogs.kindOfTie': 'Kind of tie',

  'dialogs.whatToRemove': 'What to remove',
  'dialogs.actorAndTies': { one: '{name} and its {count} tie', other: '{name} and its {count} ties' },
  'dialogs.onlyTieWith': 'Only the tie with {name} ({kind})',

  'dialogs.name': 'Name',
  'dialogs.kind': 'Kind',
  'dialogs.country': 'Country',
  'dialogs.whereTiesAre': 'Where its ties are',
  'dialogs.community': 'Community (optional)',
  'dialogs.communityPlaceholder': 'e.g. Kosovo Serb',
  'dialogs.noActorMatches': 'No actor matches “{text}”',
} as const;
