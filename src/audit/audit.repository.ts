import { Injectable } from '@nestjs/common';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { Change } from './change.model';

export interface ChangeQuery {
  since: string | null;
  actor: string | null;
  issue: string | null;
  limit: number;
}

/** Reads the audit trail (entries are written by Neo4jGateway.write, inside each write). */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async list(query: ChangeQuery): Promise<Change[]> {
    const rows = await this.db.read(cypher().audit.listChanges, { ...query });
    return rows.map((row) => {
      const c = row.change as Record<string, unknown>;
      return {
        id: String(c.id),
        at: c.at as Date,
        by: String(c.by),
        operation: String(c.operation),
        requestId: (c.requestId as string | null) ?? null,
        touched: (c.touched as string[]) ?? [],
        touchedCount: Number(c.touchedCount ?? 0),
        importedIn: (c.importedIn as string | null) ?? null,
      };
    });
  }
}
