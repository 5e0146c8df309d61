import { Injectable } from '@nestjs/common';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway, WriteTransaction } from '../database/neo4j-gateway';
import { Issue, IssueCategory } from './models/issue.model';

export function toIssue(row: unknown): Issue {
  const i = row as Record<string, unknown>;
  return {
    id: String(i.id),
    name: String(i.name),
    category: i.category as IssueCategory,
    description: (i.description as string | null) ?? null,
    scaleMin: String(i.scaleMin),
    scaleMax: String(i.scaleMax),
    parentId: (i.parentId as string | null) ?? null,
    ...(i.positionCount == null ? {} : { positionCount: Number(i.positionCount) }),
  };
}

type IssueProperties = Omit<Issue, 'parentId'>;

/** The only place that runs issue queries. */
@Injectable()
export class IssuesRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async findByIds(ids: readonly string[]): Promise<Issue[]> {
    const rows = await this.db.read(cypher().issues.findByIds, { ids });
    return rows.map((row) => toIssue(row.issue));
  }

  async list(category: IssueCategory | null, root: boolean | null): Promise<Issue[]> {
    const [row] = await this.db.read(cypher().issues.list, { category, root });
    return (row.issues as unknown[]).map(toIssue);
  }

  /** Most positions valid at asOf first, each issue with its positionCount. */
  async listByPositionCount(category: IssueCategory | null, root: boolean | null, asOf: string) {
    const [row] = await this.db.read(cypher().issues.listByPositionCount, { category, root, asOf });
    return (row.issues as unknown[]).map(toIssue);
  }

  async positionCounts(ids: readonly string[], asOf: string) {
    const rows = await this.db.read(cypher().issues.positionCounts, { ids, asOf });
    return rows.map((row) => ({ key: String(row.key), count: Number(row.count) }));
  }

  async children(ids: readonly string[]) {
    const rows = await this.db.read(cypher().issues.children, { ids });
    return rows.map((row) => ({ key: String(row.key), issue: toIssue(row.issue) }));
  }

  async wouldCycle(id: string, candidateParent: string): Promise<boolean> {
    const [row] = await this.db.read(cypher().issues.ancestors, { id, candidate: candidateParent });
    return Boolean(row?.wouldCycle);
  }

  async create(tx: WriteTransaction, issue: IssueProperties, parent: string | null): Promise<Issue> {
    tx.touch(issue.id, ...(parent ? [parent] : []));
    const [row] = await tx.run(cypher().issues.create, { issue, parent });
    return toIssue(row.issue);
  }

  async update(
    tx: WriteTransaction,
    id: string,
    changes: Partial<IssueProperties>,
    parent: string | null,
  ): Promise<Issue | null> {
    tx.touch(id, ...(parent ? [parent] : []));
    const [row] = await tx.run(cypher().issues.update, { id, changes, parent });
    return row ? toIssue(row.issue) : null;
  }
}
