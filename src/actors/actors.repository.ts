import { Injectable } from '@nestjs/common';
import { cypher, CypherQuery, joinQueries } from '../database/cypher-registry';
import { Neo4jGateway, Row, WriteTransaction } from '../database/neo4j-gateway';
import { Actor, ActorKind } from './models/actor.model';

export type ActorRelation = 'MEMBER_OF' | 'REPRESENTS';

/** The statement of a page of actors: the count its filters need, then the page. */
function listRead(filters: { kind: ActorKind | null; issue: string | null }): CypherQuery {
  const q = cypher().actors;
  const count = filters.issue !== null ? q.countByIssue : filters.kind !== null ? q.countByKind : q.countAll;
  return joinQueries([count, q.listPage]);
}

export interface ActorListQuery {
  kind: ActorKind | null;
  search: string | null;
  issue: string | null;
  asOf: string;
  after: string | null;
  limit: number;
}

export function toActor(row: unknown): Actor {
  const a = row as Record<string, unknown>;
  return {
    id: String(a.id),
    name: String(a.name),
    kind: a.kind as ActorKind,
    aliases: (a.aliases as string[] | null) ?? [],
    capability: (a.capability as number | null) ?? 1,
    description: (a.description as string | null) ?? null,
  };
}

/** The only place that runs actor queries. */
@Injectable()
export class ActorsRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async findByIds(ids: readonly string[]): Promise<Actor[]> {
    const rows = await this.db.read(cypher().actors.findByIds, { ids });
    return rows.map((row) => toActor(row.actor));
  }

  async list(query: ActorListQuery): Promise<{ total: number; page: Actor[] }> {
    // Two shapes, so that each is planned for its case (index order for pages, full text for search).
    const { search, ...filters } = query;
    const params = { ...filters, after: query.after ?? '' };
    const [row] = search
      ? await this.db.read(cypher().actors.search, { ...params, search })
      : await this.db.read(listRead(filters), params);
    return { total: Number(row.total), page: (row.page as Row[]).map(toActor) };
  }

  /** Related actors for many actors at once, as [key, actor] pairs. */
  async related(ids: readonly string[], type: ActorRelation, outgoing: boolean) {
    const rows = await this.db.read(cypher().actors.related, { ids, type, outgoing });
    return rows.map((row) => ({ key: String(row.key), actor: toActor(row.actor) }));
  }

  async create(tx: WriteTransaction, actor: Actor): Promise<Actor> {
    tx.touch(actor.id);
    const [row] = await tx.run(cypher().actors.create, { actor });
    return toActor(row.actor);
  }

  async update(tx: WriteTransaction, id: string, changes: Partial<Omit<Actor, 'id'>>): Promise<Actor | null> {
    tx.touch(id);
    const [row] = await tx.run(cypher().actors.update, { id, changes });
    return row ? toActor(row.actor) : null;
  }

  async link(tx: WriteTransaction, from: string, to: string, type: ActorRelation): Promise<boolean> {
    tx.touch(from, to);
    const rows = await tx.run(cypher().actors.link, { from, to, type });
    return rows.length > 0;
  }
}
