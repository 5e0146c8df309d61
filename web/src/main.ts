import { ApiError, apiKey, authHeaders } from './api';
import { App } from './app';
import { byId } from './dom';
import { savePng, saveSvg } from './export';
import { asOf, describeScope, issueScope, View } from './state';

const VIEWS: View[] = ['network', 'issue', 'matrix'];
const app = new App(() => updateLinks());

function tab(view: View): HTMLButtonElement {
  return byId<HTMLButtonElement>(`tab-${view}`);
}

function selectView(view: View, focus = false): void {
  for (const other of VIEWS) {
    const selected = other === view;
    tab(other).setAttribute('aria-selected', String(selected));
    tab(other).tabIndex = selected ? 0 : -1;
    byId(`view-${other}`).hidden = !selected;
  }
  if (focus) tab(view).focus();
  app.setView(view);
}

for (const view of VIEWS) {
  tab(view).addEventListener('click', () => selectView(view));
  tab(view).addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    selectView(VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length], true);
  });
}

/** The data export links follow the date and the issues on screen. */
function updateLinks(): void {
  const params = new URLSearchParams();
  const when = asOf(app.state);
  const issues = issueScope(app.state, app.catalogue);
  if (when) params.set('asOf', when);
  if (issues) params.set('issues', issues.join(','));
  const query = params.toString() ? `?${params}` : '';
  for (const format of ['json', 'graphml', 'csv']) {
    byId<HTMLAnchorElement>(`export-${format}`).href = `/export/${format}${query}`;
  }
}

/** With an API key, the export is fetched with it (a plain link cannot send the header). */
async function exportWithKey(link: HTMLAnchorElement): Promise<void> {
  const response = await fetch(link.href, { headers: authHeaders() });
  if (!response.ok) throw new ApiError(`the export answered HTTP ${response.status}`, 'http');
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const save = document.createElement('a');
  save.href = url;
  save.download = name ?? link.id.replace('export-', 'faultline.');
  save.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

for (const format of ['json', 'graphml', 'csv']) {
  const link = byId<HTMLAnchorElement>(`export-${format}`);
  link.addEventListener('click', (event) => {
    if (!apiKey()) return;
    event.preventDefault();
    exportWithKey(link).catch((error: unknown) => app.status.error(error, () => link.click()));
  });
}

function currentPicture(): SVGSVGElement | null {
  const state = app.state;
  if (state.view === 'issue') return app.issueView.current;
  if (state.view === 'matrix') return app.matrix;
  const measure = state.measure.toLowerCase();
  const title =
    `Faultline — disagreement network (${measure}, normalization ${state.normalization.toLowerCase()}), ` +
    `${describeScope(state, app.catalogue)}, as of ${asOf(state)?.slice(0, 10) ?? 'now'}`;
  return app.network.svg(title);
}

async function save(kind: 'png' | 'svg'): Promise<void> {
  const picture = currentPicture();
  if (!picture) return app.status.info('Nothing is drawn yet: there is nothing to save.');
  const name = `faultline-${app.state.view}-${asOf(app.state)?.slice(0, 10) ?? 'now'}`;
  try {
    if (kind === 'svg') saveSvg(picture, name);
    else await savePng(picture, name);
  } catch (error) {
    app.status.error(error, () => void save(kind));
  }
}

byId('export-png').addEventListener('click', () => void save('png'));
byId('export-svg').addEventListener('click', () => void save('svg'));

/** A read-only window into the drawing, for the browser tests and the benchmark. */
Object.assign(window, {
  faultline: {
    renderedPosition: (id: string) => app.network.graph.renderedPosition(id),
    renderedMidpoint: (key: string) => app.network.graph.renderedMidpoint(key),
  },
});

void app.start();
