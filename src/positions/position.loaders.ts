import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext, groupByKeys, requestLoader } from '../common/graphql/graphql-context';
import { Evidence, HolderValue, Position } from './models/position.model';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../common/graphql/selection';
import { holderAndPositionsSelection, PositionSelection, selectionKey } from './position-selection';
import { PositionsService } from './positions.service';

/** The positions of each key asked for, in order (none for a key the read did not return). */
function positionsOfKeys(keys: readonly string[], found: { key: string; positions: Position[] }[]) {
  return byKeys(keys, found, (group) => group.key, { key: '', positions: [] }).map(
    (group) => group.positions,
  );
}

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
      return positionsOfKeys(ids, await this.positions.byHolders(ids, asOf, issue, selection));
    });
  }

  /**
   * `actor(id) { positions { ... } }` in one read: when the query shows the holder's positions at
   * their default instant, reads the holder with them and leaves the positions to the positions
   * resolver. Resolves to the holder, or to null when it holds no such position (the holder must
   * then be read alone); returns null at once when the query does not show those positions.
   */
  holderWithPositions(
    context: GraphQLContext,
    info: GraphQLResolveInfo,
    holderId: string,
  ): Promise<HolderValue | null> | null {
    const fields = selectedFields(info).filter((field) => field.name.value === 'positions');
    if (fields.length === 0 || fields.some((field) => (field.arguments ?? []).length > 0)) return null;
    const selection = holderAndPositionsSelection(info);
    return this.positions.holderWithPositions(holderId, selection.read).then(({ holder, positions }) => {
      this.byHolder(context, undefined, null, selection.positions).prime(holderId, positions);
      return holder;
    });
  }

  byIssue(context: GraphQLContext, asOf: Date | undefined, selection: PositionSelection) {
    return requestLoader<string, Position[]>(
      context,
      `position.byIssue.${asOf?.toISOString() ?? 'now'}.${selectionKey(selection)}`,
      async (ids) => {
        return positionsOfKeys(ids, await this.positions.byIssues(ids, asOf, selection));
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
