import { Injectable } from '@nestjs/common';
import { cypher, CypherQuery } from '../database/cypher-registry';
import { WriteTransaction } from '../database/neo4j-gateway';
import { FaultlineDataset } from './dataset.types';

/** Rows per UNWIND statement: large enough to amortise round trips, small enough for the heap. */
export const IMPORT_BATCH_SIZE = 5000;

export interface EntityCounts {
  actors: number;
  issues: number;
  sources: number;
  events: number;
  proposals: number;
  positions: number;
}

export type ImportProgress = (step: string, done: number, total: number) => void;

/** Writes a validated dataset with batched UNWIND statements, inside the caller's transaction. */
@Injectable()
export class DatasetsRepository {
  async countExisting(tx: WriteTransaction, dataset: FaultlineDataset): Promise<EntityCounts> {
    const ids = (items: { id: string }[] | undefined) => (items ?? []).map((item) => item.id);
    const [row] = await tx.run(cypher().datasets.countExisting, {
      actors: ids(dataset.actors),
      issues: ids(dataset.issues),
      sources: ids(dataset.sources),
      events: ids(dataset.events),
      proposals: ids(dataset.proposals),
      positions: ids(dataset.positions),
    });
    return row as unknown as EntityCounts;
  }

  async write(tx: WriteTransaction, dataset: FaultlineDataset, progress?: ImportProgress): Promise<void> {
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
    const positions = dataset.positions ?? [];
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
      ['positions', q.mergePositions, positions],
      ['relations', q.mergeRelations, dataset.relations ?? []],
    ];
    for (const [step, query, rows] of steps) {
      await this.inBatches(tx, query, rows, (done) => progress?.(step, done, rows.length));
    }
    const ids = positions.map((position) => ({ id: position.id }));
    await this.inBatches(
      tx,
      cypher().positions.refreshConfidence,
      ids,
      (done) => progress?.('confidence', done, ids.length),
      (rows) => ({
        ids: rows.map((row) => row.id),
      }),
    );
    await tx.run(q.mergeDataset, {
      dataset: { description: null, license: null, createdAt: null, ...dataset.dataset },
    });
  }

  private async inBatches<T>(
    tx: WriteTransaction,
    query: CypherQuery,
    rows: T[],
    onBatch: (done: number) => void,
    toParams: (batch: T[]) => Record<string, unknown> = (batch) => ({ rows: batch }),
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
      const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
      await tx.run(query, toParams(batch));
      onBatch(start + batch.length);
    }
  }
}
