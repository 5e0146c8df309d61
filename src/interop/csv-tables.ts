import { CsvTable } from './export-types';

/** How a cell is read on import: text as is, numbers and booleans parsed, lists split at ';'. */
export type CellType = 'text' | 'number' | 'boolean' | 'list';

export interface CsvColumn {
  column: string;
  /** The dataset field it maps to; null for columns written for convenience and ignored on import. */
  field: string | null;
  type: CellType;
  /** Import needs the column in the header (its cells may still be empty where the format allows). */
  required?: boolean;
}

export interface CsvTableSpec {
  table: CsvTable;
  file: string;
  /** Import needs the file in the folder. */
  required: boolean;
  /** Read back by `npm run import -- --format csv`. */
  importable: boolean;
  columns: CsvColumn[];
}

const col = (column: string, field: string | null, type: CellType = 'text', required = false): CsvColumn => ({
  column,
  field,
  type,
  required,
});
const req = (column: string, field: string, type: CellType = 'text'): CsvColumn =>
  col(column, field, type, true);

/** The tidy tables, one file each; docs/exports.md documents every column. */
export const CSV_TABLE_SPECS: Record<CsvTable, CsvTableSpec> = {
  dataset: {
    table: 'dataset',
    file: 'dataset.csv',
    required: false,
    importable: true,
    columns: [
      req('id', 'id'),
      req('title', 'title'),
      col('description', 'description'),
      col('created_at', 'createdAt'),
      col('license', 'license'),
    ],
  },
  actors: {
    table: 'actors',
    file: 'actors.csv',
    required: true,
    importable: true,
    columns: [
      req('id', 'id'),
      req('name', 'name'),
      req('kind', 'kind'),
      col('aliases', 'aliases', 'list'),
      col('capability', 'capability', 'number'),
      col('description', 'description'),
    ],
  },
  issues: {
    table: 'issues',
    file: 'issues.csv',
    required: true,
    importable: true,
    columns: [
      req('id', 'id'),
      req('name', 'name'),
      req('category', 'category'),
      col('parent', 'parent'),
      req('scale_min', 'scaleMin'),
      req('scale_max', 'scaleMax'),
      col('description', 'description'),
    ],
  },
  sources: {
    table: 'sources',
    file: 'sources.csv',
    required: true,
    importable: true,
    columns: [
      req('id', 'id'),
      req('publisher', 'publisher'),
      col('title', 'title'),
      col('url', 'url'),
      col('published_at', 'publishedAt'),
      req('reliability', 'reliability'),
    ],
  },
  events: {
    table: 'events',
    file: 'events.csv',
    required: false,
    importable: true,
    columns: [
      req('id', 'id'),
      req('name', 'name'),
      req('kind', 'kind'),
      req('date', 'date'),
      col('place', 'place'),
    ],
  },
  proposals: {
    table: 'proposals',
    file: 'proposals.csv',
    required: false,
    importable: true,
    columns: [req('id', 'id'), req('name', 'name'), col('date', 'date'), col('description', 'description')],
  },
  positions: {
    table: 'positions',
    file: 'positions.csv',
    required: true,
    importable: true,
    columns: [
      req('id', 'id'),
      req('holder', 'holder'),
      col('holder_name', null),
      req('issue', 'issue'),
      col('issue_name', null),
      req('value', 'value', 'number'),
      req('salience', 'salience', 'number'),
      col('acceptable_min', 'acceptableMin', 'number'),
      col('acceptable_max', 'acceptableMax', 'number'),
      col('red_line', 'redLine', 'boolean'),
      col('statement', 'statement'),
      col('coding_note', 'codingNote'),
      col('coding_confidence', 'codingConfidence', 'number'),
      col('confidence', null, 'number'),
      req('valid_from', 'validFrom'),
      col('valid_to', 'validTo'),
      col('recorded_at', 'recordedAt'),
      req('evidence_source', 'evidence.source'),
      req('evidence_quote', 'evidence.quote'),
    ],
  },
  relations: {
    table: 'relations',
    file: 'relations.csv',
    required: false,
    importable: true,
    columns: [
      req('type', 'type'),
      req('from', 'from'),
      req('to', 'to'),
      col('role', 'role'),
      col('stance', 'stance'),
      col('quote', 'quote'),
      col('source', 'source'),
    ],
  },
  'network-nodes': {
    table: 'network-nodes',
    file: 'network-nodes.csv',
    required: false,
    importable: false,
    columns: ['id', 'name', 'kind', 'community', 'degree', 'as_of'].map((name) => col(name, null)),
  },
  'network-edges': {
    table: 'network-edges',
    file: 'network-edges.csv',
    required: false,
    importable: false,
    columns: [
      'source',
      'target',
      'weight',
      'divergence',
      'congruence',
      'conflict',
      'subtract',
      'red_line_conflicts',
      'shared_issues',
      'as_of',
    ].map((name) => col(name, null)),
  },
  changes: {
    table: 'changes',
    file: 'changes.csv',
    required: false,
    importable: true,
    columns: [
      req('id', 'id'),
      req('at', 'at'),
      req('by', 'by'),
      req('operation', 'operation'),
      col('request_id', 'requestId'),
      req('touched', 'touched', 'list'),
      req('touched_count', 'touchedCount', 'number'),
    ],
  },
};

/** The statements table (format `statements`): one row per position and evidence quote. */
export const STATEMENT_COLUMNS = [
  'position',
  'date',
  'actor',
  'actor_name',
  'concept',
  'concept_name',
  'qualifier',
  'salience',
  'red_line',
  'text',
  'source',
] as const;

/** Separator of list cells (actor aliases, the ids an audit entry touched). */
export const LIST_SEPARATOR = ';';
