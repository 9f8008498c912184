// Reads a network from one CSV file of ties between actors named in full; the actors come from the names.

import { assembleNetwork } from './assemble-network';
import { csvRecords, missingColumn } from './csv-records';
import { parseCsvTable } from './csv-table';
import { capLines } from '../model/validate';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import { countProblem, sizeProblem } from './limits';
import { IdMaker, slugOf } from './name-ids';
import { refuse, titleFromFile, withoutBom, type ImportFile, type ImportOptions, type NetworkRead } from './network-read';
import { emptyRecord, type SourceRecord } from './source-record';
import { lineCount } from './read-csv-network';

/**
 * Columns source and target hold actor names; kind, since, until, note and others are as in a
 * ties file (data/IMPORT.md). Each distinct name (case-insensitive) becomes an actor with an id
 * made from it and the default kind, country and level, which warnings report.
 */
export function readCsvTieList(tiesFile: ImportFile, options: ImportOptions = {}): NetworkRead {
  const file = tiesFile.name;
  const words = options.words ?? ENGLISH_PROBLEMS;
  const early = [sizeProblem(file, tiesFile.text, words), countProblem(file, 'tieLines', lineCount(tiesFile.text) - 1, words)];
  const tooBig = early.filter((p): p is string => p !== undefined);
  if (tooBig.length > 0) return refuse(file, tooBig);

  const table = parseCsvTable(file, withoutBom(tiesFile.text), words);
  const ties = csvRecords(file, table, 'tie', words);
  const errors = [...table.errors, ...ties.errors];
  for (const end of ['source', 'target']) if (!ties.fields.has(end)) errors.unshift(missingColumn(file, table, end, words));
  if (errors.length > 0) return refuse(file, capLines(errors, words));

  return assembleNetwork({
    file,
    title: options.title ?? titleFromFile(file),
    actors: actorsFromNames(ties.records, words),
    ties: ties.records,
    options,
    warnings: ties.warnings,
  });
}

/** One actor per distinct name, in order of first mention; the ties' ends are rewritten to the new ids. */
function actorsFromNames(ties: readonly SourceRecord[], words: ProblemWords): SourceRecord[] {
  const actors: SourceRecord[] = [];
  const idOfName = new Map<string, string>();
  const ids = new IdMaker();
  for (const tie of ties) {
    for (const end of ['source', 'target']) {
      const name = tie.fields.get(end);
      if (name === undefined) continue;
      const key = name.toLowerCase();
      let id = idOfName.get(key);
      if (id === undefined) {
        id = ids.make(slugOf(name));
        idOfName.set(key, id);
        const actor = emptyRecord(tie.file, say(words, 'problems.actorNamedOn', { name, place: tie.place }));
        actor.fields.set('id', id);
        actor.fields.set('name', name);
        actors.push(actor);
      }
      tie.fields.set(end, id);
    }
  }
  return actors;
}
