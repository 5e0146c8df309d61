import { Injectable } from '@nestjs/common';
import { resolveAsOf } from '../common/as-of';
import { DomainError, withConflictMessage } from '../common/domain-error';
import { slugify } from '../common/dto/validators';
import { toFulltextQuery } from '../common/fulltext';
import { decodeCursor, Page, toPage } from '../common/graphql/connection';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { ActorRelation, ActorsRepository } from './actors.repository';
import { ActorsArgs, CreateActorInput, LinkActorsInput, UpdateActorInput } from './dto/actor.inputs';
import { Actor } from './models/actor.model';

@Injectable()
export class ActorsService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly actors: ActorsRepository,
  ) {}

  findByIds(ids: readonly string[]): Promise<Actor[]> {
    return this.actors.findByIds(ids);
  }

  async get(id: string, field = 'id'): Promise<Actor> {
    const [actor] = await this.actors.findByIds([id]);
    if (!actor) throw DomainError.notFound('Actor', id, field);
    return actor;
  }

  async list(args: ActorsArgs): Promise<Page<Actor>> {
    const filter = args.filter ?? {};
    const after = decodeCursor(args.after);
    const result = await this.actors.list({
      kind: filter.kind ?? null,
      search: toFulltextQuery(filter.search),
      issue: filter.issue ?? null,
      asOf: resolveAsOf(filter.asOf).toISOString(),
      after,
      limit: args.first + 1,
    });
    return toPage(result.page, args.first, result.total, (actor) => actor.id);
  }

  related(ids: readonly string[], type: ActorRelation, outgoing: boolean) {
    return this.actors.related(ids, type, outgoing);
  }

  async create(input: CreateActorInput): Promise<Actor> {
    const actor: Actor = {
      id: input.id ?? slugify(input.name),
      name: input.name,
      kind: input.kind,
      aliases: input.aliases ?? [],
      capability: input.capability ?? 1,
      description: input.description ?? null,
    };
    return withConflictMessage(
      this.db.write((tx) => this.actors.create(tx, actor)),
      `an actor or proposal with id "${actor.id}" already exists`,
    );
  }

  async update(input: UpdateActorInput): Promise<Actor> {
    const { id, ...changes } = input;
    const actor = await this.db.write((tx) => this.actors.update(tx, id, changes));
    if (!actor) throw DomainError.notFound('Actor', id);
    return actor;
  }

  async link(input: LinkActorsInput): Promise<Actor> {
    if (input.from === input.to) throw DomainError.badInput('to', 'an actor cannot be linked to itself');
    await this.get(input.to, 'to');
    const linked = await this.db.write((tx) => this.actors.link(tx, input.from, input.to, input.type));
    if (!linked) throw DomainError.notFound('Actor', input.from, 'from');
    return this.get(input.from, 'from');
  }
}
