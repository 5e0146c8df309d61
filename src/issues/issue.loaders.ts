import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext, groupByKeys, requestLoader } from '../common/graphql/graphql-context';
import { IssuesService } from './issues.service';
import { Issue } from './models/issue.model';

/** Per-request batch loaders for issues. */
@Injectable()
export class IssueLoaders {
  constructor(private readonly issues: IssuesService) {}

  byId(context: GraphQLContext) {
    return requestLoader<string, Issue | null>(context, 'issue.byId', async (ids) =>
      byKeys(ids, await this.issues.findByIds(ids), (issue) => issue.id),
    );
  }

  positionCount(context: GraphQLContext, asOf: Date | undefined) {
    return requestLoader<string, number>(
      context,
      `issue.positionCount.${asOf?.toISOString() ?? 'now'}`,
      async (ids) => {
        const rows = await this.issues.positionCounts(ids, asOf);
        return byKeys(ids, rows, (row) => row.key, { key: '', count: 0 }).map((row) => row.count);
      },
    );
  }

  children(context: GraphQLContext) {
    return requestLoader<string, Issue[]>(context, 'issue.children', async (ids) => {
      const rows = await this.issues.children(ids);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.issue));
    });
  }
}
