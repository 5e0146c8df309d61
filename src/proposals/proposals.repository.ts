import { Injectable } from '@nestjs/common';
import { toActor } from '../actors/actors.repository';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway, Row, WriteTransaction } from '../database/neo4j-gateway';
import { Proposal, Reaction, Stance } from './models/proposal.model';

export type ProposalProperties = Omit<Proposal, 'date'>;

export interface ReactionRecord {
  actor: string;
  proposal: string;
  stance: Stance;
  quote: string | null;
  source: string | null;
}

export function toProposal(row: unknown): Proposal {
  const p = row as Record<string, unknown>;
  return {
    id: String(p.id),
    name: String(p.name),
    date: (p.date as Date | null) ?? null,
    description: (p.description as string | null) ?? null,
  };
}

function toReaction(row: Row): Reaction {
  return {
    actor: toActor(row.actor),
    stance: row.stance as Stance,
    quote: (row.quote as string | null) ?? null,
    sourceId: (row.sourceId as string | null) ?? null,
  };
}

/** The only place that runs proposal queries. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async findByIds(ids: readonly string[]): Promise<Proposal[]> {
    const rows = await this.db.read(cypher().proposals.findByIds, { ids });
    return rows.map((row) => toProposal(row.proposal));
  }

  async list(limit: number): Promise<Proposal[]> {
    const rows = await this.db.read(cypher().proposals.list, { limit });
    return rows.map((row) => toProposal(row.proposal));
  }

  /** Sponsors of many proposals at once, as [key, actor] pairs. */
  async sponsors(ids: readonly string[]) {
    const rows = await this.db.read(cypher().proposals.sponsors, { ids });
    return rows.map((row) => ({ key: String(row.key), actor: toActor(row.actor) }));
  }

  /** Reactions to many proposals at once, as [key, reaction] pairs. */
  async reactions(ids: readonly string[]) {
    const rows = await this.db.read(cypher().proposals.reactions, { ids });
    return rows.map((row) => ({ key: String(row.key), reaction: toReaction(row) }));
  }

  async create(
    tx: WriteTransaction,
    proposal: ProposalProperties,
    date: string | null,
    sponsors: string[],
  ): Promise<Proposal> {
    tx.touch(proposal.id, ...sponsors);
    const [row] = await tx.run(cypher().proposals.create, { proposal, date, sponsors });
    return toProposal(row.proposal);
  }

  async update(
    tx: WriteTransaction,
    id: string,
    changes: Partial<Omit<ProposalProperties, 'id'>>,
    date: string | null,
    sponsors: string[],
  ): Promise<Proposal | null> {
    tx.touch(id, ...sponsors);
    const [row] = await tx.run(cypher().proposals.update, { id, changes, date, sponsors });
    return row ? toProposal(row.proposal) : null;
  }

  /** Records or replaces a reaction; null when the actor or the proposal does not exist. */
  async recordReaction(tx: WriteTransaction, reaction: ReactionRecord): Promise<Reaction | null> {
    tx.touch(reaction.actor, reaction.proposal);
    const [row] = await tx.run(cypher().proposals.recordReaction, { ...reaction });
    return row ? toReaction(row) : null;
  }
}
