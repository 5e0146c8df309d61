import { Injectable } from '@nestjs/common';
import { ActorsService } from '../actors/actors.service';
import { DomainError } from '../common/domain-error';
import { EventsService } from '../events/events.service';
import { IssuesService } from '../issues/issues.service';
import { DivergenceRepository, PointQuery } from './divergence.repository';
import { DivergenceInputError, PositionPoint } from './math';
import { compareIds } from './math/types';

/** An id argument to check: a single id (`field` is its name) or a list (`field[i]`). */
export type IdArgument = { field: string; id: string } | { field: string; ids: readonly string[] };

/** The ids without repeats, first occurrence kept; null (no restriction) stays null. */
export function distinct(ids: readonly string[] | null | undefined): string[] | null {
  return ids === null || ids === undefined ? null : [...new Set(ids)];
}

/** Sorted distinct values of `key` over the points. */
export function idsOf(points: readonly PositionPoint[], key: 'holderId' | 'issueId'): string[] {
  return [...new Set(points.map((point) => point[key]))].sort(compareIds);
}

/** Groups points by holder id. */
export function byHolder(points: readonly PositionPoint[]): Map<string, PositionPoint[]> {
  const groups = new Map<string, PositionPoint[]>();
  for (const point of points) {
    const group = groups.get(point.holderId);
    if (group) group.push(point);
    else groups.set(point.holderId, [point]);
  }
  return groups;
}

/** Runs the pure mathematics; its input errors become BAD_USER_INPUT on the named field. */
export function compute<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DivergenceInputError) {
      const prefix = `${error.field}: `;
      const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      throw DomainError.badInput(error.field, message);
    }
    throw error;
  }
}

function unknownIds(kind: string, argument: IdArgument, found: ReadonlySet<string>): DomainError | null {
  if ('id' in argument) {
    return found.has(argument.id) ? null : DomainError.notFound(kind, argument.id, argument.field);
  }
  const index = argument.ids.findIndex((id) => !found.has(id));
  if (index < 0) return null;
  return DomainError.notFound(kind, argument.ids[index], `${argument.field}[${index}]`);
}

/**
 * What every divergence read shares: the existence checks of its id arguments (through the
 * other modules' services: unknown ids are NOT_FOUND naming the argument) and the one read of
 * the position points.
 */
@Injectable()
export class DivergenceScope {
  constructor(
    private readonly actors: ActorsService,
    private readonly issues: IssuesService,
    private readonly events: EventsService,
    private readonly repository: DivergenceRepository,
  ) {}

  /** Checks that every given actor exists, in one query; arguments absent or null are skipped. */
  async requireActors(...args: (IdArgument | null)[]): Promise<void> {
    await this.require('Actor', args, (ids) => this.actors.findByIds(ids));
  }

  async requireIssues(...args: (IdArgument | null)[]): Promise<void> {
    await this.require('Issue', args, (ids) => this.issues.findByIds(ids));
  }

  async requireEvent(field: string, id: string): Promise<void> {
    const [event] = await this.events.findByIds([id]);
    if (!event) throw DomainError.notFound('Event', id, field);
  }

  points(query: PointQuery): Promise<PositionPoint[]> {
    return this.repository.points(query);
  }

  eventParticipants(event: string): Promise<string[]> {
    return this.repository.eventParticipants(event);
  }

  private async require(
    kind: string,
    args: (IdArgument | null)[],
    find: (ids: string[]) => Promise<{ id: string }[]>,
  ): Promise<void> {
    const present = args.filter((arg): arg is IdArgument => arg !== null);
    const ids = [...new Set(present.flatMap((arg) => ('id' in arg ? [arg.id] : [...arg.ids])))];
    if (ids.length === 0) return;
    const found = new Set((await find(ids)).map((item) => item.id));
    for (const arg of present) {
      const error = unknownIds(kind, arg, found);
      if (error) throw error;
    }
  }
}

/** A single id argument, or null when it was not given. */
export function one(field: string, id: string | null | undefined): IdArgument | null {
  return id === null || id === undefined ? null : { field, id };
}

/** A list argument, or null when it was not given. */
export function many(field: string, ids: readonly string[] | null | undefined): IdArgument | null {
  return ids === null || ids === undefined ? null : { field, ids };
}
