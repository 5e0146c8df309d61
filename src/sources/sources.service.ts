import { Injectable } from '@nestjs/common';
import { DomainError, withConflictMessage } from '../common/domain-error';
import { slugify } from '../common/dto/validators';
import { toFulltextQuery } from '../common/fulltext';
import { decodeCursor, Page, toPage } from '../common/graphql/connection';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { CreateSourceInput, SourcesArgs, UpdateSourceInput } from './dto/source.inputs';
import { Source } from './models/source.model';
import { SourceProperties, SourcesRepository } from './sources.repository';

@Injectable()
export class SourcesService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly sources: SourcesRepository,
  ) {}

  findByIds(ids: readonly string[]): Promise<Source[]> {
    return this.sources.findByIds(ids);
  }

  async get(id: string, field = 'id'): Promise<Source> {
    const [source] = await this.sources.findByIds([id]);
    if (!source) throw DomainError.notFound('Source', id, field);
    return source;
  }

  async list(args: SourcesArgs): Promise<Page<Source>> {
    const after = decodeCursor(args.after);
    const result = await this.sources.list({
      search: toFulltextQuery(args.search),
      reliability: args.reliability ?? null,
      after,
      limit: args.first + 1,
    });
    return toPage(result.page, args.first, result.total, (source) => source.id);
  }

  async create(input: CreateSourceInput): Promise<Source> {
    const source: SourceProperties = {
      id: input.id ?? slugify([input.publisher, input.title].filter(Boolean).join(' ')),
      publisher: input.publisher,
      title: input.title ?? null,
      url: input.url ?? null,
      reliability: input.reliability,
    };
    const publishedAt = input.publishedAt?.toISOString() ?? null;
    return withConflictMessage(
      this.db.write((tx) => this.sources.create(tx, source, publishedAt)),
      `a source with id "${source.id}" already exists`,
    );
  }

  /** Updates a source and, in the same transaction, the confidence of the positions it evidences. */
  async update(input: UpdateSourceInput): Promise<Source> {
    const { id, publishedAt, ...changes } = input;
    const source = await this.db.write(async (tx) => {
      const updated = await this.sources.update(tx, id, changes, publishedAt?.toISOString() ?? null);
      if (!updated) return null;
      if (updated.evidenced.length > 0) await this.sources.refreshConfidence(tx, updated.evidenced);
      return updated.source;
    });
    if (!source) throw DomainError.notFound('Source', id);
    return source;
  }
}
