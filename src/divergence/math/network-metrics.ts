import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { mulberry32 } from './seeded-random';

/** A kept edge between node indices i < j, with the figures the metrics need. */
export interface MetricEdge {
  i: number;
  j: number;
  /** Normalized congruence: Louvain's edge weight (edges with a positive one only). */
  congruence: number;
  /** D(a,b); an edge whose D is undefined is left out of betweenness. */
  divergence: number | null;
  /** Normalized C − F. */
  subtract: number;
}

interface EdgeAttributes {
  congruence: number;
  length: number;
}

type MetricGraph = UndirectedGraph<Record<string, never>, EdgeAttributes>;

/** Betweenness lengths are integers in units of 1e-9, so equal path lengths tie exactly. */
const LENGTH_UNITS = 1e9;

/**
 * Edge length for betweenness: length = 1 − similarity, similarity = 1 − D(a,b); i.e. D(a,b),
 * in integer units of 1e-9 so that equal path lengths tie exactly. A zero length (identical
 * positions) counts as one unit because Brandes' algorithm needs positive lengths.
 */
export function betweennessLength(divergence: number): number {
  const similarity = 1 - divergence;
  return Math.max(1, Math.round((1 - similarity) * LENGTH_UNITS));
}

const forLouvain = (edge: MetricEdge): boolean => edge.congruence > 0;
const forPaths = (edge: MetricEdge): boolean => edge.divergence !== null;

/** Nodes '0'..'n−1' in index order, then the selected edges in the given (i, j) order. */
function buildGraph(
  n: number,
  edges: readonly MetricEdge[],
  keep: (edge: MetricEdge) => boolean,
): MetricGraph {
  const graph: MetricGraph = new UndirectedGraph();
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    keys.push(String(i));
    graph.addNode(keys[i]);
  }
  for (const edge of edges) {
    if (!keep(edge)) continue;
    graph.addUndirectedEdge(keys[edge.i], keys[edge.j], {
      congruence: edge.congruence,
      length: edge.divergence === null ? 0 : betweennessLength(edge.divergence),
    });
  }
  return graph;
}

/**
 * Louvain on the congruence graph, driven by a seeded generator, so the same data gives the
 * same communities. Renumbered 0..k−1 in order of first appearance along the node index (= id)
 * order; a node without any positive edge is a community of its own.
 */
function louvainCommunities(graph: MetricGraph, n: number, seed: number): number[] {
  const raw: Record<string, number> =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'congruence', rng: mulberry32(seed) }) : {};
  const renumbered = new Map<number, number>();
  const communities: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = raw[String(i)] ?? -1 - i;
    let community = renumbered.get(label);
    if (community === undefined) {
      community = renumbered.size;
      renumbered.set(label, community);
    }
    communities.push(community);
  }
  return communities;
}

/** Normalized betweenness (Brandes with Dijkstra, graphology-metrics) over `length`. */
function betweennessScores(graph: MetricGraph, n: number): number[] {
  if (n === 0) return [];
  const scores = betweennessCentrality(graph, { getEdgeWeight: 'length', normalized: true });
  const result: number[] = [];
  for (let i = 0; i < n; i++) result.push(scores[String(i)] ?? 0);
  return result;
}

export interface NodeMetrics {
  /** Community per node index. */
  community: number[];
  /** Normalized betweenness per node index; null when not computed. */
  betweenness: number[] | null;
}

/**
 * Communities (Louvain on edges with positive congruence) and, when asked, betweenness (on
 * edges whose D is defined, length = 1 − similarity = D). When every edge qualifies for both,
 * one graph serves both, since building a graphology graph is the costly part.
 */
export function nodeMetrics(
  n: number,
  edges: readonly MetricEdge[],
  options: { seed: number; betweenness: boolean },
): NodeMetrics {
  if (!options.betweenness) {
    return {
      community: louvainCommunities(buildGraph(n, edges, forLouvain), n, options.seed),
      betweenness: null,
    };
  }
  if (edges.every((edge) => forLouvain(edge) && forPaths(edge))) {
    const graph = buildGraph(n, edges, () => true);
    return {
      community: louvainCommunities(graph, n, options.seed),
      betweenness: betweennessScores(graph, n),
    };
  }
  return {
    community: louvainCommunities(buildGraph(n, edges, forLouvain), n, options.seed),
    betweenness: betweennessScores(buildGraph(n, edges, forPaths), n),
  };
}
