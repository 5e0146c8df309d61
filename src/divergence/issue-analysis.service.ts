import { Injectable } from '@nestjs/common';
import { resolveAsOf } from '../common/as-of';
import { DomainError } from '../common/domain-error';
import { compute, DivergenceScope, distinct, many, one } from './divergence-scope';
import { AgreementZoneArgs, IssueSummaryArgs } from './dto/issue-analysis.args';
import { agreementZone, polarization, predictedOutcome } from './math';
import { compareIds } from './math/types';
import { AgreementZone } from './models/agreement-zone.model';
import { IssueSummary } from './models/issue-summary.model';

/** One issue at a time: the zone of possible agreement, the predicted outcome and polarization. */
@Injectable()
export class IssueAnalysisService {
  constructor(private readonly scope: DivergenceScope) {}

  async agreementZone(args: AgreementZoneArgs): Promise<AgreementZone> {
    const event = args.event ?? null;
    const parties = distinct(args.parties);
    if (parties !== null && event !== null) {
      throw DomainError.badInput('event', 'give either `parties` or `event` (its participants), not both');
    }
    if (parties !== null && parties.length < 2) {
      throw DomainError.badInput(
        'parties',
        `a zone of agreement needs at least two parties, got ${parties.length}`,
      );
    }
    const asOf = resolveAsOf(args.asOf);
    const [participants] = await Promise.all([
      event === null ? Promise.resolve(null) : this.scope.eventParticipants(event),
      event === null ? Promise.resolve() : this.scope.requireEvent('event', event),
      this.scope.requireIssues(one('issue', args.issue)),
      this.scope.requireActors(many('parties', args.parties)),
    ]);
    const holders = participants ?? parties;
    const points = await this.scope.points({ asOf, holders, issues: [args.issue] });
    const zone = compute(() => agreementZone(points));
    const positioned = new Set(points.map((point) => point.holderId));
    return {
      deadlock: zone.deadlock,
      lower: zone.lower,
      upper: zone.upper,
      gap: zone.gap,
      asOf,
      n: points.length,
      issueId: args.issue,
      eventId: event,
      partyIds: zone.parties,
      excludedIds: zone.excluded,
      withoutPositionIds: (holders ?? []).filter((id) => !positioned.has(id)).sort(compareIds),
      floorSetterId: zone.floorSetter,
      ceilingSetterId: zone.ceilingSetter,
      positionIds: points.map((point) => point.positionId),
    };
  }

  async issueSummary(args: IssueSummaryArgs): Promise<IssueSummary> {
    if (!(args.alpha > 0 && args.alpha <= 2)) {
      throw DomainError.badInput('alpha', `alpha must be in (0, 2], got ${args.alpha}`);
    }
    const asOf = resolveAsOf(args.asOf);
    const [points] = await Promise.all([
      this.scope.points({ asOf, holders: null, issues: [args.issue] }),
      this.scope.requireIssues(one('issue', args.issue)),
    ]);
    const outcome = compute(() => predictedOutcome(points, args.outcome));
    const spread = compute(() => polarization(points, args.alpha));
    return {
      predictedOutcome: outcome,
      outcomeRule: args.outcome,
      range: spread.range,
      weightedMean: spread.weightedMean,
      weightedStdDev: spread.weightedStdDev,
      estebanRay: spread.estebanRay,
      alpha: spread.alpha,
      n: spread.n,
      asOf,
      issueId: args.issue,
      partyIds: points.map((point) => point.holderId),
      positionIds: points.map((point) => point.positionId),
    };
  }
}
