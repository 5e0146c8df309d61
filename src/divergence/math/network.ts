import { assertNormalization, normalizationDenominator, normalize, PairMeasures } from './discourse-network';
import { DivergenceInputError } from './errors';
import { MetricEdge, nodeMetrics } from './network-metrics';
import { accumulatePairs } from './pair-accumulator';
import { divergenceFromSums } from './pair-divergence';
import { signedBalance } from './signed-balance';
import { Normalization, PositionPoint } from './types';

export type NetworkMeasure = 'DIVERGENCE' | 'CONGRUENCE' | 'CONFLICT' | 'SUBTRACT';

const MEASURES: readonly NetworkMeasure[] = ['DIVERGENCE', 'CONGRUENCE', 'CONFLICT', 'SUBTRACT'];

export const DEFAULT_SEED = 1;

export interface NetworkOptions {
  /** The edge weight: D itself, or normalized congruence, conflict or subtract. */
  measure: NetworkMeasure;
  normalization: Normalization;
  /** Drop edges whose weight is below this (the raw signed weight for SUBTRACT). */
  minWeight?: number;
  /** Seed of the Louvain random walk (default 1). */
  seed?: number;
  /**
   * Compute betweenness (default true). It is O(n·m·log n) and dominates the cost on large,
   * dense networks; false leaves each node's betweenness null.
   */
  betweenness?: boolean;
}

export interface NetworkNode {
  id: string;
  /** Louvain community on congruence, numbered 0..k−1 in order of first appearance by id. */
  community: number;
  /** Normalized betweenness, edge length 1 − similarity = D(a,b); null when not computed. */
  betweenness: number | null;
  /** Number of edges kept. */
  degree: number;
}

/** A pair of the network with its measures (see PairMeasures). */
export interface NetworkEdge extends PairMeasures {
  /** source < target (id order). */
  source: string;
  target: string;
  /** The chosen measure. */
  weight: number;
}

export interface NetworkCommunity {
  id: number;
  size: number;
  /** Member ids in id order. */
  members: string[];
}

export interface DisagreementNetwork {
  /** Sorted by id. */
  nodes: NetworkNode[];
  /** Sorted by source, then target. */
  edges: NetworkEdge[];
  communities: NetworkCommunity[];
  /** Balanced / signed triangles; null without a signed triangle. */
  balance: number | null;
  signedTriangles: number;
  balancedTriangles: number;
}

function checkOptions(options: NetworkOptions): void {
  if (!MEASURES.includes(options.measure)) {
    throw new DivergenceInputError(
      'measure',
      `unknown measure "${String(options.measure)}" (${MEASURES.join(', ')})`,
    );
  }
  assertNormalization(options.normalization);
  if (options.minWeight !== undefined && !Number.isFinite(options.minWeight)) {
    throw new DivergenceInputError('minWeight', 'minWeight must be a finite number');
  }
  if (options.seed !== undefined && !Number.isInteger(options.seed)) {
    throw new DivergenceInputError('seed', 'seed must be an integer');
  }
  if (options.betweenness !== undefined && typeof options.betweenness !== 'boolean') {
    throw new DivergenceInputError('betweenness', 'betweenness must be a boolean');
  }
}

/**
 * The disagreement network over a set of positions (one per holder per issue, valid at the
 * caller's asOf). Nodes are the holders present; there is an edge for every pair sharing at
 * least one issue, weighted by the chosen measure and kept when the weight is at least
 * `minWeight`. Under DIVERGENCE a pair whose D is undefined (all weights 0) has no weight and no
 * edge. Communities, betweenness, degree and balance are all computed over the kept edges, so
 * every figure can be checked against the returned edge list.
 */
export function buildDisagreementNetwork(
  points: readonly PositionPoint[],
  options: NetworkOptions,
): DisagreementNetwork {
  checkOptions(options);
  const { measure, normalization, minWeight } = options;
  const sums = accumulatePairs(points);
  const { holders, issueCounts } = sums;
  const n = holders.length;

  const edges: NetworkEdge[] = [];
  const metricEdges: MetricEdge[] = [];
  const degree = new Int32Array(n);
  sums.forEachPair((i, j, row) => {
    const divergence = divergenceFromSums(row.weightedDistance, row.weight);
    const denominator = normalizationDenominator(normalization, issueCounts[i], issueCounts[j], row.shared);
    const congruence = normalize(row.congruence, denominator);
    const conflict = normalize(row.conflict, denominator);
    const subtract = congruence - conflict;
    let weight: number | null;
    if (measure === 'DIVERGENCE') weight = divergence;
    else if (measure === 'CONGRUENCE') weight = congruence;
    else if (measure === 'CONFLICT') weight = conflict;
    else weight = subtract;
    if (weight === null) return;
    if (minWeight !== undefined && weight < minWeight) return;
    edges.push({
      source: holders[i],
      target: holders[j],
      weight,
      divergence,
      congruence,
      conflict,
      subtract,
      redLineConflicts: row.redLines,
      sharedIssues: row.shared,
    });
    metricEdges.push({ i, j, congruence, divergence, subtract });
    degree[i]++;
    degree[j]++;
  });

  const metrics = nodeMetrics(n, metricEdges, {
    seed: options.seed ?? DEFAULT_SEED,
    betweenness: options.betweenness ?? true,
  });
  const balance = signedBalance(n, metricEdges);

  const communities: NetworkCommunity[] = [];
  const nodes: NetworkNode[] = holders.map((id, i) => {
    const c = metrics.community[i];
    if (communities[c] === undefined) communities[c] = { id: c, size: 0, members: [] };
    communities[c].size++;
    communities[c].members.push(id);
    return {
      id,
      community: c,
      betweenness: metrics.betweenness === null ? null : metrics.betweenness[i],
      degree: degree[i],
    };
  });

  return { nodes, edges, communities, ...balance };
}
