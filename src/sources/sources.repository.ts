import { Injectable } from '@nestjs/common';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway, Row, WriteTransaction } from '../database/neo4j-gateway';
import { Reliability, Source } from './models/source.model';

export interface SourceListQuery {
  search: string | null;
  reliability: Reliability | null;
  after: string | null;
  limit: number;
}

export type SourceProperties = Omit<Source, 'publishedAt'>;

export function toSource(row: unknown): Source {
  const s = row as Record<string, unknown>;
  return {
    id: String(s.id),
    publisher: String(s.publisher),
    title: (s.title as string | null) ?? null,
    url: (s.url as string | null) ?? null,
    publishedAt: (s.publishedAt as Date | null) ?? null,
    reliability: s.reliability as Reliability,
  };
}

/** The only place that runs source queries. */
@Injectable()
export class SourcesRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async findByIds(ids: readonly string[]): Promise<Source[]> {
    const rows = await this.db.read(cypher().sources.findByIds, { ids });
    return rows.map((row) => toSource(row.source));
  }

  async list(query: SourceListQuery): Promise<{ total: number; page: Source[] }> {
    const [row] = await this.db.read(cypher().sources.list, { ...query });
    return { total: Number(row.total), page: (row.page as Row[]).map(toSource) };
  }

  async create(tx: WriteTransaction, source: SourceProperties, publishedAt: string | null): Promise<Source> {
    tx.touch(source.id);
    const [row] = await tx.run(cypher().sources.create, { source, publishedAt });
    return toSource(row.source);
  }

  /** Updates a source; also returns the ids of the positions it evidences (null: no such source). */
  async update(
    tx: WriteTransaction,
    id: string,
    changes: Partial<Omit<SourceProperties, 'id'>>,
    publishedAt: string | null,
  ): Promise<{ source: Source; evidenced: string[] } | null> {
    tx.touch(id);
    const [row] = await tx.run(cypher().sources.update, { id, changes, publishedAt });
    return row ? { source: toSource(row.source), evidenced: (row.evidenced as string[]).map(String) } : null;
  }

  /** Recomputes the confidence of positions, which follows from their sources' reliability. */
  async refreshConfidence(tx: WriteTransaction, ids: readonly string[]): Promise<void> {
    await tx.run(cypher().positions.refreshConfidence, { ids });
  }
}
