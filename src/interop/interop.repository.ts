import { Injectable } from '@nestjs/common';
import { cypher, CypherQuery } from '../database/cypher-registry';
import { Neo4jGateway, Params } from '../database/neo4j-gateway';
import {
  ActorRow,
  DatasetRow,
  EventRow,
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

/** The only place that runs the export queries; every read is one page in id order. */
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

  positions(page: PageRequest, filter: ExportFilter): Promise<PositionRow[]> {
    return this.page<PositionRow>(cypher().interop.positionsPage, page, filterParams(filter));
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

  private async page<T>(query: CypherQuery, page: PageRequest, params: Params = {}): Promise<T[]> {
    return (await this.db.read(query, { ...params, after: page.after, batch: page.batch })) as unknown as T[];
  }
}

function filterParams(filter: ExportFilter): Params {
  return { asOf: filter.asOf, issues: filter.issues, holders: filter.holders };
}
