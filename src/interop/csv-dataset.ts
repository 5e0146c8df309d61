import fs from 'node:fs';
import path from 'node:path';
import { DomainError, FieldProblem } from '../common/domain-error';
import { DATASET_FORMAT, DATASET_LISTS, FaultlineDataset } from '../datasets/dataset.types';
import { validateDataset } from '../datasets/validate-dataset';
import { at, CsvRow, readCsvTable, rowFields } from './csv-read';
import { CSV_TABLE_SPECS, CsvTableSpec } from './csv-tables';
import { CsvTable } from './export-types';

const KINDS = DATASET_LISTS;
type Kind = (typeof KINDS)[number];

/** Where each entity of the assembled dataset came from: its file and rows (evidence k at rows[k]). */
interface Origin {
  file: string;
  rows: number[];
}

class Assembly {
  /** Files that cannot be read as tables: parse errors, headers, missing files. */
  readonly problems: FieldProblem[] = [];
  /** Rows that read but disagree (a position's repeated columns, dataset.csv's row count). */
  readonly conflicts: FieldProblem[] = [];
  readonly origins = new Map<Kind, Origin[]>();
  readonly dataset: Record<string, unknown> = { format: DATASET_FORMAT };

  /** A JSON path of the validator (`$.positions[3].evidence[1].quote`) as file, row and column. */
  locate(jsonPath: string): string {
    const info = /^\$\.dataset\.(\w+)/.exec(jsonPath);
    if (info) return at('dataset.csv', 2, column('dataset', info[1]));
    const match = /^\$\.(\w+)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\](?:\.(\w+))?)?)?/.exec(jsonPath);
    const origin = match ? this.origins.get(match[1] as Kind)?.[Number(match[2])] : undefined;
    if (!match || !origin) return jsonPath;
    const [, kind, , field, evidence, sub] = match;
    if (field === 'evidence') {
      const row = evidence === undefined ? origin.rows[0] : origin.rows[Number(evidence)];
      return at(origin.file, row, column(kind as CsvTable, `evidence.${sub ?? 'source'}`));
    }
    return at(origin.file, origin.rows[0], field === undefined ? undefined : column(kind as CsvTable, field));
  }

  /** Other entries named in a message ("already used at $.actors[0]") as file and row too. */
  relocate(message: string): string {
    return message.replace(/\$\.\w+\[\d+\]/g, (found) => this.locate(found));
  }
}

function column(table: CsvTable, field: string): string | undefined {
  return CSV_TABLE_SPECS[table].columns.find((spec) => spec.field === field)?.column;
}

const POSITION_FIELDS = CSV_TABLE_SPECS.positions.columns.filter(
  (spec) => spec.field !== null && !spec.field.startsWith('evidence.'),
);

/** Rows of positions.csv grouped into positions: one row per evidence entry, position columns equal. */
function assemblePositions(file: string, rows: CsvRow[], assembly: Assembly): Record<string, unknown>[] {
  const byId = new Map<string, { position: Record<string, unknown>; first: CsvRow; origin: Origin }>();
  const positions: Record<string, unknown>[] = [];
  const origins: Origin[] = [];
  for (const row of rows) {
    const id = row.cells.id ?? '';
    const evidence = rowFields(CSV_TABLE_SPECS.positions.columns, row);
    const entry = { source: evidence['evidence.source'], quote: evidence['evidence.quote'] };
    const known = id === '' ? undefined : byId.get(id);
    if (known) {
      for (const spec of POSITION_FIELDS) {
        if ((row.cells[spec.column] ?? '') !== (known.first.cells[spec.column] ?? '')) {
          assembly.conflicts.push({
            field: at(file, row.row, spec.column),
            message: `differs from row ${known.first.row} of the same position '${id}' (each row repeats the position)`,
          });
        }
      }
      (known.position.evidence as unknown[]).push(entry);
      known.origin.rows.push(row.row);
      continue;
    }
    const position = rowFields(POSITION_FIELDS, row);
    position.evidence = [entry];
    const origin = { file, rows: [row.row] };
    if (id !== '') byId.set(id, { position, first: row, origin });
    positions.push(position);
    origins.push(origin);
  }
  assembly.origins.set('positions', origins);
  return positions;
}

function addTable(folder: string, spec: CsvTableSpec, assembly: Assembly): void {
  const read = readCsvTable(folder, spec, assembly.problems);
  if (!read) return;
  if (spec.table === 'dataset') {
    if (read.rows.length !== 1) {
      assembly.conflicts.push({
        field: at(spec.file, 2),
        message: `must hold one row, holds ${read.rows.length}`,
      });
    }
    if (read.rows.length > 0) assembly.dataset.dataset = rowFields(spec.columns, read.rows[0]);
    return;
  }
  const kind = spec.table as Kind;
  if (kind === 'positions') {
    assembly.dataset.positions = assemblePositions(spec.file, read.rows, assembly);
    return;
  }
  assembly.dataset[kind] = read.rows.map((row) => rowFields(spec.columns, row));
  assembly.origins.set(
    kind,
    read.rows.map((row) => ({ file: spec.file, rows: [row.row] })),
  );
}

/** A dataset id from the folder name, used when the folder has no dataset.csv. */
function folderDataset(folder: string): { id: string; title: string } {
  const name = path.basename(path.resolve(folder));
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return { id: slug || 'csv-import', title: `CSV tables from ${name}` };
}

/**
 * Reads a folder of CSV tables (docs/exports.md) into a faultline/1 dataset and validates it.
 * Every problem is reported at once, each with file, row and column, as BAD_USER_INPUT; nothing
 * is read from or written to the database.
 */
export function loadCsvDataset(folder: string): FaultlineDataset {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw DomainError.badInput('folder', `${folder} is not a folder of CSV tables`);
  }
  const assembly = new Assembly();
  assembly.dataset.dataset = folderDataset(folder);
  for (const table of ['dataset', ...KINDS] as CsvTable[]) addTable(folder, CSV_TABLE_SPECS[table], assembly);
  if (assembly.problems.length > 0) throw DomainError.invalid(assembly.problems);
  const result = validateDataset(assembly.dataset);
  const problems = [
    ...assembly.conflicts,
    ...(result.ok ? [] : result.errors).map((error) => ({
      field: assembly.locate(error.path),
      message: assembly.relocate(error.message),
    })),
  ];
  if (!result.ok || problems.length > 0) throw DomainError.invalid(problems);
  return result.dataset;
}
