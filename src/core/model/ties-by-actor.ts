// Each actor's ties, for panels that list "who is this tied to, and why".

import type { Network, Tie } from './types';

export function tiesByActor(network: Network): Map<string, Tie[]> {
  const byActor = new Map<string, Tie[]>();
  const add = (id: string, tie: Tie) => {
    const list = byActor.get(id);
    if (list) list.push(tie);
    else byActor.set(id, [tie]);
  };
  for (const tie of network.ties) {
    add(tie.source, tie);
    if (tie.target !== tie.source) add(tie.target, tie);
  }
  return byActor;
}

/** The actor at the other end of a tie. */
export function otherEnd(tie: Tie, id: string): string {
  return tie.source === id ? tie.target : tie.source;
}
