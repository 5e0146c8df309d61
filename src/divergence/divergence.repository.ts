import { Injectable } from '@nestjs/common';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { toPosition } from '../positions/positions.repository';
import { Position } from '../positions/models/position.model';
import { PositionPoint } from './math';

/** Which positions a divergence read covers; null lists mean "all". */
export interface PointQuery {
  asOf: Date;
  /** Holder ids (actors, or proposals when listed); null = every actor. */
  holders: readonly string[] | null;
  /** Issue ids; null = every issue. */
  issues: readonly string[] | null;
}

/** One actor x issue across two instants: the position valid at each (null when none). */
export interface ShiftPair {
  holderId: string;
  issueId: string;
  before: Position | null;
  after: Position | null;
}

function toPoint(row: Record<string, unknown>): PositionPoint {
  const bound = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    positionId: String(row.positionId),
    holderId: String(row.holderId),
    issueId: String(row.issueId),
    value: Number(row.value),
    salience: Number(row.salience),
    acceptableMin: bound(row.acceptableMin),
    acceptableMax: bound(row.acceptableMax),
    redLine: Boolean(row.redLine),
    capability: Number(row.capability),
  };
}

/** The only place that runs divergence queries. */
@Injectable()
export class DivergenceRepository {
  constructor(private readonly db: Neo4jGateway) {}

  /** Every position valid at asOf in scope, flattened: one read for a whole matrix or network. */
  async points(query: PointQuery): Promise<PositionPoint[]> {
    const rows = await this.db.read(cypher().divergence.points, {
      asOf: query.asOf.toISOString(),
      holders: query.holders === null ? null : [...query.holders],
      issues: query.issues === null ? null : [...query.issues],
    });
    return rows.map(toPoint);
  }

  /** Ids of the actors who took part in an event, in id order. */
  async eventParticipants(event: string): Promise<string[]> {
    const rows = await this.db.read(cypher().divergence.eventParticipants, { event });
    return rows.map((row) => String(row.actorId));
  }

  /**
   * Every actor x issue with a position valid at `from` or at `to`, with both versions; with
   * `actor`, on the issues that actor holds a position on in between.
   */
  async shiftPairs(from: Date, to: Date, issue: string | null, actor: string | null): Promise<ShiftPair[]> {
    const rows = await this.db.read(cypher().divergence.shiftPairs, {
      from: from.toISOString(),
      to: to.toISOString(),
      issue,
      actor,
    });
    return rows.map((row) => ({
      holderId: String(row.holderId),
      issueId: String(row.issueId),
      before: row.before ? toPosition(row.before) : null,
      after: row.after ? toPosition(row.after) : null,
    }));
  }
}
