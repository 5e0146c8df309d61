import { Injectable } from '@nestjs/common';
import { ActorsService } from '../actors/actors.service';
import { DomainError, withConflictMessage } from '../common/domain-error';
import { slugify } from '../common/dto/validators';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { SourcesService } from '../sources/sources.service';
import { CreateEventInput, EventsArgs, ParticipantInput, UpdateEventInput } from './dto/event.inputs';
import { EventLinks, EventProperties, EventsRepository } from './events.repository';
import { Event } from './models/event.model';

@Injectable()
export class EventsService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly events: EventsRepository,
    private readonly actors: ActorsService,
    private readonly sources: SourcesService,
  ) {}

  findByIds(ids: readonly string[]): Promise<Event[]> {
    return this.events.findByIds(ids);
  }

  list(args: EventsArgs): Promise<Event[]> {
    if (args.from && args.to && args.from > args.to) throw DomainError.badInput('to', 'is before `from`');
    return this.events.list({
      from: args.from?.toISOString() ?? null,
      to: args.to?.toISOString() ?? null,
      actor: args.actor ?? null,
      limit: args.first,
    });
  }

  participants(ids: readonly string[]) {
    return this.events.participants(ids);
  }

  reportedBy(ids: readonly string[]) {
    return this.events.reportedBy(ids);
  }

  async create(input: CreateEventInput): Promise<Event> {
    const links = await this.checkLinks(input.participants, input.reportedBy);
    const event: EventProperties = {
      id: input.id ?? slugify(input.name),
      name: input.name,
      kind: input.kind,
      place: input.place ?? null,
    };
    return withConflictMessage(
      this.db.write((tx) => this.events.create(tx, event, input.date.toISOString(), links)),
      `an event with id "${event.id}" already exists`,
    );
  }

  async update(input: UpdateEventInput): Promise<Event> {
    const { id, date, participants, reportedBy, ...changes } = input;
    const links = await this.checkLinks(participants, reportedBy);
    const event = await this.db.write((tx) =>
      this.events.update(tx, id, changes, date?.toISOString() ?? null, links),
    );
    if (!event) throw DomainError.notFound('Event', id);
    return event;
  }

  /** Every participant and source must exist (NOT_FOUND naming the first unknown one), before any write. */
  private async checkLinks(
    participants: ParticipantInput[] = [],
    sources: string[] = [],
  ): Promise<EventLinks> {
    const actorIds = participants.map((participant) => participant.actor);
    const [actors, found] = await Promise.all([
      actorIds.length > 0 ? this.actors.findByIds([...new Set(actorIds)]) : [],
      sources.length > 0 ? this.sources.findByIds([...new Set(sources)]) : [],
    ]);
    const knownActors = new Set(actors.map((actor) => actor.id));
    const missingActor = actorIds.findIndex((id) => !knownActors.has(id));
    if (missingActor >= 0) {
      throw DomainError.notFound('Actor', actorIds[missingActor], `participants[${missingActor}].actor`);
    }
    const knownSources = new Set(found.map((source) => source.id));
    const missingSource = sources.findIndex((id) => !knownSources.has(id));
    if (missingSource >= 0)
      throw DomainError.notFound('Source', sources[missingSource], `reportedBy[${missingSource}]`);
    return {
      participants: participants.map((participant) => ({
        actor: participant.actor,
        role: participant.role ?? null,
      })),
      sources,
    };
  }
}
