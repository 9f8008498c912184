// The analysis worker's API: the metrics engine's one entry point, with its typed arrays transferred.

import { transfer } from 'comlink';
import { analyse, type Analysis, type AnalysisOptions } from '../src/core/metrics';
import type { Network } from '../src/core/model/types';

/** The buffers of every typed array in a result, so they move to the page instead of being copied. */
export function typedArrayBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) typedArrayBuffers(child, found);
  }
  return [...found];
}

export function createAnalysisApi() {
  return {
    analyse(network: Network, options: AnalysisOptions): Analysis {
      const analysis = analyse(network, options);
      return transfer(analysis, typedArrayBuffers(analysis));
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
