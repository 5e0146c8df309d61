import { Args, Context, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/graphql/connection';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { CreateSourceInput, SourcesArgs, UpdateSourceInput } from './dto/source.inputs';
import { Source } from './models/source.model';
import { SourceLoaders } from './source.loaders';
import { SourcesService } from './sources.service';

@ObjectType()
class SourceConnection extends Connection(Source) {}

@Resolver(() => Source)
export class SourcesResolver {
  constructor(
    private readonly service: SourcesService,
    private readonly loaders: SourceLoaders,
  ) {}

  @Query(() => Source, { nullable: true })
  source(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext) {
    return this.loaders.byId(context).load(id);
  }

  @Query(() => SourceConnection, { description: 'Sources ordered by id; search titles and publishers.' })
  sources(@Args() args: SourcesArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Source)
  createSource(@Args('input') input: CreateSourceInput) {
    return this.service.create(input);
  }

  @Mutation(() => Source, { description: 'Also refreshes the confidence of the positions it evidences.' })
  updateSource(@Args('input') input: UpdateSourceInput) {
    return this.service.update(input);
  }
}
