import { activate, fmt, fmtDate, svg } from './dom';
import { FONT } from './network/graph';
import { DrawModel } from './network/model';
import { RED_LINE, SEQUENTIAL_STOPS, sequential } from './palette';
import { MatrixPair } from './types';

/** At most this many actors in the heat map (n² cells); the view says when it is cut. */
export const MATRIX_MAX = 60;

export interface MatrixActor {
  id: string;
  name: string;
  colour: string;
  community: number;
}

/** Actors ordered by community (largest first), then by id, as the network's communities give them. */
export function matrixOrder(model: DrawModel, community: number | null): MatrixActor[] {
  const rank = new Map(model.communities.map((key, i) => [key.id, i]));
  return model.nodes
    .filter((node) => community === null || node.community === community)
    .sort((a, b) => (rank.get(a.community) ?? 0) - (rank.get(b.community) ?? 0) || (a.id < b.id ? -1 : 1))
    .map((node) => ({ id: node.id, name: node.label, colour: node.colour, community: node.community }));
}

function legend(y: number, x: number): SVGGElement {
  const group = svg('g', { 'font-size': 11, transform: `translate(${x} ${y})` });
  const gradient = svg('linearGradient', { id: 'divergence-scale' });
  SEQUENTIAL_STOPS.forEach((colour, i) =>
    gradient.append(
      svg('stop', { offset: `${(i / (SEQUENTIAL_STOPS.length - 1)) * 100}%`, 'stop-color': colour }),
    ),
  );
  group.append(
    svg('defs', {}, gradient),
    svg('text', { x: 0, y: 0 }, 'Divergence D(a,b)'),
    svg('rect', { x: 0, y: 6, width: 200, height: 12, fill: 'url(#divergence-scale)' }),
    svg('text', { x: 0, y: 32 }, '0 agree'),
    svg('text', { x: 200, y: 32, 'text-anchor': 'end' }, '1 opposite'),
    svg('rect', { x: 230, y: 6, width: 12, height: 12, fill: '#eeeeee', stroke: '#bbbbbb' }),
    svg('text', { x: 248, y: 16 }, 'no shared issue'),
    svg('rect', {
      x: 360,
      y: 6,
      width: 12,
      height: 12,
      fill: '#ffffff',
      stroke: RED_LINE,
      'stroke-width': 2.5,
    }),
    svg('text', { x: 378, y: 16 }, 'red-line conflict'),
  );
  return group;
}

/** The divergence heat map: rows and columns in community order, a cell per pair. */
export function matrixSvg(
  actors: MatrixActor[],
  pairs: MatrixPair[],
  asOf: string,
  onPair: (a: string, b: string) => void,
): SVGSVGElement {
  const n = actors.length;
  const cell = Math.max(10, Math.min(40, Math.floor(620 / Math.max(1, n))));
  const left = 170;
  const top = 150;
  const width = Math.max(left + n * cell + 20, left + 500);
  const height = top + n * cell + 70;
  const index = new Map(actors.map((actor, i) => [actor.id, i]));
  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    'font-family': FONT,
    role: 'group',
    'aria-label': 'Divergence matrix',
  });
  root.append(
    svg('rect', { width, height, fill: '#ffffff' }),
    svg(
      'text',
      { x: 12, y: 20, 'font-size': 15, 'font-weight': 'bold' },
      `Divergence matrix — as of ${fmtDate(asOf)}`,
    ),
  );
  const short = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name);
  const fontSize = Math.min(12, Math.max(8, cell - 2));
  actors.forEach((actor, i) => {
    const y = top + i * cell;
    const x = left + i * cell;
    root.append(
      svg('rect', { x: left - 8, y, width: 6, height: cell, fill: actor.colour }),
      svg(
        'text',
        { x: left - 12, y: y + cell / 2 + 4, 'text-anchor': 'end', 'font-size': fontSize },
        short(actor.name),
      ),
      svg('rect', { x, y: top - 8, width: cell, height: 6, fill: actor.colour }),
      svg(
        'text',
        {
          x: x + cell / 2 + 4,
          y: top - 12,
          'font-size': fontSize,
          transform: `rotate(-55 ${x + cell / 2 + 4} ${top - 12})`,
        },
        short(actor.name),
      ),
      svg('rect', { x, y, width: cell, height: cell, fill: '#f6f6f6', stroke: '#ffffff' }),
    );
  });
  for (const pair of pairs) {
    const i = index.get(pair.a.id);
    const j = index.get(pair.b.id);
    if (i === undefined || j === undefined) continue;
    const a = actors[i];
    const b = actors[j];
    const label = `${a.name} × ${b.name}: D = ${fmt(pair.divergence, 3)} over ${pair.sharedIssues} shared issue(s)${pair.redLineConflicts ? `, ${pair.redLineConflicts} red-line conflict(s)` : ''}`;
    for (const [r, c] of [
      [i, j],
      [j, i],
    ]) {
      const rect = svg('rect', {
        class: 'cell',
        x: left + c * cell + 0.5,
        y: top + r * cell + 0.5,
        width: cell - 1,
        height: cell - 1,
        fill: pair.divergence === null ? '#eeeeee' : sequential(pair.divergence),
        stroke: pair.redLineConflicts ? RED_LINE : 'none',
        'stroke-width': pair.redLineConflicts ? 2 : 0,
        cursor: 'pointer',
        'data-pair': `${a.id}|${b.id}`,
        tabindex: n <= 20 && r < c ? 0 : null,
        role: 'button',
        'aria-label': label,
      });
      rect.append(svg('title', {}, label));
      activate(rect, () => onPair(a.id, b.id));
      root.append(rect);
    }
  }
  actors.forEach((actor, i) => {
    if (i > 0 && actor.community !== actors[i - 1].community) {
      const at = i * cell;
      root.append(
        svg('line', {
          x1: left,
          y1: top + at,
          x2: left + n * cell,
          y2: top + at,
          stroke: '#222222',
          'stroke-width': 1.5,
        }),
        svg('line', {
          x1: left + at,
          y1: top,
          x2: left + at,
          y2: top + n * cell,
          stroke: '#222222',
          'stroke-width': 1.5,
        }),
      );
    }
  });
  root.append(legend(top + n * cell + 30, left));
  return root;
}
