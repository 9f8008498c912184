// Importing files: refused early when too large, parsed in the import worker, the outcome kept for the UI to show.

import { ImportClient } from '../bridge/import-client';
import { STALE } from '../bridge/latest';
import { MAX_NETWORK_BYTES } from '../core/io/limits';
import type { Network } from '../core/model/types';

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
      this.report = { ok: false, fileNames, lines: tooLarge.map((f) => `${f.name}: ${(f.size / 1024 / 1024).toFixed(1)} MB is larger than the ${limit} MB limit; nothing was imported`) };
      return;
    }
    this.busy = true;
    try {
      this.#client ??= new ImportClient();
      const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const read = await this.#client.read(texts);
      if (read === STALE) return;
      if (read.ok) {
        open(read.network, fileNames);
        this.report = read.warnings.length > 0 ? { ok: true, fileNames, lines: read.warnings } : null;
      } else {
        this.report = { ok: false, fileNames, lines: read.errors };
      }
    } catch (error) {
      this.report = { ok: false, fileNames, lines: [`${fileNames.join(', ')}: could not be read (${error instanceof Error ? error.message : String(error)})`] };
    } finally {
      this.busy = false;
    }
  }

  dismiss(): void {
    this.report = null;
  }
}
