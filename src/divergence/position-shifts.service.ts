import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { DivergenceScope, one } from './divergence-scope';
import { DivergenceRepository, ShiftPair } from './divergence.repository';
import { PositionShiftsArgs } from './dto/position-shifts.args';
import { PositionShift, PositionShiftReport, ShiftKind } from './models/position-shift.model';

/**
 * Whom a shift moved toward or away from: each other actor with a position on the issue at both
 * instants, comparing |v_before − v_other(from)| with |v_after − v_other(to)|. Equal distances,
 * and shifts that appear or disappear, are neither.
 */
function movement(shift: ShiftPair, others: readonly ShiftPair[]): { closer: string[]; further: string[] } {
  const closer: string[] = [];
  const further: string[] = [];
  const { before, after } = shift;
  if (before === null || after === null) return { closer, further };
  for (const other of others) {
    if (other.holderId === shift.holderId || other.before === null || other.after === null) continue;
    const then = Math.abs(before.value - other.before.value);
    const now = Math.abs(after.value - other.after.value);
    if (now < then) closer.push(other.holderId);
    else if (now > then) further.push(other.holderId);
  }
  return { closer, further };
}

function kindOf(shift: ShiftPair): ShiftKind {
  if (shift.before === null) return ShiftKind.APPEARED;
  if (shift.after === null) return ShiftKind.DISAPPEARED;
  return ShiftKind.CHANGED;
}

/** How actors' positions changed between two instants, and toward or away from whom. */
@Injectable()
export class PositionShiftsService {
  constructor(
    private readonly scope: DivergenceScope,
    private readonly repository: DivergenceRepository,
  ) {}

  async shifts(args: PositionShiftsArgs): Promise<PositionShiftReport> {
    if (args.from.getTime() >= args.to.getTime()) {
      throw DomainError.badInput('to', `must be after \`from\` (${args.from.toISOString()})`);
    }
    const actor = args.actor ?? null;
    const issue = args.issue ?? null;
    const [pairs] = await Promise.all([
      this.repository.shiftPairs(args.from, args.to, issue, actor),
      this.scope.requireActors(one('actor', actor)),
      this.scope.requireIssues(one('issue', issue)),
    ]);
    const byIssue = new Map<string, ShiftPair[]>();
    for (const pair of pairs) {
      const group = byIssue.get(pair.issueId);
      if (group) group.push(pair);
      else byIssue.set(pair.issueId, [pair]);
    }
    const compared = pairs.filter((pair) => actor === null || pair.holderId === actor);
    const shifts: PositionShift[] = compared
      .filter((pair) => pair.before?.id !== pair.after?.id)
      .map((pair) => {
        const { closer, further } = movement(pair, byIssue.get(pair.issueId) ?? []);
        return {
          kind: kindOf(pair),
          before: pair.before,
          after: pair.after,
          delta: pair.before && pair.after ? pair.after.value - pair.before.value : null,
          holderId: pair.holderId,
          issueId: pair.issueId,
          closerToIds: closer,
          furtherFromIds: further,
        };
      });
    return {
      from: args.from,
      to: args.to,
      shifts,
      n: shifts.length,
      compared: compared.length,
      actorId: actor,
      issueId: issue,
    };
  }
}
