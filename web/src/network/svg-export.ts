import cytoscape from 'cytoscape';
import { fmt, svg, wrap } from '../dom';
import { EDGE_GREY, RED_LINE } from '../palette';
import { FONT } from './graph';
import { DrawModel } from './model';

/** A key drawn in SVG: community swatches, then edge width and the red-line dash. */
function svgKey(
  model: DrawModel,
  measureText: string,
  width: number,
): { group: SVGGElement; height: number } {
  const group = svg('g', { 'font-size': 11 });
  let x = 12;
  let y = 0;
  for (const key of model.communities.slice(0, 7)) {
    const text = `${key.label} (${key.size})`;
    const w = 22 + text.length * 6.2;
    if (x + w > width - 12) {
      x = 12;
      y += 16;
    }
    group.append(
      svg('circle', { cx: x + 6, cy: y + 6, r: 5, fill: key.colour, stroke: '#222222' }),
      svg('text', { x: x + 15, y: y + 10 }, text),
    );
    x += w;
  }
  y += 18;
  group.append(
    svg('line', { x1: 12, y1: y + 6, x2: 42, y2: y + 6, stroke: EDGE_GREY, 'stroke-width': 3 }),
    svg('text', { x: 48, y: y + 10 }, `width: ${measureText}`),
  );
  y += 16;
  group.append(
    svg('line', {
      x1: 12,
      y1: y + 6,
      x2: 42,
      y2: y + 6,
      stroke: RED_LINE,
      'stroke-width': 3,
      'stroke-dasharray': '7 4',
    }),
    svg('text', { x: 48, y: y + 10 }, 'red-line conflict on a shared issue'),
  );
  return { group, height: y + 18 };
}

/** The network as on screen (same viewport, marks and colours) as a standalone SVG, with its key. */
export function networkSvg(
  cy: cytoscape.Core,
  model: DrawModel,
  title: string,
  measureText: string,
): SVGSVGElement {
  const width = cy.width();
  const height = cy.height();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const at = (x: number, y: number) => ({ x: x * zoom + pan.x, y: y * zoom + pan.y });
  const where = new Map(model.nodes.map((node) => [node.id, at(node.x, node.y)]));
  const lines = wrap(title, Math.max(40, Math.floor(width / 8)));
  const key = svgKey(model, measureText, width);
  const header = 12 + 18 * lines.length;
  const total = header + height + key.height;
  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
    'font-family': FONT,
  });
  root.append(svg('rect', { x: 0, y: 0, width, height: total, fill: '#ffffff' }));
  lines.forEach((text, i) =>
    root.append(svg('text', { x: 12, y: 22 + 18 * i, 'font-size': 14, 'font-weight': 'bold' }, text)),
  );
  root.append(
    svg('defs', {}, svg('clipPath', { id: 'network-view' }, svg('rect', { x: 0, y: 0, width, height }))),
  );
  const graph = svg('g', { transform: `translate(0 ${header})`, 'clip-path': 'url(#network-view)' });
  const ordered = [...model.edges].sort(
    (a, b) => Number(a.redLineConflicts > 0) - Number(b.redLineConflicts > 0),
  );
  for (const edge of ordered) {
    const a = where.get(edge.source);
    const b = where.get(edge.target);
    if (!a || !b) continue;
    const red = edge.redLineConflicts > 0;
    graph.append(
      svg('line', {
        x1: fmt(a.x, 1),
        y1: fmt(a.y, 1),
        x2: fmt(b.x, 1),
        y2: fmt(b.y, 1),
        stroke: red ? RED_LINE : EDGE_GREY,
        'stroke-opacity': red ? 0.95 : 0.55,
        'stroke-width': fmt(edge.width * zoom, 2),
        'stroke-dasharray': red ? `${fmt(7 * zoom)} ${fmt(4 * zoom)}` : null,
      }),
    );
  }
  const labels = 12 * zoom >= 8;
  for (const node of model.nodes) {
    const p = where.get(node.id) ?? { x: 0, y: 0 };
    const r = (node.size / 2) * zoom;
    graph.append(
      svg('circle', { cx: fmt(p.x, 1), cy: fmt(p.y, 1), r: fmt(r, 1), fill: node.colour, stroke: '#222222' }),
    );
    if (labels) {
      graph.append(
        svg(
          'text',
          {
            x: fmt(p.x, 1),
            y: fmt(p.y + r + 13 * zoom, 1),
            'font-size': fmt(12 * zoom),
            'text-anchor': 'middle',
          },
          node.label,
        ),
      );
    }
  }
  key.group.setAttribute('transform', `translate(0 ${header + height})`);
  root.append(graph, key.group);
  return root;
}
