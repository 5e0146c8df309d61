/**
 * A deterministic layout that groups actors by community: each community is a sunflower disc,
 * the discs sit on a ring, largest first. It is O(n), so 1,000 actors are placed at once, and the
 * same network always gets the same drawing (replaying asOf moves nothing that did not change).
 * Up to SMALL actors sit on one circle instead, community after community.
 * Distances carry no meaning; the edges and the details carry the measures.
 */

export interface Point {
  x: number;
  y: number;
}

export interface LayoutNode {
  id: string;
  community: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SMALL = 16;

function circle(groups: string[][], spacing: number): Map<string, Point> {
  const ids = groups.flat();
  const radius = ids.length < 2 ? 0 : Math.max(spacing, (spacing * 1.4 * ids.length) / (2 * Math.PI));
  return new Map(
    ids.map((id, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / ids.length;
      return [id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
    }),
  );
}

export function communityLayout(nodes: readonly LayoutNode[], spacing = 70): Map<string, Point> {
  const groups = new Map<number, string[]>();
  for (const node of nodes) {
    const members = groups.get(node.community) ?? [];
    members.push(node.id);
    groups.set(node.community, members);
  }
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  if (nodes.length <= SMALL) return circle(ordered, spacing);
  const radius = (size: number) => spacing * 0.5 * Math.sqrt(size) + spacing * 0.5;
  const gap = spacing;
  const circumference = ordered.reduce((sum, members) => sum + 2 * radius(members.length) + gap, 0);
  const ring =
    ordered.length === 1 ? 0 : Math.max(circumference / (2 * Math.PI), radius(ordered[0].length) + gap);

  const positions = new Map<string, Point>();
  let travelled = 0;
  for (const members of ordered) {
    const r = radius(members.length);
    const angle = -Math.PI / 2 + ((travelled + r) / circumference) * 2 * Math.PI;
    travelled += 2 * r + gap;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    members.forEach((id, k) => {
      const distance = members.length === 1 ? 0 : spacing * 0.5 * Math.sqrt(k + 0.5);
      positions.set(id, {
        x: cx + distance * Math.cos(k * GOLDEN_ANGLE),
        y: cy + distance * Math.sin(k * GOLDEN_ANGLE),
      });
    });
  }
  return positions;
}
