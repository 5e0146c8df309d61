import { communityColour } from '../palette';
import { NodeSize } from '../state';
import { Network } from '../types';
import { communityLayout } from './layout';

/** More edges than this are not drawn (the heaviest are), and the page says so. */
export const EDGE_BUDGET = 10000;

export interface DrawNode {
  id: string;
  label: string;
  size: number;
  colour: string;
  community: number;
  capability: number;
  degree: number;
  x: number;
  y: number;
}

export interface DrawEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  width: number;
  divergence: number | null;
  redLineConflicts: number;
  sharedIssues: number;
}

export interface CommunityKey {
  id: number;
  colour: string;
  size: number;
  label: string;
}

/** What is drawn, derived from one disagreementNetwork answer and nothing else. */
export interface DrawModel {
  nodes: DrawNode[];
  edges: DrawEdge[];
  communities: CommunityKey[];
  apiEdgeCount: number;
  redLineEdges: number;
  weightRange: [number, number] | null;
}

function communityKeys(net: Network, names: Map<string, string>): CommunityKey[] {
  const bySize = [...net.communities].sort((a, b) => b.size - a.size || a.id - b.id);
  return bySize.map((community, rank) => {
    const shown = community.members.slice(0, 2).map((id) => names.get(id) ?? id);
    const more = community.size > 2 ? ` +${community.size - 2}` : '';
    return {
      id: community.id,
      colour: communityColour(rank),
      size: community.size,
      label: shown.join(', ') + more,
    };
  });
}

export function drawModel(net: Network, nodeSize: NodeSize): DrawModel {
  const names = new Map(net.nodes.map((node) => [node.id, node.actor.name]));
  const communities = communityKeys(net, names);
  const colourOf = new Map(communities.map((key) => [key.id, key.colour]));
  const maxDegree = Math.max(1, ...net.nodes.map((node) => node.degree));
  // Small networks get room for their labels; large ones are packed tighter.
  const positions = communityLayout(net.nodes, net.nodes.length > 200 ? 60 : 130);
  const nodes = net.nodes.map((node): DrawNode => {
    const scale = nodeSize === 'degree' ? Math.sqrt(node.degree / maxDegree) : node.actor.capability;
    const point = positions.get(node.id) ?? { x: 0, y: 0 };
    return {
      id: node.id,
      label: node.actor.name,
      size: Math.round(14 + 30 * scale),
      colour: colourOf.get(node.community) ?? '#999999',
      community: node.community,
      capability: node.actor.capability,
      degree: node.degree,
      ...point,
    };
  });

  let kept = net.edges;
  if (kept.length > EDGE_BUDGET) kept = [...kept].sort((a, b) => b.weight - a.weight).slice(0, EDGE_BUDGET);
  const weights = kept.map((edge) => edge.weight);
  const weightRange: [number, number] | null = weights.length
    ? [Math.min(...weights), Math.max(...weights)]
    : null;
  const span = weightRange ? weightRange[1] - weightRange[0] : 0;
  const edges = kept.map((edge): DrawEdge => ({
    id: edge.key,
    source: edge.source,
    target: edge.target,
    weight: edge.weight,
    width: weightRange && span > 0 ? 1 + 7 * ((edge.weight - weightRange[0]) / span) : 3,
    divergence: edge.divergence,
    redLineConflicts: edge.redLineConflicts,
    sharedIssues: edge.sharedIssues,
  }));
  return {
    nodes,
    edges,
    communities,
    apiEdgeCount: net.edges.length,
    redLineEdges: edges.filter((edge) => edge.redLineConflicts > 0).length,
    weightRange,
  };
}
