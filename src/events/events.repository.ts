import { Injectable } from '@nestjs/common';
import { toActor } from '../actors/actors.repository';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway, WriteTransaction } from '../database/neo4j-gateway';
import { toSource } from '../sources/sources.repository';
import { Event, EventKind } from './models/event.model';

export interface EventListQuery {
  from: string | null;
  to: string | null;
  actor: string | null;
  limit: number;
}

export type EventProperties = Omit<Event, 'date'>;

/** What an event write links: participants ({actor, role}) and reporting source ids. */
export interface EventLinks {
  participants: { actor: string; role: string | null }[];
  sources: string[];
}

export function toEvent(row: unknown): Event {
  const e = row as Record<string, unknown>;
  return {
    id: String(e.id),
    name: String(e.name),
    kind: e.kind as EventKind,
    date: e.date as Date,
    place: (e.place as string | null) ?? null,
  };
}

/** The only place that runs event queries. */
@Injectable()
export class EventsRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async findByIds(ids: readonly string[]): Promise<Event[]> {
    const rows = await this.db.read(cypher().events.findByIds, { ids });
    return rows.map((row) => toEvent(row.event));
  }

  async list(query: EventListQuery): Promise<Event[]> {
    const rows = await this.db.read(cypher().events.list, { ...query });
    return rows.map((row) => toEvent(row.event));
  }

  /** Participants of many events at once, as [key, actor, role] rows. */
  async participants(ids: readonly string[]) {
    const rows = await this.db.read(cypher().events.participants, { ids });
    return rows.map((row) => ({
      key: String(row.key),
      actor: toActor(row.actor),
      role: (row.role as string | null) ?? null,
    }));
  }

  /** Reporting sources of many events at once, as [key, source] pairs. */
  async reportedBy(ids: readonly string[]) {
    const rows = await this.db.read(cypher().events.reportedBy, { ids });
    return rows.map((row) => ({ key: String(row.key), source: toSource(row.source) }));
  }

  async create(
    tx: WriteTransaction,
    event: EventProperties,
    date: string,
    links: EventLinks,
  ): Promise<Event> {
    tx.touch(event.id);
    const [row] = await tx.run(cypher().events.create, { event, date, ...links });
    return toEvent(row.event);
  }

  async update(
    tx: WriteTransaction,
    id: string,
    changes: Partial<Omit<EventProperties, 'id'>>,
    date: string | null,
    links: EventLinks,
  ): Promise<Event | null> {
    tx.touch(id);
    const [row] = await tx.run(cypher().events.update, { id, changes, date, ...links });
    return row ? toEvent(row.event) : null;
  }
}
