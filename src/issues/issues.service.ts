import { Injectable } from '@nestjs/common';
import { resolveAsOf } from '../common/as-of';
import { DomainError, withConflictMessage } from '../common/domain-error';
import { slugify } from '../common/dto/validators';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { CreateIssueInput, IssuesArgs, UpdateIssueInput } from './dto/issue.inputs';
import { IssuesRepository } from './issues.repository';
import { Issue, IssueOrder } from './models/issue.model';

@Injectable()
export class IssuesService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly issues: IssuesRepository,
  ) {}

  findByIds(ids: readonly string[]): Promise<Issue[]> {
    return this.issues.findByIds(ids);
  }

  async get(id: string, field = 'id'): Promise<Issue> {
    const [issue] = await this.issues.findByIds([id]);
    if (!issue) throw DomainError.notFound('Issue', id, field);
    return issue;
  }

  list(args: IssuesArgs): Promise<Issue[]> {
    const category = args.category ?? null;
    const root = args.root ?? null;
    if (args.orderBy === IssueOrder.POSITION_COUNT) {
      return this.issues.listByPositionCount(category, root, resolveAsOf(args.asOf).toISOString());
    }
    return this.issues.list(category, root);
  }

  positionCounts(ids: readonly string[], asOf: Date | undefined) {
    return this.issues.positionCounts(ids, resolveAsOf(asOf).toISOString());
  }

  children(ids: readonly string[]) {
    return this.issues.children(ids);
  }

  async create(input: CreateIssueInput): Promise<Issue> {
    const { parent, ...rest } = input;
    if (parent) await this.get(parent, 'parent');
    const issue = { ...rest, id: input.id ?? slugify(input.name), description: input.description ?? null };
    return withConflictMessage(
      this.db.write((tx) => this.issues.create(tx, issue, parent ?? null)),
      `an issue with id "${issue.id}" already exists`,
    );
  }

  async update(input: UpdateIssueInput): Promise<Issue> {
    const { id, parent, ...changes } = input;
    if (parent) {
      await this.get(parent, 'parent');
      if (await this.issues.wouldCycle(id, parent)) {
        throw DomainError.badInput('parent', `"${parent}" is "${id}" itself or one of its sub-issues`);
      }
    }
    const issue = await this.db.write((tx) => this.issues.update(tx, id, changes, parent ?? null));
    if (!issue) throw DomainError.notFound('Issue', id);
    return issue;
  }
}
