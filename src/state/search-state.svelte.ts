// The suggestion search: its options, progress, results, and cancel.

import { STALE } from '../bridge/latest';
import { SearchClient } from '../bridge/search-client';
import type { Suggestion } from '../core/metrics/suggestions';
import type { Network } from '../core/model/types';
import { t } from '../i18n/i18n.svelte';
import type { SearchOptions } from '../../workers/search-api';

export type SearchStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export class SearchState {
  status = $state<SearchStatus>('idle');
  progress = $state({ done: 0, total: 0 });
  suggestions = $state.raw<readonly Suggestion[]>([]);
  message = $state('');
  /** The network the results were found for: they mean nothing for another. */
  network = $state.raw<Network | null>(null);
  #client: SearchClient;

  constructor(client?: SearchClient) {
    this.#client = client ?? new SearchClient();
  }

  async run(network: Network, options: SearchOptions): Promise<void> {
    this.status = 'running';
    this.network = network;
    this.progress = { done: 0, total: 0 };
    this.suggestions = [];
    try {
      const result = await this.#client.suggest(network, options, (done, total) => (this.progress = { done, total }));
      if (result === STALE) return;
      if (result.status === 'aborted') {
        this.status = 'cancelled';
        return;
      }
      this.suggestions = result.suggestions;
      this.status = 'done';
      this.message = result.suggestions.length === 0 ? t('suggestions.none') : '';
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      this.status = cancelled ? 'cancelled' : 'failed';
      this.message = cancelled ? t('suggestions.cancelled') : t('suggestions.failed', { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  cancel(): void {
    this.#client.cancel();
  }
}
