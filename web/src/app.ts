import { Change, Controls } from './controls';
import { actorPanel } from './details/actor';
import { pairPanel } from './details/pair';
import { byId, fmtDate, h } from './dom';
import { IssueView } from './issue-view';
import { MATRIX_MAX, matrixOrder, matrixSvg } from './matrix-view';
import { drawModel } from './network/model';
import { NetworkView } from './network/view';
import * as api from './queries';
import { asOf, describeScope, initialState, issueScope, View } from './state';
import { Status } from './status';
import { Timeline } from './timeline';
import { IssueInfo, Network } from './types';

/** Above this many actors the page first asks only for the heavier edges (the most divergent pairs). */
const LARGE = 300;
const LARGE_MIN_WEIGHT = 0.5;

/** The dashboard: every view is drawn from GraphQL answers for the state the controls set. */
export class App {
  readonly state = initialState();
  readonly status = new Status();
  readonly network: NetworkView;
  readonly issueView = new IssueView();
  readonly controls: Controls;
  readonly timeline: Timeline;
  catalogue: IssueInfo[] = [];
  matrix: SVGSVGElement | null = null;
  private readonly details = byId('details');
  private readonly issueSelect = byId<HTMLSelectElement>('issue-select');
  private readonly matrixCommunity = byId<HTMLSelectElement>('matrix-community');
  private token = 0;
  private detailToken = 0;
  private cached: { key: string; network: Network } | null = null;
  /** The details shown, reloaded when the date or the issues change. */
  private shown: (() => Promise<void>) | null = null;

  constructor(private readonly onStateChange: () => void) {
    this.network = new NetworkView({
      onNode: (id) => void this.showActor(id),
      onEdge: (a, b) => void this.showPair(a, b),
      onBackground: () => this.network.graph.highlight([]),
    });
    this.controls = new Controls(
      this.state,
      (change) => void this.refresh(change),
      (text) => this.find(text),
    );
    this.timeline = new Timeline(this.state, () => this.refresh());
    this.issueSelect.addEventListener('change', () => {
      this.state.issue = this.issueSelect.value;
      void this.refresh();
    });
    this.matrixCommunity.addEventListener('change', () => void this.refresh());
  }

  async start(): Promise<void> {
    this.status.loading('the catalogue');
    let overview: api.Overview;
    try {
      overview = await api.overview();
    } catch (error) {
      this.status.error(error, () => void this.start());
      return;
    }
    if (overview.positions.totalCount === 0) return this.status.empty();
    this.catalogue = overview.issues;
    this.controls.setCatalogue(overview.issues);
    if (overview.actors.totalCount > LARGE) {
      this.controls.presetMinWeight(
        LARGE_MIN_WEIGHT,
        `${overview.actors.totalCount} actors: only edges of weight ≥ ${LARGE_MIN_WEIGHT} are asked for. ` +
          'Clear the field for every pair (slow on networks this large).',
      );
    }
    this.issueSelect.replaceChildren(
      h('option', { value: '' }, 'choose an issue'),
      ...overview.issues.map((issue) => h('option', { value: issue.id }, issue.name)),
    );
    await this.refresh();
    // The dates come after the first drawing, so that they do not slow it down.
    void this.loadDates();
  }

  private async loadDates(): Promise<void> {
    try {
      this.timeline.setDates(await api.changeDates((read, total) => this.timeline.progress(read, total)));
    } catch (error) {
      this.timeline.failed(error instanceof Error ? error.message : String(error));
    }
  }

  setView(view: View): void {
    this.state.view = view;
    void this.refresh('style');
  }

  /** Redraws the current view; answers that arrive after a newer request are dropped. */
  async refresh(change: Change = 'data'): Promise<void> {
    const token = ++this.token;
    this.status.set('loading'); // shows the views again after an error
    this.onStateChange();
    try {
      if (this.state.view === 'network') await this.drawNetwork(token);
      else if (this.state.view === 'issue') await this.drawIssue(token);
      else await this.drawMatrix(token);
      if (token !== this.token) return;
      this.status.clear();
      this.status.set('ready');
      if (change === 'data' && this.shown) await this.shown();
    } catch (error) {
      if (token === this.token) this.status.error(error, () => void this.refresh(change));
    }
  }

  private async currentNetwork(): Promise<Network> {
    const args: api.NetworkArgs = {
      asOf: asOf(this.state),
      measure: this.state.measure,
      normalization: this.state.normalization,
      minWeight: this.state.minWeight,
      issues: issueScope(this.state, this.catalogue),
    };
    const key = JSON.stringify(args);
    if (this.cached?.key === key) return this.cached.network;
    this.status.loading(`the network as of ${fmtDate(args.asOf)}`);
    const started = performance.now();
    const network = await api.network(args);
    this.network.container.dataset.queryMs = String(Math.round(performance.now() - started));
    this.cached = { key, network };
    return network;
  }

  private async drawNetwork(token: number): Promise<void> {
    const network = await this.currentNetwork();
    if (token !== this.token) return;
    await this.network.show(network, this.state.nodeSize, describeScope(this.state, this.catalogue));
    this.controls.setActors(network.nodes.map((node) => node.actor.name));
  }

  private async drawIssue(token: number): Promise<void> {
    if (!this.state.issue) {
      this.state.issue = (await api.busiestIssue()) ?? this.catalogue[0]?.id ?? null;
      this.issueSelect.value = this.state.issue ?? '';
    }
    const issue = this.state.issue;
    if (!issue) return this.issueView.empty('There is no issue to show.');
    this.status.loading('the issue');
    const analysis = await api.issueAnalysis(issue, asOf(this.state));
    if (token !== this.token) return;
    if (analysis.agreementZone.positions.length === 0) {
      const name = analysis.agreementZone.issue.name;
      return this.issueView.empty(`No one holds a position on “${name}” as of ${fmtDate(asOf(this.state))}.`);
    }
    this.issueView.show(analysis, (id) => void this.showActor(id));
  }

  private async drawMatrix(token: number): Promise<void> {
    const network = await this.currentNetwork();
    if (token !== this.token) return;
    const model = drawModel(network, this.state.nodeSize);
    const chosen = this.matrixCommunity.value;
    this.matrixCommunity.replaceChildren(
      h('option', { value: '' }, `all actors (first ${MATRIX_MAX})`),
      ...model.communities.map((key) =>
        h(
          'option',
          { value: String(key.id), selected: String(key.id) === chosen },
          `community: ${key.label} (${key.size})`,
        ),
      ),
    );
    const all = matrixOrder(model, chosen === '' ? null : Number(chosen));
    const actors = all.slice(0, MATRIX_MAX);
    const caption = byId('matrix-caption');
    const target = byId('matrix');
    if (actors.length < 2) {
      this.matrix = null;
      caption.textContent = '';
      target.replaceChildren(
        h('p', { class: 'muted' }, 'Fewer than two actors hold positions here: no pair to show.'),
      );
      return;
    }
    this.status.loading('the divergence matrix');
    const pairs = await api.divergenceMatrix(
      actors.map((actor) => actor.id),
      asOf(this.state),
      issueScope(this.state, this.catalogue),
    );
    if (token !== this.token) return;
    this.matrix = matrixSvg(actors, pairs, network.asOf, (a, b) => void this.showPair(a, b));
    target.replaceChildren(this.matrix);
    target.dataset.actorCount = String(actors.length);
    caption.textContent =
      `${actors.length} actors, ${pairs.length} pairs, ${describeScope(this.state, this.catalogue)}, ordered by community (the network's).` +
      (all.length > actors.length
        ? ` Showing the first ${actors.length} of ${all.length}: choose a community to see others.`
        : '');
  }

  private async detail(load: () => Promise<HTMLElement>): Promise<void> {
    const token = ++this.detailToken;
    this.details.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    try {
      const panel = await load();
      if (token === this.detailToken) this.details.replaceChildren(panel);
    } catch (error) {
      if (token !== this.detailToken) return;
      const message = error instanceof Error ? error.message : String(error);
      this.details.replaceChildren(
        h('p', { class: 'banner error', role: 'alert' }, `Could not load the details: ${message}`),
      );
    }
  }

  showActor(id: string): Promise<void> {
    this.network.graph.highlight([id]);
    this.shown = () => this.showActor(id);
    return this.detail(async () => {
      const actor = await api.actorDetail(id, asOf(this.state));
      if (!actor) return h('p', {}, `No actor "${id}".`);
      return actorPanel(actor, asOf(this.state));
    });
  }

  showPair(a: string, b: string): Promise<void> {
    this.network.graph.highlight([a, b]);
    this.shown = () => this.showPair(a, b);
    return this.detail(async () =>
      pairPanel(await api.pairDivergence(a, b, asOf(this.state), issueScope(this.state, this.catalogue))),
    );
  }

  private find(text: string): void {
    const nodes = this.network.network?.nodes ?? [];
    const wanted = text.toLowerCase();
    const node =
      nodes.find((n) => n.actor.name.toLowerCase() === wanted || n.id === wanted) ??
      nodes.find((n) => n.actor.name.toLowerCase().includes(wanted));
    if (!node) return this.status.info(`No actor matching “${text}” in this network.`);
    this.network.graph.center(node.id);
    void this.showActor(node.id);
  }
}
