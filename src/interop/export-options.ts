import { DomainError } from '../common/domain-error';
import {
  AUDIT_FORMATS,
  CSV_TABLES,
  CsvTable,
  EXPORT_FORMATS,
  EXPORT_GRAPHS,
  ExportFormat,
  ExportGraph,
  ExportOptions,
} from './export-types';

/** Raw options as the CLI flags or the query string give them. */
export interface RawExportOptions {
  format?: string;
  asOf?: string;
  issues?: string;
  actors?: string;
  graph?: string;
  table?: string;
  /** `true` or `false` (a bare `--changes` on the CLI means `true`). */
  changes?: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function oneOf<T extends string>(
  field: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined || value === '') {
    if (fallback !== undefined) return fallback;
    throw DomainError.badInput(field, `is required: one of ${allowed.join(', ')}`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw DomainError.badInput(field, `unknown ${field} "${value}": use one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A comma-separated id list; null when not given. */
export function idList(field: string, value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ];
  if (ids.length === 0) throw DomainError.badInput(field, 'lists no id (give comma-separated ids)');
  const bad = ids.find((id) => !SLUG.test(id));
  if (bad !== undefined)
    throw DomainError.badInput(field, `"${bad}" is not an id (lowercase letters, digits, hyphens)`);
  return ids;
}

/** An instant as ISO 8601 (UTC); a calendar date means its midnight UTC. */
export function instant(field: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value.trim();
  const match = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(text);
  const ms = match ? Date.parse(text) : NaN;
  // Date.parse rolls 2025-02-30 over to March; a calendar date must name a real day.
  if (Number.isNaN(ms) || (match && !match[2] && new Date(ms).toISOString().slice(0, 10) !== match[1])) {
    throw DomainError.badInput(
      field,
      `"${value}" is not a date (use ISO 8601: 2025-12-01 or 2025-12-01T18:00:00Z)`,
    );
  }
  return new Date(ms).toISOString();
}

export function parseExportOptions(raw: RawExportOptions): ExportOptions {
  const format = oneOf<ExportFormat>('format', raw.format, EXPORT_FORMATS);
  const changes = oneOf('changes', raw.changes, ['true', 'false'], 'false') === 'true';
  if (changes && !AUDIT_FORMATS.includes(format)) {
    throw DomainError.badInput(
      'changes',
      `the audit trail goes into ${AUDIT_FORMATS.join(', ')} exports, not ${format}`,
    );
  }
  return {
    format,
    asOf: instant('asOf', raw.asOf),
    issues: idList('issues', raw.issues),
    holders: idList('actors', raw.actors),
    graph: oneOf<ExportGraph>('graph', raw.graph, EXPORT_GRAPHS, 'knowledge'),
    table: oneOf<CsvTable>('table', raw.table, CSV_TABLES, 'positions'),
    changes,
  };
}

/** Media type and file name of an export written as one stream. */
export function exportMedia(options: ExportOptions): { contentType: string; fileName: string } {
  switch (options.format) {
    case 'json':
      return { contentType: 'application/json; charset=utf-8', fileName: 'faultline-export.json' };
    case 'cypher':
      return { contentType: 'text/plain; charset=utf-8', fileName: 'faultline-export.cypher' };
    case 'graphml':
      return {
        contentType: 'application/graphml+xml; charset=utf-8',
        fileName: `faultline-${options.graph}.graphml`,
      };
    case 'gexf':
      return {
        contentType: 'application/gexf+xml; charset=utf-8',
        fileName: `faultline-${options.graph}.gexf`,
      };
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8; header=present', fileName: `${options.table}.csv` };
    case 'statements':
      return { contentType: 'text/csv; charset=utf-8; header=present', fileName: 'statements.csv' };
  }
}
