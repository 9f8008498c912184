// Reads a network from two CSV files: one of actors, one of ties between them.

import { assembleNetwork } from './assemble-network';
import { csvRecords, missingColumn } from './csv-records';
import { parseCsvTable } from './csv-table';
import { capLines } from '../model/validate';
import { ENGLISH_PROBLEMS } from '../model/problem-words';
import { countProblem, sizeProblem } from './limits';
import { refuse, withoutBom, type ImportFile, type ImportOptions, type NetworkRead } from './network-read';

/** Columns and aliases: data/IMPORT.md. Ties name their ends by actor id (or, failing that, by name). */
export function readCsvNetwork(actorsFile: ImportFile, tiesFile: ImportFile, options: ImportOptions = {}): NetworkRead {
  const file = actorsFile.name;
  const words = options.words ?? ENGLISH_PROBLEMS;
  const early = [
    sizeProblem(actorsFile.name, actorsFile.text, words),
    sizeProblem(tiesFile.name, tiesFile.text, words),
    countProblem(actorsFile.name, 'actorLines', lineCount(actorsFile.text) - 1, words),
    countProblem(tiesFile.name, 'tieLines', lineCount(tiesFile.text) - 1, words),
  ].filter((p): p is string => p !== undefined);
  if (early.length > 0) return refuse(file, early);

  const actorTable = parseCsvTable(actorsFile.name, withoutBom(actorsFile.text), words);
  const tieTable = parseCsvTable(tiesFile.name, withoutBom(tiesFile.text), words);
  const actors = csvRecords(actorsFile.name, actorTable, 'actor', words);
  const ties = csvRecords(tiesFile.name, tieTable, 'tie', words);
  const errors = [...actorTable.errors, ...actors.errors, ...tieTable.errors, ...ties.errors];
  if (!actors.fields.has('name')) errors.unshift(missingColumn(actorsFile.name, actorTable, 'name', words));
  for (const end of ['source', 'target']) if (!ties.fields.has(end)) errors.unshift(missingColumn(tiesFile.name, tieTable, end, words));
  if (errors.length > 0) return refuse(file, capLines(errors, words));

  return assembleNetwork({
    file,
    title: options.title ?? `Imported from ${actorsFile.name} and ${tiesFile.name}`,
    actors: actors.records,
    ties: ties.records,
    options,
    warnings: [...actors.warnings, ...ties.warnings],
  });
}

/** Physical lines (a final line break starts none): at least as many as records, so a cheap upper bound before parsing. */
export function lineCount(text: string): number {
  let lines = text.endsWith('\n') ? 0 : 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
