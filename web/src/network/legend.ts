import { h, svg, fmt } from '../dom';
import { EDGE_GREY, OTHER_COMMUNITY, RED_LINE, COMMUNITY_COLOUR_COUNT } from '../palette';
import { NodeSize } from '../state';
import { Measure } from '../types';
import { LARGE } from './graph';
import { DrawModel } from './model';

export const MEASURE_TEXT: Record<Measure, string> = {
  DIVERGENCE: 'divergence D(a,b): 0 same positions, 1 opposite ends of the scales',
  CONGRUENCE: 'congruence C: how much the pair agrees over shared issues',
  CONFLICT: 'conflict F: how far apart the pair is over shared issues',
  SUBTRACT: 'C − F: agreement minus conflict (negative: more conflict)',
};

function line(colour: string, dashed: boolean, width: number): SVGSVGElement {
  return svg(
    'svg',
    { width: 34, height: 12, 'aria-hidden': 'true' },
    svg('line', {
      x1: 2,
      y1: 6,
      x2: 32,
      y2: 6,
      stroke: colour,
      'stroke-width': width,
      'stroke-dasharray': dashed ? '7 4' : null,
    }),
  );
}

function dot(colour: string): SVGSVGElement {
  return svg(
    'svg',
    { width: 14, height: 14, 'aria-hidden': 'true' },
    svg('circle', { cx: 7, cy: 7, r: 6, fill: colour, stroke: '#222', 'stroke-width': 1 }),
  );
}

/** The key to the network drawing: communities, node size, edge width and red lines. */
export function networkLegend(model: DrawModel, measure: Measure, nodeSize: NodeSize): HTMLElement {
  const shown = model.communities.slice(0, COMMUNITY_COLOUR_COUNT);
  const others = model.communities.length - shown.length;
  const range = model.weightRange ? ` (${fmt(model.weightRange[0])} to ${fmt(model.weightRange[1])})` : '';
  return h(
    'div',
    { class: 'legend-body' },
    h('h3', {}, 'Communities (Louvain on congruence)'),
    h(
      'ul',
      { class: 'legend-list' },
      ...shown.map((key) => h('li', {}, dot(key.colour), ` ${key.label} (${key.size})`)),
      others > 0 ? h('li', {}, dot(OTHER_COMMUNITY), ` ${others} smaller communities`) : null,
    ),
    h('h3', {}, 'Marks'),
    h(
      'ul',
      { class: 'legend-list' },
      h('li', {}, `Node size: ${nodeSize === 'degree' ? 'degree (edges kept)' : 'capability (0–1)'}`),
      h('li', {}, line(EDGE_GREY, false, 3), ` Edge width: ${MEASURE_TEXT[measure]}${range}`),
      h(
        'li',
        {},
        line(RED_LINE, model.edges.length <= LARGE, 3),
        ` Red-line conflict on a shared issue (${model.redLineEdges} of the edges drawn)`,
      ),
    ),
  );
}
