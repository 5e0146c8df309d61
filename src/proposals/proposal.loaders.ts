import { Injectable } from '@nestjs/common';
import { Actor } from '../actors/models/actor.model';
import { byKeys, GraphQLContext, groupByKeys, requestLoader } from '../common/graphql/graphql-context';
import { Proposal, Reaction } from './models/proposal.model';
import { ProposalsService } from './proposals.service';

/** Per-request batch loaders for proposals, their sponsors and the reactions to them. */
@Injectable()
export class ProposalLoaders {
  constructor(private readonly proposals: ProposalsService) {}

  byId(context: GraphQLContext) {
    return requestLoader<string, Proposal | null>(context, 'proposal.byId', async (ids) =>
      byKeys(ids, await this.proposals.findByIds(ids), (proposal) => proposal.id),
    );
  }

  sponsors(context: GraphQLContext) {
    return requestLoader<string, Actor[]>(context, 'proposal.sponsors', async (ids) => {
      const rows = await this.proposals.sponsors(ids);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.actor));
    });
  }

  reactions(context: GraphQLContext) {
    return requestLoader<string, Reaction[]>(context, 'proposal.reactions', async (ids) => {
      const rows = await this.proposals.reactions(ids);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.reaction));
    });
  }
}
