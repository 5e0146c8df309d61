import { activate, byId, fmt, fmtDate, h } from '../dom';
import { NodeSize } from '../state';
import { Network } from '../types';
import { Graph, GraphHandlers } from './graph';
import { MEASURE_TEXT, networkLegend } from './legend';
import { DrawModel, EDGE_BUDGET, drawModel } from './model';
import { networkSvg } from './svg-export';

/** The network view: the drawing, its caption and legend, and the same data as a list. */
export class NetworkView {
  readonly container = byId('network');
  private readonly caption = byId('network-caption');
  private readonly legend = byId('network-legend');
  private readonly table = byId<HTMLDetailsElement>('network-table');
  private readonly tableBody = byId('network-table-body');
  readonly graph: Graph;
  model: DrawModel | null = null;
  network: Network | null = null;

  constructor(private readonly handlers: GraphHandlers) {
    this.graph = new Graph(this.container, handlers);
    this.table.addEventListener('toggle', () => this.fillTable());
  }

  /** Draws an answer; returns how long drawing took (ms), apart from the query. */
  async show(network: Network, nodeSize: NodeSize, scope: string): Promise<number> {
    const started = performance.now();
    const model = drawModel(network, nodeSize);
    this.network = network;
    this.model = model;
    const cut = model.edges.length < model.apiEdgeCount;
    // Caption and legend first: the drawing then fits the room they leave.
    this.caption.textContent =
      `${network.nodes.length} actors, ${model.apiEdgeCount} edges (${network.measure.toLowerCase()}, ` +
      `normalization ${network.normalization.toLowerCase()}) over ${network.issueCount} issues and ` +
      `${network.n} positions, ${scope}, as of ${fmtDate(network.asOf)}.` +
      (cut ? ` Drawing the ${EDGE_BUDGET} heaviest edges: raise the minimum weight to see fewer.` : '') +
      (network.nodes.length === 0 ? ' No actor holds a position here: change the date or the issues.' : '');
    this.legend.replaceChildren(networkLegend(model, network.measure, nodeSize));
    await this.graph.draw(model);
    const renderMs = performance.now() - started;
    Object.assign(this.container.dataset, {
      nodeCount: String(model.nodes.length),
      edgeCount: String(model.edges.length),
      apiEdgeCount: String(model.apiEdgeCount),
      redLineEdgeCount: String(model.redLineEdges),
      asOf: network.asOf,
      measure: network.measure,
      renderMs: String(Math.round(renderMs)),
    });
    if (this.table.open) this.fillTable();
    return renderMs;
  }

  private fillTable(): void {
    if (!this.table.open || !this.model) return;
    const model = this.model;
    const name = new Map(model.nodes.map((node) => [node.id, node.label]));
    const actors = model.nodes.map((node) => {
      const button = h('button', { type: 'button' }, node.label);
      activate(button, () => this.handlers.onNode(node.id));
      return h('li', {}, button, ` community ${node.community}, degree ${node.degree}`);
    });
    const shown = [...model.edges].sort((a, b) => b.weight - a.weight).slice(0, 300);
    const edges = shown.map((edge) => {
      const button = h('button', { type: 'button' }, `${name.get(edge.source)} ↔ ${name.get(edge.target)}`);
      activate(button, () => this.handlers.onEdge(edge.source, edge.target));
      return h(
        'li',
        { 'data-edge': edge.id },
        button,
        ` weight ${fmt(edge.weight, 3)}, ${edge.sharedIssues} shared issue(s)`,
        edge.redLineConflicts ? `, ${edge.redLineConflicts} red-line conflict(s)` : '',
      );
    });
    this.tableBody.replaceChildren(
      h('h3', {}, `Actors (${actors.length})`),
      h('ul', {}, ...actors),
      h('h3', {}, `Edges, heaviest first (${shown.length} of ${model.apiEdgeCount})`),
      h('ul', {}, ...edges),
    );
  }

  svg(title: string): SVGSVGElement | null {
    if (!this.model || !this.network) return null;
    return networkSvg(this.graph.cy, this.model, title, MEASURE_TEXT[this.network.measure]);
  }
}
