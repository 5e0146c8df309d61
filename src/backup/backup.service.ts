import { Injectable } from '@nestjs/common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../common/domain-error';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { DatasetsService } from '../datasets/datasets.service';
import { ExportService } from '../interop/export.service';

export const BACKUP_FORMAT = 'faultline-backup/1';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The whole graph in dataset format faultline/1, every position version included. */
  dataset: unknown;
  /** The audit trail, oldest first. */
  changes: Record<string, unknown>[];
}

/**
 * Backup and restore of the whole graph: every position version and the audit trail. API keys
 * are credentials of the running installation and stay as they are.
 */
@Injectable()
export class BackupService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly exports: ExportService,
    private readonly datasets: DatasetsService,
  ) {}

  async backup(): Promise<Backup> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-backup-')), 'dataset.json');
    try {
      const options = {
        format: 'json',
        graph: 'knowledge',
        table: 'positions',
        asOf: null,
        issues: null,
        holders: null,
        changes: false,
      } as const;
      await this.exports.export(options, fs.createWriteStream(file));
      const dataset: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      const rows = await this.db.read(cypher().backup.listChanges);
      const changes = rows.map((row) => {
        const change = row.change as Record<string, unknown>;
        return { ...change, at: (change.at as Date).toISOString() };
      });
      return { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), dataset, changes };
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }

  /** Replaces the graph with the backup's, in one transaction: all of it, or nothing changes. */
  async restore(input: unknown): Promise<void> {
    const backup = input as Partial<Backup> | null;
    if (!backup || backup.format !== BACKUP_FORMAT) {
      throw DomainError.badInput('format', `is not a Faultline backup (expected format "${BACKUP_FORMAT}")`);
    }
    if (!Array.isArray(backup.changes)) throw DomainError.badInput('changes', 'must be a list');
    const changes = backup.changes;
    await this.datasets.import(
      backup.dataset,
      undefined,
      async (tx) => {
        await tx.run(cypher().backup.deleteGraph);
      },
      async (tx) => {
        await tx.run(cypher().backup.restoreChanges, { rows: changes });
      },
    );
  }
}
