import { CsvError, parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { FieldProblem } from '../common/domain-error';
import { CellType, CsvColumn, CsvTableSpec, LIST_SEPARATOR } from './csv-tables';

/** One data row of a table: its row number (the header is row 1) and its cells by column name. */
export interface CsvRow {
  row: number;
  cells: Record<string, string>;
}

export interface CsvTableRead {
  spec: CsvTableSpec;
  rows: CsvRow[];
}

/** Where a problem is: `positions.csv row 3, column valid_from` (rows as a spreadsheet numbers them). */
export function at(file: string, row?: number, column?: string): string {
  if (row === undefined) return file;
  return column === undefined ? `${file} row ${row}` : `${file} row ${row}, column ${column}`;
}

/** The header of a file that failed to parse, to name the column where it broke. */
function headerOf(text: string): string[] {
  try {
    const [header] = parse(text, { bom: true, to_line: 1, relax_column_count: true }) as string[][];
    return header ?? [];
  } catch {
    return [];
  }
}

function parseProblem(file: string, text: string, error: CsvError): FieldProblem {
  const info = error as CsvError & { records?: number; column?: number; lines?: number };
  const row = (info.records ?? 0) + 1;
  const header = headerOf(text);
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
    const got = typeof info.column === 'number' ? info.column : undefined;
    const column = got !== undefined && got < header.length ? header[got] : undefined;
    const what = got === undefined ? 'a different number of fields' : `${got} fields`;
    return {
      field: at(file, row, column),
      message: `has ${what}, the header has ${header.length} (line ${info.lines ?? '?'}; quote fields holding commas)`,
    };
  }
  const column = typeof info.column === 'number' ? header[info.column] : undefined;
  const reason = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : error.message;
  return { field: at(file, row, column), message: `is not valid CSV: ${reason}` };
}

/**
 * Reads one table: parses it (RFC 4180, UTF-8, optional BOM) and checks its header against the
 * table's columns. Problems are returned, each naming file, row and column.
 */
export function readCsvTable(
  folder: string,
  spec: CsvTableSpec,
  problems: FieldProblem[],
): CsvTableRead | null {
  const file = spec.file;
  const full = path.join(folder, file);
  if (!fs.existsSync(full)) {
    if (spec.required) problems.push({ field: file, message: `is missing: a CSV import needs ${file}` });
    return null;
  }
  const text = fs.readFileSync(full, 'utf8');
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push(parseProblem(file, text, error));
    return null;
  }
  const [header = [], ...data] = records;
  const known = new Map(spec.columns.map((column) => [column.column, column]));
  const before = problems.length;
  header.forEach((name, index) => {
    if (!known.has(name)) {
      const expected = spec.columns.map((column) => column.column).join(', ');
      problems.push({ field: at(file, 1, name), message: `unknown column (${file} has ${expected})` });
    } else if (header.indexOf(name) !== index) {
      problems.push({ field: at(file, 1, name), message: 'appears twice in the header' });
    }
  });
  for (const column of spec.columns) {
    if (column.required && !header.includes(column.column)) {
      problems.push({
        field: at(file, 1, column.column),
        message: 'missing column: the header must name it',
      });
    }
  }
  if (problems.length > before) return null;
  const rows = data.map((record, index) => ({
    row: index + 2,
    cells: Object.fromEntries(header.map((name, i) => [name, record[i]])),
  }));
  return { spec, rows };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as a dataset value: empty is absent; numbers and booleans are parsed, and a cell that
 * does not parse stays text so that validation reports it at its row and column.
 */
export function cellValue(type: CellType, cell: string | undefined): unknown {
  if (cell === undefined || cell === '') return undefined;
  switch (type) {
    case 'text':
      return cell;
    case 'number':
      return NUMBER.test(cell.trim()) ? Number(cell.trim()) : cell;
    case 'boolean': {
      const lower = cell.trim().toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : cell;
    }
    case 'list': {
      const items = cell
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item !== '');
      return items.length > 0 ? items : undefined;
    }
  }
}

/** The row's cells as dataset fields (columns without a field, and empty cells, left out). */
export function rowFields(columns: CsvColumn[], row: CsvRow): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const column of columns) {
    if (column.field === null) continue;
    const value = cellValue(column.type, row.cells[column.column]);
    if (value !== undefined) fields[column.field] = value;
  }
  return fields;
}
