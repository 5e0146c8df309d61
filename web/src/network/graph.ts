import cytoscape from 'cytoscape';
import { EDGE_GREY, RED_LINE } from '../palette';
import { DrawModel } from './model';

/** Longest wait for the first paint of a new drawing. */
const PAINT_WAIT_MS = 1000;

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(source: string, target: string): void;
  onBackground(): void;
}

/** Above this many edges: faster haystack edges, solid red lines, a cached picture while panning. */
export const LARGE = 2000;
export const FONT = 'system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 12,
      color: '#111111',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
      'border-width': 1.5,
      'border-color': '#222222',
    },
  },
  {
    selector: 'edge',
    style: { width: 'data(width)', 'line-color': EDGE_GREY, opacity: 0.55, 'curve-style': 'straight' },
  },
  {
    selector: 'edge.red-line',
    style: {
      'line-color': RED_LINE,
      'line-style': 'dashed',
      'line-dash-pattern': [7, 4],
      opacity: 0.95,
      'z-index': 10,
    },
  },
  // Large networks: haystack edges (drawn far faster), red lines solid; the colour stays.
  { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'line-style': 'solid' } },
  { selector: '.faded', style: { opacity: 0.1 } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#000000', 'z-index': 20 } },
  { selector: 'edge.focus', style: { 'line-color': '#000000', opacity: 1, 'z-index': 20 } },
];

/** The network drawn by Cytoscape.js on a canvas; the elements come from a DrawModel. */
export class Graph {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on('tap', 'node', (event) => handlers.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) =>
      handlers.onEdge(event.target.data('source') as string, event.target.data('target') as string),
    );
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onBackground();
    });
  }

  /** Replaces the drawing; resolves once the canvas has been painted (or after PAINT_WAIT_MS). */
  draw(model: DrawModel): Promise<void> {
    const large = model.edges.length > LARGE;
    // The canvas renderer reads these two flags at every frame (they are init options otherwise).
    const renderer = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
    // A canvas that is hidden or not yet laid out may not paint at once: the view must not wait
    // for that frame forever (it is painted when shown).
    const painted = new Promise<void>((resolve) => {
      this.cy.one('render', () => resolve());
      setTimeout(resolve, PAINT_WAIT_MS);
    });
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...model.nodes.map((node) => ({
          group: 'nodes' as const,
          data: { id: node.id, label: node.label, size: node.size, colour: node.colour },
          position: { x: node.x, y: node.y },
        })),
        ...model.edges.map((edge) => ({
          group: 'edges' as const,
          data: { id: edge.id, source: edge.source, target: edge.target, width: edge.width },
          classes: [edge.redLineConflicts > 0 ? 'red-line' : '', large ? 'fast' : ''].join(' ').trim(),
        })),
      ]);
    });
    this.fit();
    return painted;
  }

  /** The whole network in view, never magnified past 1.5 (a few actors would fill the screen). */
  private fit(): void {
    this.cy.resize();
    this.cy.fit(undefined, 50);
    if (this.cy.zoom() > 1.5) {
      this.cy.zoom(1.5);
      this.cy.center();
    }
  }

  /** Fades everything but an actor or a pair and their links. */
  highlight(ids: string[]): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('focus faded');
      if (ids.length === 0) return;
      const focus = this.cy.collection();
      for (const id of ids) focus.merge(this.cy.getElementById(id));
      if (focus.empty()) return;
      const shown = ids.length === 1 ? focus.closedNeighborhood() : focus.union(focus.edgesWith(focus));
      this.cy.elements().not(shown).addClass('faded');
      focus.addClass('focus');
      if (ids.length === 2) focus.edgesWith(focus).addClass('focus');
    });
  }

  center(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.2) }, { duration: 250 });
  }

  /** Where a node is on the page's canvas, in CSS pixels (for tests and the benchmark). */
  renderedPosition(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  }

  /** The middle of an edge on the canvas, in CSS pixels. */
  renderedMidpoint(key: string): { x: number; y: number } | null {
    const edge = this.cy.getElementById(key);
    return edge.empty() ? null : edge.renderedMidpoint();
  }
}
