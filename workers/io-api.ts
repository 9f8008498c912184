// The import worker's API: parsing and validating files off the page, so a large file never freezes it.

import { readNetworkFiles, type ImportFile, type ImportOptions, type NetworkRead } from '../src/core/io';

export function createIoApi() {
  return {
    read(files: ImportFile[], options: ImportOptions = {}): NetworkRead {
      return readNetworkFiles(files, options);
    },
  };
}

export type IoApi = ReturnType<typeof createIoApi>;
