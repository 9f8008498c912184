// Reads a network from two CSV files: one of actors, one of ties between them.

import { assembleNetwork } from './assemble-network';
import { csvRecords, missingColumn } from './csv-records';
import { parseCsvTable } from './csv-table';
import { capErrors } from './locate-problems';
import { countProblem, sizeProblem } from './limits';
import { refuse, withoutBom, type ImportFile, type ImportOptions, type NetworkRead } from './network-read';

/** Columns and aliases: data/IMPORT.md. Ties name their ends by actor id (or, failing that, by name). */
export function readCsvNetwork(actorsFile: ImportFile, tiesFile: ImportFile, options: ImportOptions = {}): NetworkRead {
  const file = actorsFile.name;
  const early = [
    sizeProblem(actorsFile.name, actorsFile.text),
    sizeProblem(tiesFile.name, tiesFile.text),
    countProblem(actorsFile.name, 'actors', lineCount(actorsFile.text) - 1, 'lines after the header'),
    countProblem(tiesFile.name, 'ties', lineCount(tiesFile.text) - 1, 'lines after the header'),
  ].filter((p): p is string => p !== undefined);
  if (early.length > 0) return refuse(file, early);

  const actorTable = parseCsvTable(actorsFile.name, withoutBom(actorsFile.text));
  const tieTable = parseCsvTable(tiesFile.name, withoutBom(tiesFile.text));
  const actors = csvRecords(actorsFile.name, actorTable, 'actor');
  const ties = csvRecords(tiesFile.name, tieTable, 'tie');
  const errors = [...actorTable.errors, ...actors.errors, ...tieTable.errors, ...ties.errors];
  if (!actors.fields.has('name')) errors.unshift(missingColumn(actorsFile.name, actorTable, 'name'));
  for (const end of ['source', 'target']) if (!ties.fields.has(end)) errors.unshift(missingColumn(tiesFile.name, tieTable, end));
  if (errors.length > 0) return refuse(file, capErrors(errors));

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
