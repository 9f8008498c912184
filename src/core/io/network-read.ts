// What every reader returns: a valid network with warnings, or the errors that stopped it.

import type { ProblemWords } from '../model/problem-words';
import type { Network } from '../model/types';

export type NetworkRead =
  | {
      ok: true;
      network: Network;
      /** Things the reader decided for the user (defaults, the facilitator), each naming the file. */
      warnings: string[];
      /** Scenarios a Bridgework JSON file carried, as opaque values for the scenario layer to read. */
      scenarios?: unknown[];
    }
  | { ok: false; file: string; errors: string[] };

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportOptions {
  /** Id or name of the facilitator; wins over a `facilitator` column or attribute. */
  facilitator?: string;
  /** Title of the network; default: the file name without its extension. */
  title?: string;
  /** The language of problems and warnings; English by default. Data, not functions, so it crosses to the worker. */
  words?: ProblemWords;
}

export function refuse(file: string, errors: string[]): NetworkRead {
  return { ok: false, file, errors };
}

/** `ties.csv` -> `ties`: the default title of an imported network. */
export function titleFromFile(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || 'Imported network';
}

/** A leading byte order mark is how some editors say "UTF-8"; no parser wants it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
