import { DatasetInfo } from '../datasets/dataset.types';
import { PointQuery } from '../divergence/divergence.repository';
import { buildDisagreementNetwork, NetworkEdge, PositionPoint } from '../divergence/math';
import {
  ActorRow,
  ChangeRow,
  DatasetRow,
  DescribedPositionRow,
  EventRow,
  ExportCounts,
  IssueRow,
  PositionRow,
  ProposalRow,
  RelationRow,
  SourceRow,
} from './export-rows';
import { ExportFilter } from './export-types';
import { changeCursor, InteropRepository, PageRequest } from './interop.repository';

/** Rows per page: large enough to amortise round trips, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 10000;

/** Progress of an export: rows of a step written so far, and the step's total when known. */
export type ExportProgress = (step: string, done: number, total: number | null) => void;

/** The disagreement network at one instant, with each node's name and kind. */
export interface ExportNetwork {
  asOf: string;
  nodes: { id: string; name: string; kind: string; community: number; degree: number }[];
  edges: NetworkEdge[];
}

/** The export identity when the graph holds no dataset, or several. */
export const EXPORT_DATASET_ID = 'faultline-export';

/**
 * Reads the graph for an export in pages (keyset pagination by id), so that an export of any
 * size holds at most two pages at a time. Each method can be iterated again for another pass.
 */
export class ExportReader {
  private counts: ExportCounts | null = null;
  private computed: Promise<ExportNetwork> | null = null;

  constructor(
    private readonly repository: InteropRepository,
    /** Every position valid at an instant, as the divergence mathematics reads them. */
    private readonly points: (query: PointQuery) => Promise<PositionPoint[]>,
    readonly filter: ExportFilter,
    private readonly progress: ExportProgress = () => undefined,
    private readonly batch = EXPORT_BATCH_SIZE,
  ) {}

  /** Totals for progress; read once, on the first call. */
  async totals(): Promise<ExportCounts> {
    this.counts ??= await this.repository.counts(this.filter);
    return this.counts;
  }

  /** The dataset the export stands for: the one imported, or a combination naming each. */
  async dataset(): Promise<DatasetInfo> {
    const rows = await this.repository.datasets();
    if (rows.length === 1) {
      const [row] = rows;
      return withoutNulls({
        id: row.id,
        title: row.title,
        description: row.description,
        createdAt: row.createdAt,
        license: row.license,
      }) as DatasetInfo;
    }
    if (rows.length === 0) return { id: EXPORT_DATASET_ID, title: 'Faultline export' };
    return {
      id: EXPORT_DATASET_ID,
      title: `Faultline export of ${rows.length} datasets`,
      description: `Combines the datasets ${rows.map((row) => `${row.id} (${row.title})`).join(', ')}.`,
    };
  }

  /** Every imported dataset as stored (the Cypher script recreates each). */
  datasetRows(): Promise<DatasetRow[]> {
    return this.repository.datasets();
  }

  actors(step = 'actors'): AsyncGenerator<ActorRow[]> {
    return this.pages(step, 'actors', (page) => this.repository.actors(page, this.filter));
  }

  issues(step = 'issues'): AsyncGenerator<IssueRow[]> {
    return this.pages(step, 'issues', (page) => this.repository.issues(page, this.filter));
  }

  sources(step = 'sources'): AsyncGenerator<SourceRow[]> {
    return this.pages(step, 'sources', (page) => this.repository.sources(page));
  }

  events(step = 'events'): AsyncGenerator<EventRow[]> {
    return this.pages(step, 'events', (page) => this.repository.events(page));
  }

  proposals(step = 'proposals'): AsyncGenerator<ProposalRow[]> {
    return this.pages(step, 'proposals', (page) => this.repository.proposals(page));
  }

  /** The positions as the dataset format has them (fewer values to read than `positions`). */
  datasetPositions(step = 'positions'): AsyncGenerator<PositionRow[]> {
    return this.pages(step, 'positions', (page) => this.repository.positions(page, this.filter));
  }

  /** The positions with their holders' and issues' names and their confidence. */
  positions(step = 'positions'): AsyncGenerator<DescribedPositionRow[]> {
    return this.pages(step, 'positions', (page) => this.repository.describedPositions(page, this.filter));
  }

  /** The audit trail, oldest first, within the export's filters (see changes-page.cypher). */
  changes(step = 'changes'): AsyncGenerator<ChangeRow[]> {
    return this.pages(step, 'changes', (page) => this.repository.changes(page, this.filter), changeCursor);
  }

  /** Relations from actors (by actor id, type, target), then REPORTED_BY (by event id, source). */
  async *relations(step = 'relations'): AsyncGenerator<RelationRow[]> {
    let done = 0;
    const fromActors = this.cursor((page) => this.repository.actorRelations(page, this.filter));
    const fromEvents = this.cursor((page) => this.repository.eventRelations(page));
    for (const source of [fromActors, fromEvents]) {
      for await (const rows of source) {
        const relations = rows.flatMap((row) => row.relations);
        done += relations.length;
        this.progress(step, done, null);
        if (relations.length > 0) yield relations;
      }
    }
  }

  /**
   * The disagreement network at `asOf` (default now) over the filtered positions of actors
   * (proposals only when listed in the filter). Its mathematics needs every valid position at
   * once, so it holds those positions (compact points, not the graph) in memory.
   */
  network(): Promise<ExportNetwork> {
    this.computed ??= this.buildNetwork();
    return this.computed;
  }

  private async buildNetwork(): Promise<ExportNetwork> {
    const asOf = this.filter.asOf ?? new Date().toISOString();
    // The points the API's disagreementNetwork reads (one flat row per valid position), so that
    // an exported network is the API's for the same filters.
    const points = await this.points({
      asOf: new Date(asOf),
      holders: this.filter.holders,
      issues: this.filter.issues,
    });
    this.progress('network positions', points.length, points.length);
    const network = buildDisagreementNetwork(points, {
      measure: 'DIVERGENCE',
      normalization: 'NONE',
      betweenness: false,
    });
    const ids = new Set(network.nodes.map((node) => node.id));
    const names = await this.holderNames(ids);
    return {
      asOf,
      nodes: network.nodes.map((node) => ({
        id: node.id,
        name: names.get(node.id)?.name ?? node.id,
        kind: names.get(node.id)?.kind ?? 'PROPOSAL',
        community: node.community,
        degree: node.degree,
      })),
      edges: network.edges,
    };
  }

  private async holderNames(ids: Set<string>): Promise<Map<string, { name: string; kind: string }>> {
    const names = new Map<string, { name: string; kind: string }>();
    for await (const rows of this.cursor((page) => this.repository.actors(page, this.filter))) {
      for (const row of rows) if (ids.has(row.id)) names.set(row.id, { name: row.name, kind: row.kind });
    }
    for await (const rows of this.cursor((page) => this.repository.proposals(page))) {
      for (const row of rows) if (ids.has(row.id)) names.set(row.id, { name: row.name, kind: 'PROPOSAL' });
    }
    return names;
  }

  private async *pages<T extends { id: string }>(
    step: string,
    total: keyof ExportCounts,
    fetch: (page: PageRequest) => Promise<T[]>,
    key?: (row: T) => string,
  ): AsyncGenerator<T[]> {
    const expected = (await this.totals())[total];
    let done = 0;
    for await (const rows of this.cursor(fetch, key)) {
      done += rows.length;
      this.progress(step, done, expected);
      yield rows;
    }
    if (done === 0) this.progress(step, 0, expected);
  }

  /**
   * Keyset pagination: the next page starts after the key (the id) of the previous page's last row.
   * The next page is requested before the current one is handed on, so reading and writing overlap
   * (at most two pages are held).
   */
  private async *cursor<T extends { id: string }>(
    fetch: (page: PageRequest) => Promise<T[]>,
    key: (row: T) => string = (row) => row.id,
  ): AsyncGenerator<T[]> {
    let pending = fetch({ after: '', batch: this.batch });
    for (;;) {
      const rows = await pending;
      const full = rows.length >= this.batch;
      if (full) {
        pending = fetch({ after: key(rows[rows.length - 1]), batch: this.batch });
        // Awaited on the next turn; if the consumer stops first, its failure must not go unhandled.
        pending.catch(() => undefined);
      }
      if (rows.length > 0) yield rows;
      if (!full) return;
    }
  }
}

/** The object without its null or undefined properties (absent stays absent in the dataset format). */
export function withoutNulls<T extends Record<string, unknown>>(value: T): Partial<T> {
  // A for-in loop: Object.entries would allocate a pair per property of every exported row.
  const out: Partial<T> = {};
  for (const key in value) {
    const inner = value[key];
    if (inner !== null && inner !== undefined) out[key] = inner;
  }
  return out;
}
