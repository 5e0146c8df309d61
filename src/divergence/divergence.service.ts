import { Injectable } from '@nestjs/common';
import { resolveAsOf } from '../common/as-of';
import { DomainError } from '../common/domain-error';
import { decodeCursor, toPage } from '../common/graphql/connection';
import { byHolder, compute, DivergenceScope, distinct, idsOf, many, one } from './divergence-scope';
import { DisagreementNetworkArgs } from './dto/network.args';
import { DivergenceArgs, DivergenceMatrixArgs, RedLineConflictsArgs } from './dto/divergence.args';
import {
  buildDisagreementNetwork,
  divergenceFromSums,
  pairMeasures,
  PositionPoint,
  redLineConflicts,
} from './math';
import { accumulatePairs, PairSumsRow } from './math/pair-accumulator';
import { compareIds } from './math/types';
import { Measure, Network } from './models/network.model';
import { PairConnection, PairDivergence } from './models/pair-divergence.model';
import { RedLineConflictReport } from './models/red-line.model';

/** The sort key of a matrix pair: divergence (largest first, null last), then the two ids. */
interface PairKey {
  divergence: number | null;
  aId: string;
  bId: string;
}

export function comparePairs(x: PairKey, y: PairKey): number {
  if (x.divergence !== y.divergence) {
    if (x.divergence === null) return 1;
    if (y.divergence === null) return -1;
    return y.divergence - x.divergence;
  }
  return compareIds(x.aId, y.aId) || compareIds(x.bId, y.bId);
}

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

  /** Every pair of the actors from one read of the points, sorted, then one page of it. */
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
    const rows = pairRows(points);
    const keys: (PairKey & { row: PairSumsRow | undefined })[] = [];
    for (let x = 0; x < actorIds.length; x++) {
      for (let y = x + 1; y < actorIds.length; y++) {
        const row = rows.get(actorIds[x])?.get(actorIds[y]);
        const divergence = row ? divergenceFromSums(row.weightedDistance, row.weight) : null;
        keys.push({ divergence, aId: actorIds[x], bId: actorIds[y], row });
      }
    }
    keys.sort(comparePairs);
    let start = after === null ? 0 : keys.findIndex((key) => comparePairs(key, after) > 0);
    if (start < 0) start = keys.length;
    const groups = byHolder(points);
    const page = keys.slice(start, start + args.first + 1).map((key): PairDivergence => ({
      divergence: key.divergence,
      sharedIssues: key.row?.shared ?? 0,
      redLineConflicts: key.row?.redLines ?? 0,
      asOf,
      issueFilter: issues,
      aId: key.aId,
      bId: key.bId,
      pointsA: groups.get(key.aId) ?? [],
      pointsB: groups.get(key.bId) ?? [],
    }));
    return {
      ...toPage(page, args.first, keys.length, pairCursorKey),
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

/** Pair sums of every two holders sharing an issue, as holder → holder → sums (ids in order). */
function pairRows(points: readonly PositionPoint[]): Map<string, Map<string, PairSumsRow>> {
  const sums = compute(() => accumulatePairs(points));
  const rows = new Map<string, Map<string, PairSumsRow>>();
  sums.forEachPair((i, j, row) => {
    const a = sums.holders[i];
    let inner = rows.get(a);
    if (!inner) rows.set(a, (inner = new Map()));
    inner.set(sums.holders[j], row);
  });
  return rows;
}
