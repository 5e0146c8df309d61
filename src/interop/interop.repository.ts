import { Injectable } from '@nestjs/common';
import { Record as Neo4jRecord } from 'neo4j-driver';
import { cypher, CypherQuery, joinQueries } from '../database/cypher-registry';
import { Neo4jGateway, Params } from '../database/neo4j-gateway';
import {
  ActorRow,
  ChangeRow,
  DatasetRow,
  DescribedPositionRow,
  EventRow,
  EvidenceRow,
  ExportCounts,
  IssueRow,
  PositionRow,
  ProposalRow,
  RelationRow,
  SourceRow,
} from './export-rows';
import { ExportFilter } from './export-types';

/** One page request of a keyset-paginated read: rows with ids after `after`, at most `batch`. */
export interface PageRequest {
  after: string;
  batch: number;
}

export interface MissingIds {
  issues: string[];
  holders: string[];
}

type RelationEnd = Omit<RelationRow, 'from'>;

/**
 * The only place that runs the export queries; every read is one page in id order.
 *
 * Pages are read with `Neo4jGateway.readRecords`, not `read`: the page queries return only
 * strings, numbers, booleans and lists (dates as ISO text), so each record is mapped straight to
 * its row, without the record-to-object and `toPlain` copies that cost an export of 100,000
 * positions seconds.
 */
@Injectable()
export class InteropRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async datasets(): Promise<DatasetRow[]> {
    return (await this.db.read(cypher().interop.datasets)) as unknown as DatasetRow[];
  }

  async counts(filter: ExportFilter): Promise<ExportCounts> {
    const [row] = await this.db.read(cypher().interop.count, filterParams(filter));
    return row as unknown as ExportCounts;
  }

  async missingIds(filter: ExportFilter): Promise<MissingIds> {
    const [row] = await this.db.read(cypher().interop.missingIds, {
      issues: filter.issues,
      holders: filter.holders,
    });
    return row as unknown as MissingIds;
  }

  actors(page: PageRequest, filter: ExportFilter): Promise<ActorRow[]> {
    return this.page<ActorRow>(cypher().interop.actorsPage, page, { holders: filter.holders });
  }

  issues(page: PageRequest, filter: ExportFilter): Promise<IssueRow[]> {
    return this.page<IssueRow>(cypher().interop.issuesPage, page, { issues: filter.issues });
  }

  sources(page: PageRequest): Promise<SourceRow[]> {
    return this.page<SourceRow>(cypher().interop.sourcesPage, page);
  }

  events(page: PageRequest): Promise<EventRow[]> {
    return this.page<EventRow>(cypher().interop.eventsPage, page);
  }

  proposals(page: PageRequest): Promise<ProposalRow[]> {
    return this.page<ProposalRow>(cypher().interop.proposalsPage, page);
  }

  /** A page of positions as the dataset format has them. */
  positions(page: PageRequest, filter: ExportFilter): Promise<PositionRow[]> {
    const q = cypher().interop;
    const read = joinQueries([q.positionsPage, q.positionColumns]);
    return this.page(read, page, filterParams(filter), positionRow);
  }

  /** A page of positions with their holders' and issues' names (see DescribedPositionRow). */
  describedPositions(page: PageRequest, filter: ExportFilter): Promise<DescribedPositionRow[]> {
    const q = cypher().interop;
    const read = joinQueries([q.positionsPage, q.positionDescriptions, q.positionColumns]);
    return this.page(read, page, filterParams(filter), describedPositionRow);
  }

  /** A page of the audit trail after the cursor `changeCursor` made of the previous page's last entry. */
  changes(page: PageRequest, filter: ExportFilter): Promise<ChangeRow[]> {
    const space = page.after.indexOf(' ');
    const after =
      space < 0
        ? { afterAt: null, afterId: '' }
        : { afterAt: page.after.slice(0, space), afterId: page.after.slice(space + 1) };
    return this.page<ChangeRow>(cypher().interop.changesPage, page, { ...filterParams(filter), ...after });
  }

  /** A page of actors, each with the relations starting at it (an empty list keeps the cursor moving). */
  async actorRelations(
    page: PageRequest,
    filter: ExportFilter,
  ): Promise<{ id: string; relations: RelationRow[] }[]> {
    const rows = await this.page<{ id: string; relations: RelationEnd[] }>(
      cypher().interop.actorRelationsPage,
      page,
      { holders: filter.holders },
    );
    return rows.map((row) => ({
      id: row.id,
      relations: row.relations.map((relation) => ({ ...relation, from: row.id })),
    }));
  }

  /** A page of events, each with its REPORTED_BY relations. */
  async eventRelations(page: PageRequest): Promise<{ id: string; relations: RelationRow[] }[]> {
    const rows = await this.page<{ id: string; sources: string[] }>(
      cypher().interop.eventRelationsPage,
      page,
    );
    return rows.map((row) => ({
      id: row.id,
      relations: row.sources.map((to): RelationRow => ({
        type: 'REPORTED_BY',
        from: row.id,
        to,
        role: null,
        stance: null,
        quote: null,
        source: null,
      })),
    }));
  }

  private page<T>(
    query: CypherQuery,
    page: PageRequest,
    params: Params = {},
    toRow: (record: Neo4jRecord) => T = (record) => record.toObject() as T,
  ): Promise<T[]> {
    // A page in one round trip: Neo4j streams it while Node handles the page before.
    return this.db.readRecords(query, { ...params, after: page.after, batch: page.batch }, toRow, page.batch);
  }
}

/** Keyset cursor of the audit trail, which is read in time order: the entry's time, then its id. */
export function changeCursor(row: ChangeRow): string {
  return `${row.at} ${row.id}`;
}

function filterParams(filter: ExportFilter): Params {
  return { asOf: filter.asOf, issues: filter.issues, holders: filter.holders };
}

/** A row of positions-page, its evidence in the documented order: by source id, then quote. */
function positionRow(record: Neo4jRecord): PositionRow {
  const evidence = (record.get('evidence') as [string, string][])
    .map(([source, quote]): EvidenceRow => ({ source, quote }))
    .sort(bySourceThenQuote);
  return {
    id: record.get('id'),
    holder: record.get('holder'),
    issue: record.get('issue'),
    value: record.get('value'),
    salience: record.get('salience'),
    acceptableMin: record.get('acceptableMin'),
    acceptableMax: record.get('acceptableMax'),
    redLine: record.get('redLine'),
    statement: record.get('statement'),
    codingNote: record.get('codingNote'),
    codingConfidence: record.get('codingConfidence'),
    validFrom: record.get('validFrom'),
    validTo: record.get('validTo'),
    recordedAt: record.get('recordedAt'),
    evidence,
  };
}

/** A row of positions-page with position-descriptions. */
function describedPositionRow(record: Neo4jRecord): DescribedPositionRow {
  const row = positionRow(record) as DescribedPositionRow;
  row.holderName = record.get('holderName');
  row.issueName = record.get('issueName');
  row.confidence = record.get('confidence');
  return row;
}

function bySourceThenQuote(a: EvidenceRow, b: EvidenceRow): number {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0;
}
