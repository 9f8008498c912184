// Reads CSV text into a header and rows, each row with the line it starts on (header = line 1).

import Papa from 'papaparse';
import { atLine, say, type ProblemKey, type ProblemWords } from '../model/problem-words';
import { unescapeFormula } from './csv-cell';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Syntax problems, each naming the file and line. */
  errors: string[];
}

/** Papaparse's problems with quotes, in our words; any other keeps papaparse's own (English) message. */
const QUOTE_PROBLEMS: Record<string, ProblemKey> = {
  MissingQuotes: 'problems.quoteNotClosed',
  InvalidQuotes: 'problems.quoteNotDoubled',
};

/**
 * Rows where every cell is blank are skipped. Cells are trimmed and lose the ' that
 * csvCell puts before formula-like text. The delimiter is guessed (`,` `;` tab `|`), since
 * spreadsheets in many locales write `;`. Rows are stepped through because only then does
 * papaparse say where each starts, and so on which line.
 */
export function parseCsvTable(file: string, text: string, words: ProblemWords): CsvTable {
  const table: CsvTable = { header: [], headerLine: 1, rows: [], errors: [] };
  const lineBreak = text.includes('\n') ? 10 : 13;
  let counted = 0;
  let line = 1;
  let start = 0;
  const lineOf = (offset: number): number => {
    for (; counted < offset && counted < text.length; counted++) if (text.charCodeAt(counted) === lineBreak) line++;
    return line;
  };
  let headerSeen = false;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step(result) {
      const rowLine = lineOf(start);
      for (const error of result.errors) {
        if (error.type === 'Delimiter') continue;
        const at = error.index === undefined ? rowLine : lineOf(Math.max(error.index, start));
        const key = QUOTE_PROBLEMS[error.code];
        table.errors.push(atLine(words, file, at, key === undefined ? error.message : say(words, key)));
      }
      start = result.meta.cursor;
      const cells = result.data.map((cell) => unescapeFormula(cell.trim()));
      if (cells.every((cell) => cell === '')) return;
      if (!headerSeen) {
        headerSeen = true;
        table.header = cells;
        table.headerLine = rowLine;
      } else table.rows.push({ line: rowLine, cells });
    },
  });
  for (const row of table.rows) {
    let last = row.cells.length - 1;
    while (last >= 0 && row.cells[last] === '') last--;
    if (last >= table.header.length) {
      const cells = say(words, 'problems.cells', { count: last + 1 });
      const columns = say(words, 'problems.columns', { count: table.header.length });
      table.errors.push(atLine(words, file, row.line, say(words, 'problems.cellCount', { cells, columns, headerLine: String(table.headerLine) })));
    }
  }
  return table;
}

/** Guessed on the first rows, skipping blank ones, which would spoil the guess; rows are then read one by one. */
function guessDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  return preview.meta.delimiter;
}
