import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext, groupByKeys, requestLoader } from '../common/graphql/graphql-context';
import { Evidence, HolderValue, Position } from './models/position.model';
import { PositionsService } from './positions.service';

/** Per-request batch loaders for positions, their holders and their evidence. */
@Injectable()
export class PositionLoaders {
  constructor(private readonly positions: PositionsService) {}

  /** `withEvidence` fetches each position's evidence along (when the query selects it). */
  byHolder(context: GraphQLContext, asOf: Date | undefined, issue: string | null, withEvidence: boolean) {
    const key = `position.byHolder.${asOf?.toISOString() ?? 'now'}.${issue ?? '*'}.${withEvidence}`;
    return requestLoader<string, Position[]>(context, key, async (ids) => {
      const rows = await this.positions.byHolders(ids, asOf, issue, withEvidence);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.position));
    });
  }

  byIssue(context: GraphQLContext, asOf: Date | undefined) {
    return requestLoader<string, Position[]>(
      context,
      `position.byIssue.${asOf?.toISOString() ?? 'now'}`,
      async (ids) => {
        const rows = await this.positions.byIssues(ids, asOf);
        return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.position));
      },
    );
  }

  evidence(context: GraphQLContext) {
    return requestLoader<string, Evidence[]>(context, 'position.evidence', async (ids) => {
      const rows = await this.positions.evidence(ids);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.evidence));
    });
  }

  holder(context: GraphQLContext) {
    return requestLoader<string, HolderValue | null>(context, 'position.holder', async (ids) =>
      byKeys(ids, await this.positions.findHolders(ids), (holder) => holder.id),
    );
  }
}
