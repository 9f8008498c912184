// Decides which actor is the facilitator: the option, else the one marked in the file, else a documented default.

import { inFile, say, type ProblemWords } from '../model/problem-words';
import type { RawRecord } from './build-records';
import type { SourceRecord } from './source-record';
import { normaliseValue } from './value-aliases';

export interface FacilitatorChoice {
  id: string | undefined;
  warnings: string[];
  errors: string[];
}

const MARKED = /^(yes|y|true|1|x|facilitator)$/i;

/**
 * `file` names the file for messages about the network as a whole. `option` is an id, a name
 * or an acronym. Without option or mark: the actor named "UN Women" (the report's facilitator),
 * else the actor with the most ties, the first in the file on a draw; both say so in a warning.
 */
export function chooseFacilitator(
  file: string,
  actors: readonly RawRecord[],
  sources: readonly SourceRecord[],
  ties: readonly RawRecord[],
  option: string | undefined,
  words: ProblemWords,
): FacilitatorChoice {
  const choice: FacilitatorChoice = { id: undefined, warnings: [], errors: [] };
  if (option !== undefined && option.trim() !== '') {
    const found = findActor(actors, option);
    if (found === undefined) choice.errors.push(inFile(words, file, 'problems.facilitatorNotFound', { name: option.trim() }));
    else choice.id = found.id as string;
    return choice;
  }
  const marked = sources.flatMap((s, i) => (MARKED.test(s.fields.get('facilitator') ?? '') ? [i] : []));
  if (marked.length > 1) {
    const places = marked.slice(0, 5).map((i) => sources[i]?.place).join(', ') + (marked.length > 5 ? ', …' : '');
    choice.errors.push(inFile(words, file, 'problems.facilitatorsMarked', { count: marked.length, places }));
    return choice;
  }
  if (marked[0] !== undefined) {
    choice.id = actors[marked[0]]?.id as string;
    return choice;
  }
  const unWomen = actors.find((a) => normaliseValue(String(a.name ?? '')) === 'unwomen');
  if (unWomen !== undefined) {
    choice.id = unWomen.id as string;
    choice.warnings.push(inFile(words, file, 'problems.facilitatorUnWomen', { name: String(unWomen.name), id: choice.id }));
    return choice;
  }
  const busiest = mostTied(actors, ties);
  if (busiest !== undefined) {
    choice.id = busiest.actor.id as string;
    const params = { name: String(busiest.actor.name), id: choice.id, degree: busiest.degree };
    choice.warnings.push(inFile(words, file, 'problems.facilitatorBusiest', params));
  }
  return choice;
}

function findActor(actors: readonly RawRecord[], wanted: string): RawRecord | undefined {
  const text = wanted.trim();
  const folded = text.toLowerCase();
  return (
    actors.find((a) => a.id === text) ??
    actors.find((a) => typeof a.name === 'string' && a.name.toLowerCase() === folded) ??
    actors.find((a) => typeof a.short === 'string' && a.short.toLowerCase() === folded)
  );
}

function mostTied(actors: readonly RawRecord[], ties: readonly RawRecord[]): { actor: RawRecord; degree: number } | undefined {
  const degree = new Map<unknown, number>();
  for (const tie of ties) {
    for (const end of [tie.source, tie.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  let best: { actor: RawRecord; degree: number } | undefined;
  for (const actor of actors) {
    if (typeof actor.id !== 'string') continue;
    const d = degree.get(actor.id) ?? 0;
    if (best === undefined || d > best.degree) best = { actor, degree: d };
  }
  return best;
}
