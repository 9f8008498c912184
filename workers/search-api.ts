// The search worker's API: suggestions, reporting progress; it is cancelled by ending the worker.

import { suggest, type SuggestOptions, type SuggestionResult } from '../src/core/metrics/suggestions';
import type { Network } from '../src/core/model/types';

export type SearchOptions = Omit<SuggestOptions, 'onProgress' | 'signal'>;

export function createSearchApi() {
  return {
    suggest(network: Network, options: SearchOptions, onProgress?: (done: number, total: number) => void): SuggestionResult {
      return suggest(network, onProgress ? { ...options, onProgress } : options);
    },
  };
}

export type SearchApi = ReturnType<typeof createSearchApi>;
