import { Injectable } from '@nestjs/common';
import { cypher, CypherQuery } from '../database/cypher-registry';
import { WriteTransaction } from '../database/neo4j-gateway';
import { evidenceConfidence } from '../divergence/math';
import { DatasetPosition, FaultlineDataset, SourceReliability } from './dataset.types';

/** Rows per statement: large enough to amortise round trips, small enough for the heap. */
export const IMPORT_BATCH_SIZE = 5000;

export interface EntityCounts {
  actors: number;
  issues: number;
  sources: number;
  events: number;
  proposals: number;
  positions: number;
  /** Audit-trail entries carried by the file. */
  changes: number;
}

/** What the database holds already of a dataset: counts per kind, and the positions by id. */
export interface ExistingEntities {
  counts: EntityCounts;
  positionIds: Set<string>;
}

export type ImportProgress = (step: string, done: number, total: number) => void;

/** Writes a validated dataset with batched UNWIND statements, inside the caller's transaction. */
@Injectable()
export class DatasetsRepository {
  async findExisting(tx: WriteTransaction, dataset: FaultlineDataset): Promise<ExistingEntities> {
    const ids = (items: { id: string }[] | undefined) => (items ?? []).map((item) => item.id);
    const [row] = await tx.run(cypher().datasets.existingIds, {
      actors: ids(dataset.actors),
      issues: ids(dataset.issues),
      sources: ids(dataset.sources),
      events: ids(dataset.events),
      proposals: ids(dataset.proposals),
      positions: ids(dataset.positions),
      changes: ids(dataset.changes),
    });
    const positions = row.positions as string[];
    return {
      counts: { ...(row as unknown as Omit<EntityCounts, 'positions'>), positions: positions.length },
      positionIds: new Set(positions),
    };
  }

  /** `existing` must have been read in the same transaction (new positions are created blindly). */
  async write(
    tx: WriteTransaction,
    dataset: FaultlineDataset,
    existing: ExistingEntities,
    progress?: ImportProgress,
  ): Promise<void> {
    const q = cypher().datasets;
    // The audit entry names the dataset and every entity the file holds (ids are unique across kinds).
    tx.touch(dataset.dataset.id);
    for (const kind of [
      dataset.actors,
      dataset.issues,
      dataset.sources,
      dataset.events,
      dataset.proposals,
      dataset.positions,
    ]) {
      for (const item of kind ?? []) tx.touch(item.id);
    }
    const issues = dataset.issues ?? [];
    const steps: [string, CypherQuery, object[]][] = [
      ['actors', q.mergeActors, dataset.actors ?? []],
      ['issues', q.mergeIssues, issues],
      [
        'issue parents',
        q.mergeIssueParents,
        issues.map((issue) => ({ id: issue.id, parent: issue.parent ?? null })),
      ],
      ['sources', q.mergeSources, dataset.sources ?? []],
      ['events', q.mergeEvents, dataset.events ?? []],
      ['proposals', q.mergeProposals, dataset.proposals ?? []],
    ];
    for (const [step, query, rows] of steps) {
      await this.inBatches(tx, query, rows, (done) => progress?.(step, done, rows.length));
    }
    await this.writePositions(tx, dataset, existing.positionIds, progress);
    const relations = dataset.relations ?? [];
    await this.inBatches(tx, q.mergeRelations, relations, (done) =>
      progress?.('relations', done, relations.length),
    );
    // Entries the file carries are history, not this write: they are not among the touched ids.
    const changes = dataset.changes ?? [];
    await this.inBatches(
      tx,
      q.mergeChanges,
      changes,
      (done) => progress?.('changes', done, changes.length),
      (batch) => ({ rows: batch, importedIn: tx.changeId }),
    );
    await tx.run(q.mergeDataset, {
      dataset: { description: null, license: null, createdAt: null, ...dataset.dataset },
    });
  }

  /**
   * New positions are created with their confidence in one statement; existing ones are merged
   * (a changed file updates them) and their confidence recomputed from all their evidence, which
   * may include quotes attached before.
   */
  private async writePositions(
    tx: WriteTransaction,
    dataset: FaultlineDataset,
    existingIds: Set<string>,
    progress?: ImportProgress,
  ): Promise<void> {
    const positions = dataset.positions ?? [];
    const created = positions.filter((position) => !existingIds.has(position.id));
    const merged = positions.filter((position) => existingIds.has(position.id));
    const reliability = new Map(dataset.sources?.map((source) => [source.id, source.reliability]));
    const report = (done: number) => progress?.('positions', done, positions.length);
    await this.inBatches(tx, cypher().datasets.createPositions, created, report, (batch) =>
      positionColumns(batch, reliability),
    );
    await this.inBatches(tx, cypher().datasets.mergePositions, merged, (done) =>
      report(created.length + done),
    );
    await this.inBatches(
      tx,
      cypher().positions.refreshConfidence,
      merged,
      (done) => progress?.('confidence', done, merged.length),
      (batch) => ({ ids: batch.map((position) => position.id) }),
    );
  }

  /**
   * Sends each batch before awaiting the previous one, so that encoding the next batch here
   * overlaps with Neo4j writing the current one (Bolt runs them in order in the transaction).
   */
  private async inBatches<T>(
    tx: WriteTransaction,
    query: CypherQuery,
    rows: T[],
    onBatch: (done: number) => void,
    toParams: (batch: T[]) => Record<string, unknown> = (batch) => ({ rows: batch }),
  ): Promise<void> {
    let previous: { written: Promise<unknown>; done: number } | null = null;
    for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
      const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
      const written = tx.run(query, toParams(batch));
      // If the previous batch fails first, this one's failure must not go unhandled.
      written.catch(() => undefined);
      if (previous) {
        await previous.written;
        onBatch(previous.done);
      }
      previous = { written, done: start + batch.length };
    }
    if (previous) {
      await previous.written;
      onBatch(previous.done);
    }
  }
}

/**
 * Positions as the parameters of create-positions: a list per property (exported for `bench:io`,
 * which runs the same statement without the import around it). Evidence repeated in the
 * file is written once (as merging it would), and the confidence follows from the distinct quotes.
 */
export function positionColumns(
  positions: DatasetPosition[],
  reliability: Map<string, SourceReliability>,
): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  const add = (name: string, value: unknown) => (columns[name] ??= []).push(value ?? null);
  for (const position of positions) {
    const distinct = new Map(position.evidence.map((e) => [`${e.source}\u0000${e.quote}`, e]));
    const evidence = [...distinct.values()];
    add('id', position.id);
    add('holder', position.holder);
    add('issue', position.issue);
    add('value', position.value);
    add('salience', position.salience);
    add('acceptableMin', position.acceptableMin);
    add('acceptableMax', position.acceptableMax);
    add('redLine', position.redLine);
    add('statement', position.statement);
    add('codingNote', position.codingNote);
    add('codingConfidence', position.codingConfidence);
    add('validFrom', position.validFrom);
    add('validTo', position.validTo);
    add('recordedAt', position.recordedAt);
    add('confidence', evidenceConfidence(evidence.map((e) => reliability.get(e.source)!)));
    add(
      'evidence',
      evidence.map((e) => [e.source, e.quote]),
    );
  }
  return columns;
}
