import { Injectable } from '@nestjs/common';
import { ActorsService } from '../actors/actors.service';
import { DomainError, withConflictMessage } from '../common/domain-error';
import { slugify } from '../common/dto/validators';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { SourcesService } from '../sources/sources.service';
import { CreateProposalInput, RecordReactionInput, UpdateProposalInput } from './dto/proposal.inputs';
import { Proposal, Reaction } from './models/proposal.model';
import { ProposalProperties, ProposalsRepository } from './proposals.repository';

@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly proposals: ProposalsRepository,
    private readonly actors: ActorsService,
    private readonly sources: SourcesService,
  ) {}

  findByIds(ids: readonly string[]): Promise<Proposal[]> {
    return this.proposals.findByIds(ids);
  }

  list(first: number): Promise<Proposal[]> {
    return this.proposals.list(first);
  }

  sponsors(ids: readonly string[]) {
    return this.proposals.sponsors(ids);
  }

  reactions(ids: readonly string[]) {
    return this.proposals.reactions(ids);
  }

  async create(input: CreateProposalInput): Promise<Proposal> {
    const sponsors = await this.checkSponsors(input.sponsors);
    const proposal: ProposalProperties = {
      id: input.id ?? slugify(input.name),
      name: input.name,
      description: input.description ?? null,
    };
    const date = input.date?.toISOString() ?? null;
    return withConflictMessage(
      this.db.write((tx) => this.proposals.create(tx, proposal, date, sponsors)),
      `an actor or proposal with id "${proposal.id}" already exists`,
    );
  }

  async update(input: UpdateProposalInput): Promise<Proposal> {
    const { id, date, sponsors, ...changes } = input;
    const checked = await this.checkSponsors(sponsors);
    const proposal = await this.db.write((tx) =>
      this.proposals.update(tx, id, changes, date?.toISOString() ?? null, checked),
    );
    if (!proposal) throw DomainError.notFound('Proposal', id);
    return proposal;
  }

  /** Records (or replaces) an actor's reaction; a quote and its source come together or not at all. */
  async recordReaction(input: RecordReactionInput): Promise<Reaction> {
    const quote = input.quote ?? null;
    const source = input.source ?? null;
    if (quote !== null && source === null) throw DomainError.badInput('source', 'is required with a quote');
    if (source !== null && quote === null) throw DomainError.badInput('quote', 'is required with a source');
    const [actors, proposals, sources] = await Promise.all([
      this.actors.findByIds([input.actor]),
      this.proposals.findByIds([input.proposal]),
      source !== null ? this.sources.findByIds([source]) : [],
    ]);
    if (actors.length === 0) throw DomainError.notFound('Actor', input.actor, 'actor');
    if (proposals.length === 0) throw DomainError.notFound('Proposal', input.proposal, 'proposal');
    if (source !== null && sources.length === 0) throw DomainError.notFound('Source', source, 'source');
    const record = { actor: input.actor, proposal: input.proposal, stance: input.stance, quote, source };
    const reaction = await this.db.write((tx) => this.proposals.recordReaction(tx, record));
    if (!reaction) throw DomainError.notFound('Proposal', input.proposal, 'proposal');
    return reaction;
  }

  /** Every sponsor must exist (NOT_FOUND naming the first unknown one), before any write. */
  private async checkSponsors(sponsors: string[] = []): Promise<string[]> {
    if (sponsors.length === 0) return [];
    const known = new Set((await this.actors.findByIds([...new Set(sponsors)])).map((actor) => actor.id));
    const missing = sponsors.findIndex((id) => !known.has(id));
    if (missing >= 0) throw DomainError.notFound('Actor', sponsors[missing], `sponsors[${missing}]`);
    return sponsors;
  }
}
