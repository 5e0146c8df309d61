import { Injectable } from '@nestjs/common';
import { resolveAsOf } from '../common/as-of';
import { DomainError } from '../common/domain-error';
import { decodeCursor, toPage } from '../common/graphql/connection';
import { byHolder, compute, DivergenceScope, distinct, idsOf, many, one } from './divergence-scope';
import { DisagreementNetworkArgs } from './dto/network.args';
import { DivergenceArgs, DivergenceMatrixArgs, RedLineConflictsArgs } from './dto/divergence.args';
import { buildDisagreementNetwork, pairMeasures, redLineConflicts } from './math';
import { PairRowScanner } from './math/pair-accumulator';
import { matrixPage, PairKey } from './matrix-page';
import { compareIds } from './math/types';
import { Measure, Network } from './models/network.model';
import { PairConnection, PairDivergence } from './models/pair-divergence.model';
import { RedLineConflictReport } from './models/red-line.model';

function pairCursorKey(pair: PairKey): string {
  return JSON.stringify([pair.divergence, pair.aId, pair.bId]);
}

function parsePairCursor(after: string | null | undefined): PairKey | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    (parsed[0] === null || typeof parsed[0] === 'number') &&
    typeof parsed[1] === 'string' &&
    typeof parsed[2] === 'string'
  ) {
    return { divergence: parsed[0] as number | null, aId: parsed[1], bId: parsed[2] };
  }
  throw DomainError.badInput('after', 'is not a cursor returned by divergenceMatrix');
}

/** Pairwise divergence, the divergence matrix, red-line conflicts and the disagreement network. */
@Injectable()
export class DivergenceService {
  constructor(private readonly scope: DivergenceScope) {}

  async pair(args: DivergenceArgs): Promise<PairDivergence> {
    if (args.a === args.b) throw DomainError.badInput('b', 'must be another actor than `a`');
    const asOf = resolveAsOf(args.asOf);
    const issues = distinct(args.issues);
    const [points] = await Promise.all([
      this.scope.points({ asOf, holders: [args.a, args.b], issues }),
      this.scope.requireActors(one('a', args.a), one('b', args.b)),
      this.scope.requireIssues(many('issues', args.issues)),
    ]);
    const groups = byHolder(points);
    const pointsA = groups.get(args.a) ?? [];
    const pointsB = groups.get(args.b) ?? [];
    const measures = compute(() => pairMeasures(pointsA, pointsB, 'NONE'));
    return {
      divergence: measures.divergence,
      sharedIssues: measures.sharedIssues,
      redLineConflicts: measures.redLineConflicts,
      asOf,
      issueFilter: issues,
      aId: args.a,
      bId: args.b,
      pointsA,
      pointsB,
    };
  }

  /**
   * One page of every pair of the actors, from one read of the points: the page is picked while
   * the pairs are computed one actor's row at a time (matrix-page.ts), never all held at once.
   */
  async matrix(args: DivergenceMatrixArgs): Promise<PairConnection> {
    const after = parsePairCursor(args.after);
    const asOf = resolveAsOf(args.asOf);
    const actors = distinct(args.actors);
    const issues = distinct(args.issues);
    const [points] = await Promise.all([
      this.scope.points({ asOf, holders: actors, issues }),
      this.scope.requireActors(many('actors', args.actors)),
      this.scope.requireIssues(many('issues', args.issues)),
    ]);
    const actorIds = actors ? [...actors].sort(compareIds) : idsOf(points, 'holderId');
    const scanner = compute(() => new PairRowScanner(points));
    const groups = byHolder(points);
    const page = matrixPage(scanner, actorIds, args.first + 1, after).map((entry): PairDivergence => ({
      divergence: entry.divergence,
      sharedIssues: entry.shared,
      redLineConflicts: entry.redLines,
      asOf,
      issueFilter: issues,
      aId: entry.aId,
      bId: entry.bId,
      pointsA: groups.get(entry.aId) ?? [],
      pointsB: groups.get(entry.bId) ?? [],
    }));
    const pairCount = (actorIds.length * (actorIds.length - 1)) / 2;
    return {
      ...toPage(page, args.first, pairCount, pairCursorKey),
      asOf,
      actorCount: actorIds.length,
      issueCount: idsOf(points, 'issueId').length,
      issueFilter: issues,
      actorIds,
    };
  }

  async redLineConflicts(args: RedLineConflictsArgs): Promise<RedLineConflictReport> {
    const asOf = resolveAsOf(args.asOf);
    const issue = args.issue ?? null;
    const actor = args.actor ?? null;
    const [points] = await Promise.all([
      this.scope.points({ asOf, holders: null, issues: issue === null ? null : [issue] }),
      this.scope.requireIssues(one('issue', issue)),
      this.scope.requireActors(one('actor', actor)),
    ]);
    const conflicts = compute(() => redLineConflicts(points)).filter(
      (conflict) => actor === null || conflict.holderA === actor || conflict.holderB === actor,
    );
    return {
      asOf,
      conflicts: conflicts.map((conflict) => ({
        gap: conflict.gap,
        issueId: conflict.issueId,
        aId: conflict.holderA,
        bId: conflict.holderB,
        positionAId: conflict.positionA,
        positionBId: conflict.positionB,
        redLineHolderIds: conflict.redLineHolders,
      })),
      n: points.length,
      actorCount: idsOf(points, 'holderId').length,
      issueCount: idsOf(points, 'issueId').length,
      issueId: issue,
      actorId: actor,
    };
  }

  async network(args: DisagreementNetworkArgs): Promise<Network> {
    const minWeight = args.minWeight ?? null;
    if (minWeight !== null) {
      if (!Number.isFinite(minWeight)) throw DomainError.badInput('minWeight', 'must be a finite number');
      if (args.measure === Measure.DIVERGENCE && (minWeight < 0 || minWeight > 1)) {
        throw DomainError.badInput('minWeight', `must be in [0, 1] for DIVERGENCE, got ${minWeight}`);
      }
    }
    const asOf = resolveAsOf(args.asOf);
    const issues = distinct(args.issues);
    const [points] = await Promise.all([
      this.scope.points({ asOf, holders: distinct(args.actors), issues }),
      this.scope.requireActors(many('actors', args.actors)),
      this.scope.requireIssues(many('issues', args.issues)),
    ]);
    const network = compute(() =>
      buildDisagreementNetwork(points, {
        measure: args.measure,
        normalization: args.normalization,
        minWeight: minWeight ?? undefined,
        betweenness: args.betweenness,
      }),
    );
    const issueIds = idsOf(points, 'issueId');
    return {
      nodes: network.nodes.map((node) => ({ ...node, key: node.id })),
      edges: network.edges.map((edge) => ({ ...edge, key: `${edge.source}|${edge.target}` })),
      communities: network.communities,
      balance: network.balance,
      signedTriangles: network.signedTriangles,
      balancedTriangles: network.balancedTriangles,
      measure: args.measure,
      normalization: args.normalization,
      minWeight,
      asOf,
      issueCount: issueIds.length,
      actorCount: network.nodes.length,
      n: points.length,
      issueFilter: issues,
      issueIds,
    };
  }
}
