// Imports files as a new network: read in the worker, opened on success, and stored so it survives a reload.

import type { AppContext } from './context';

export function importFiles({ importer, library, persistence }: Pick<AppContext, 'importer' | 'library' | 'persistence'>, files: File[]): void {
  void importer.import(files, (network, fileNames) => {
    const id = library.add(network, fileNames);
    const entry = library.imported.find((n) => n.id === id);
    if (entry) void persistence.saveNetwork(entry);
  });
}
