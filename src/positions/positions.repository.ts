import { Injectable } from '@nestjs/common';
import { toActor } from '../actors/actors.repository';
import { Actor } from '../actors/models/actor.model';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway, Row, WriteTransaction } from '../database/neo4j-gateway';
import { Proposal } from '../proposals/models/proposal.model';
import { toSource } from '../sources/sources.repository';
import { IssueCategory } from '../issues/models/issue.model';
import { Position } from './models/position.model';

export function toPosition(row: unknown): Position {
  const p = row as Record<string, unknown>;
  return {
    id: String(p.id),
    holderId: String(p.holderId),
    issueId: String(p.issueId),
    value: Number(p.value),
    salience: Number(p.salience),
    acceptableMin: (p.acceptableMin as number | null) ?? null,
    acceptableMax: (p.acceptableMax as number | null) ?? null,
    redLine: Boolean(p.redLine),
    statement: (p.statement as string | null) ?? null,
    codingNote: (p.codingNote as string | null) ?? null,
    codingConfidence: (p.codingConfidence as number | null) ?? 1,
    validFrom: p.validFrom as Date,
    validTo: (p.validTo as Date | null) ?? null,
    recordedAt: p.recordedAt as Date,
    confidence: (p.confidence as number | null) ?? 0,
  };
}

export type HolderValue = (Actor | Proposal) & { holderType: 'Actor' | 'Proposal' };

export interface PositionListQuery {
  holder: string | null;
  issue: string | null;
  category: IssueCategory | null;
  asOf: string;
  history: boolean;
  redLineOnly: boolean;
  minSalience: number | null;
  after: string | null;
  limit: number;
}

export interface NewPosition {
  holder: string;
  issue: string;
  validFrom: string;
  position: Omit<Position, 'holderId' | 'issueId' | 'validFrom' | 'validTo' | 'recordedAt' | 'confidence'>;
  evidence: { source: string; quote: string }[];
}

/** The only place that runs position queries. */
@Injectable()
export class PositionsRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async findByIds(ids: readonly string[]): Promise<Position[]> {
    const rows = await this.db.read(cypher().positions.findByIds, { ids });
    return rows.map((row) => toPosition(row.position));
  }

  async byHolders(ids: readonly string[], asOf: string, issue: string | null) {
    const rows = await this.db.read(cypher().positions.byHolders, { ids, asOf, issue });
    return rows.map((row) => ({ key: String(row.key), position: toPosition(row.position) }));
  }

  async byIssues(ids: readonly string[], asOf: string) {
    const rows = await this.db.read(cypher().positions.byIssues, { ids, asOf });
    return rows.map((row) => ({ key: String(row.key), position: toPosition(row.position) }));
  }

  async list(query: PositionListQuery): Promise<{ total: number; page: Position[] }> {
    const [row] = await this.db.read(cypher().positions.list, { ...query });
    return { total: Number(row.total), page: (row.page as Row[]).map(toPosition) };
  }

  async history(holder: string, issue: string): Promise<Position[]> {
    const rows = await this.db.read(cypher().positions.history, { holder, issue });
    return rows.map((row) => toPosition(row.position));
  }

  async current(holder: string, issue: string): Promise<Position | null> {
    const [row] = await this.db.read(cypher().positions.current, { holder, issue });
    return row ? toPosition(row.position) : null;
  }

  async evidence(ids: readonly string[]) {
    const rows = await this.db.read(cypher().positions.evidence, { ids });
    return rows.map((row) => ({
      key: String(row.key),
      quote: String(row.quote),
      source: toSource(row.source),
    }));
  }

  async findHolders(ids: readonly string[]): Promise<HolderValue[]> {
    const rows = await this.db.read(cypher().positions.findHolders, { ids });
    return rows.map((row) => {
      const holder = row.holder as Record<string, unknown>;
      if (holder.holderType === 'Proposal') {
        const proposal: Proposal = {
          id: String(holder.id),
          name: String(holder.name),
          date: (holder.date as Date | null) ?? null,
          description: (holder.description as string | null) ?? null,
        };
        return { ...proposal, holderType: 'Proposal' as const };
      }
      return { ...toActor(holder), holderType: 'Actor' as const };
    });
  }

  async record(tx: WriteTransaction, input: NewPosition): Promise<string> {
    tx.touch(input.position.id, input.holder, input.issue, ...input.evidence.map((e) => e.source));
    const [row] = await tx.run(cypher().positions.record, { ...input });
    return String(row.id);
  }

  async retire(tx: WriteTransaction, id: string, at: string): Promise<void> {
    tx.touch(id);
    await tx.run(cypher().positions.retire, { id, at });
  }

  async attachEvidence(tx: WriteTransaction, id: string, source: string, quote: string): Promise<void> {
    tx.touch(id, source);
    await tx.run(cypher().positions.attachEvidence, { id, source, quote });
  }

  async refreshConfidence(tx: WriteTransaction, ids: string[]): Promise<void> {
    await tx.run(cypher().positions.refreshConfidence, { ids });
  }
}
