// Gould–Fernandez brokerage roles: who an actor brokers between, by group.

import type { GraphIndex } from '../graph/graph-index';

export type Partition = 'community' | 'country';

/** Two-path counts per actor, aligned with index.ids. */
export interface BrokerageRoles {
  /** a, v, b all in one group. */
  coordinator: Uint32Array;
  /** a outside v's group, b inside: v controls entry to its group. */
  gatekeeper: Uint32Array;
  /** a inside v's group, b outside: v speaks for its group. */
  representative: Uint32Array;
  /** a and b in one group, v in another (itinerant broker). */
  consultant: Uint32Array;
  /** a, v, b in three different groups. */
  liaison: Uint32Array;
}

/**
 * Gould and Fernandez 1989 ("Structures of mediation", Sociological Methodology 19): for each
 * actor v, the two-paths a -> v -> b with a != b and no tie a -> b, classified by the groups
 * of a, v and b under `partition` (default 'community'). The network is undirected, so each
 * tie counts in both directions and every open pair {a, b} around v is two two-paths: the
 * coordinator, consultant and liaison counts are therefore even, and gatekeeper equals
 * representative (a mixed pair is one of each), by symmetry.
 */
export function brokerageRoles(index: GraphIndex, options: { partition?: Partition } = {}): BrokerageRoles {
  const { n, starts, neighbours } = index;
  const group = (options.partition ?? 'community') === 'community' ? index.community : index.country;
  const roles: BrokerageRoles = {
    coordinator: new Uint32Array(n),
    gatekeeper: new Uint32Array(n),
    representative: new Uint32Array(n),
    consultant: new Uint32Array(n),
    liaison: new Uint32Array(n),
  };
  // tied[x] === a + 1 while x is a neighbour of a; reset-free across iterations.
  const tied = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    const gv = group[v]!;
    let coordinator = 0, gatekeeper = 0, representative = 0, consultant = 0, liaison = 0;
    for (let i = starts[v]!, end = starts[v + 1]!; i < end; i++) {
      const a = neighbours[i]!;
      const ga = group[a]!;
      for (let t = starts[a]!; t < starts[a + 1]!; t++) tied[neighbours[t]!] = a + 1;
      for (let j = starts[v]!; j < end; j++) {
        const b = neighbours[j]!;
        if (b === a || tied[b] === a + 1) continue;
        const gb = group[b]!;
        if (ga === gv) {
          if (gb === gv) coordinator++;
          else representative++;
        } else if (gb === gv) gatekeeper++;
        else if (ga === gb) consultant++;
        else liaison++;
      }
    }
    roles.coordinator[v] = coordinator;
    roles.gatekeeper[v] = gatekeeper;
    roles.representative[v] = representative;
    roles.consultant[v] = consultant;
    roles.liaison[v] = liaison;
  }
  return roles;
}
