// A group of actors chosen by attributes ("the Kosovo Serb women's organisations"), for brokers.

import { OTHER_COMMUNITY, type Actor, type ActorKind, type Country, type Network } from '../model/types';
import { kindLabel } from './names';

/** Every actor matching all the given criteria, e.g. { community: 'Kosovo Serb', kinds: ['womens_org'] }. */
export interface ActorGroup {
  community?: string;
  country?: Country;
  kinds?: readonly ActorKind[];
}

/** The actors of `network` in `group`, in network order; throws a RangeError for a group with no criteria. */
export function actorsInGroup(network: Network, group: ActorGroup): Actor[] {
  if (group.community === undefined && group.country === undefined && group.kinds === undefined) {
    throw new RangeError('A group of actors needs a community, a country or kinds');
  }
  return network.actors.filter(
    (a) =>
      (group.community === undefined || (a.community ?? OTHER_COMMUNITY) === group.community) &&
      (group.country === undefined || a.country === group.country) &&
      (group.kinds === undefined || group.kinds.includes(a.kind)),
  );
}

/** "all 3 women's organisations of the Kosovo Serb community in Kosovo". */
export function describeGroup(group: ActorGroup, count: number): string {
  const kinds = group.kinds?.map((kind) => `${kindLabel(kind)}s`).join(' and ') ?? 'actors';
  const community = group.community === undefined ? '' : ` of the ${group.community} community`;
  const country = group.country === undefined ? '' : ` in ${group.country}`;
  return `all ${count} ${kinds}${community}${country}`;
}

