import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext, groupByKeys, requestLoader } from '../common/graphql/graphql-context';
import { Evidence, HolderValue, Position } from './models/position.model';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../common/graphql/selection';
import { PositionSelection, positionSelection, selectionKey } from './position-selection';
import { PositionsService } from './positions.service';

/** Per-request batch loaders for positions, their holders and their evidence. */
@Injectable()
export class PositionLoaders {
  constructor(private readonly positions: PositionsService) {}

  /** Reads as much of each position as `selection` asks for (what the query shows). */
  byHolder(
    context: GraphQLContext,
    asOf: Date | undefined,
    issue: string | null,
    selection: PositionSelection,
  ) {
    const key = `position.byHolder.${asOf?.toISOString() ?? 'now'}.${issue ?? '*'}.${selectionKey(selection)}`;
    return requestLoader<string, Position[]>(context, key, async (ids) => {
      const rows = await this.positions.byHolders(ids, asOf, issue, selection);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.position));
    });
  }

  /**
   * Starts reading a holder's positions while the holder itself is being read, when the query
   * shows them at their default instant (`actor(id) { positions { ... } }`): the two queries run
   * side by side instead of one after the other. The positions resolver then finds them loading.
   */
  prefetchForHolder(context: GraphQLContext, info: GraphQLResolveInfo, holderId: string): void {
    const fields = selectedFields(info).filter((field) => field.name.value === 'positions');
    if (fields.length === 0 || fields.some((field) => (field.arguments ?? []).length > 0)) return;
    const selection = positionSelection(info, ['positions']);
    // Errors surface when the positions resolver reads the same loader entry.
    this.byHolder(context, undefined, null, selection)
      .load(holderId)
      .catch(() => undefined);
  }

  byIssue(context: GraphQLContext, asOf: Date | undefined, selection: PositionSelection) {
    return requestLoader<string, Position[]>(
      context,
      `position.byIssue.${asOf?.toISOString() ?? 'now'}.${selectionKey(selection)}`,
      async (ids) => {
        const rows = await this.positions.byIssues(ids, asOf, selection);
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
