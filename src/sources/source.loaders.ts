import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext, requestLoader } from '../common/graphql/graphql-context';
import { Source } from './models/source.model';
import { SourcesService } from './sources.service';

/** Per-request batch loaders for sources, shared by every resolver that returns sources. */
@Injectable()
export class SourceLoaders {
  constructor(private readonly sources: SourcesService) {}

  byId(context: GraphQLContext) {
    return requestLoader<string, Source | null>(context, 'source.byId', async (ids) =>
      byKeys(ids, await this.sources.findByIds(ids), (source) => source.id),
    );
  }
}
