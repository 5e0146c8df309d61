import { DATASET_LISTS } from '../datasets/dataset.types';

/** The formats `npm run export` and `GET /export/:format` write. */
export const EXPORT_FORMATS = ['json', 'cypher', 'graphml', 'gexf', 'csv', 'statements'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GraphML and GEXF hold one of two graphs per file. */
export const EXPORT_GRAPHS = ['knowledge', 'network'] as const;
export type ExportGraph = (typeof EXPORT_GRAPHS)[number];

/** The CSV tables; `npm run export -- --format csv` writes them all into a folder. */
export const CSV_TABLES = ['dataset', ...DATASET_LISTS, 'network-nodes', 'network-edges'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** What an export covers; null means "no restriction". */
export interface ExportFilter {
  /** ISO 8601 instant: only positions valid then (and the network at that instant; default now). */
  asOf: string | null;
  /** Only positions on these issues (their broader issues are exported too). */
  issues: string[] | null;
  /** Only these actors (or proposals), the positions they hold and the relations among them. */
  holders: string[] | null;
  /**
   * Also the audit trail (json, cypher and csv): entries up to asOf that touched one of the
   * filtered issues and actors.
   */
  changes: boolean;
}

/** The formats that can carry the audit trail. */
export const AUDIT_FORMATS: readonly ExportFormat[] = ['json', 'cypher', 'csv'];

export interface ExportOptions extends ExportFilter {
  format: ExportFormat;
  graph: ExportGraph;
  /** The CSV table of an HTTP export (one table per response). */
  table: CsvTable;
}
