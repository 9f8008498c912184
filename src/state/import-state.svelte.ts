// Importing files: refused early when too large, parsed in the import worker, the outcome kept for the UI to show.

import { ImportClient } from '../bridge/import-client';
import { STALE } from '../bridge/latest';
import { MAX_NETWORK_BYTES } from '../core/io/limits';
import type { Network } from '../core/model/types';
import { i18n, t } from '../i18n/i18n.svelte';

export interface ImportReport {
  ok: boolean;
  /** The file or files read. */
  fileNames: string[];
  /** Problems (on failure) or warnings (on success), as plain sentences naming file, line and field. */
  lines: string[];
}

export class ImportState {
  busy = $state(false);
  report = $state.raw<ImportReport | null>(null);
  #client: ImportClient | null = null;

  /** Reads the files; on success hands the network to `open`. Nothing changes on failure. */
  async import(files: readonly File[], open: (network: Network, fileNames: string[]) => void): Promise<void> {
    const fileNames = files.map((f) => f.name);
    const tooLarge = files.filter((f) => f.size > MAX_NETWORK_BYTES);
    if (tooLarge.length > 0) {
      const limit = MAX_NETWORK_BYTES / 1024 / 1024;
      const size = (f: File) => i18n.number(f.size / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      this.report = { ok: false, fileNames, lines: tooLarge.map((f) => t('files.tooLarge', { file: f.name, size: size(f), limit: String(limit) })) };
      return;
    }
    this.busy = true;
    try {
      this.#client ??= new ImportClient();
      const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const read = await this.#client.read(texts, { words: i18n.problemWords() });
      if (read === STALE) return;
      if (read.ok) {
        open(read.network, fileNames);
        this.report = read.warnings.length > 0 ? { ok: true, fileNames, lines: read.warnings } : null;
      } else {
        this.report = { ok: false, fileNames, lines: read.errors };
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.report = { ok: false, fileNames, lines: [t('files.couldNotRead', { files: fileNames.join(', '), reason })] };
    } finally {
      this.busy = false;
    }
  }

  dismiss(): void {
    this.report = null;
  }
}
