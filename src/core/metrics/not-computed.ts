// What a headline-only analysis puts where the slower metrics go until a full analysis replaces it.

import type { BridgingTies } from './bridging';
import type { BrokerageRoles } from './brokerage';
import type { Components } from './components';

/** One NaN ("n/a") per actor. */
export function unknownValues(n: number): Float64Array {
  return new Float64Array(n).fill(NaN);
}

export function noBrokerage(n: number): BrokerageRoles {
  return {
    coordinator: new Uint32Array(n), gatekeeper: new Uint32Array(n), representative: new Uint32Array(n),
    consultant: new Uint32Array(n), liaison: new Uint32Array(n),
  };
}

/** No bridging tie listed: sorting every bridging tie's id would cost more than the headline numbers themselves. */
export function noBridging(): BridgingTies {
  const none = () => ({ count: 0, edges: new Uint32Array(0), ties: [] });
  return { community: none(), country: none(), civilDecision: none() };
}

/** No component counted; every actor's component reads 0xffffffff ("none yet"). */
export function noComponents(n: number): Components {
  return { count: 0, sizes: new Uint32Array(0), componentOf: new Uint32Array(n).fill(0xffffffff) };
}
