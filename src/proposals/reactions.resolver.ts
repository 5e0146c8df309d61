import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Source } from '../sources/models/source.model';
import { SourceLoaders } from '../sources/source.loaders';
import { Reaction } from './models/proposal.model';

@Resolver(() => Reaction)
export class ReactionsResolver {
  constructor(private readonly sources: SourceLoaders) {}

  @ResolveField(() => Source, { nullable: true, description: 'Where the quote comes from.' })
  source(reaction: Reaction, _args: unknown, context: GraphQLContext) {
    return reaction.sourceId ? this.sources.byId(context).load(reaction.sourceId) : null;
  }
}
