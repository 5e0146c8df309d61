import { ApiError, apiKey, setApiKey } from './api';
import { byId, h } from './dom';

export type PageState = 'loading' | 'ready' | 'error' | 'empty';

/** The banner above the views, and the page state that tests and styles read (data-state). */
export class Status {
  private readonly banner = byId('status');
  private readonly main = byId('main');
  private readonly busy = byId('busy');

  set(state: PageState): void {
    this.main.dataset.state = state;
  }

  clear(): void {
    this.busy.textContent = '';
    this.banner.replaceChildren();
    this.banner.className = '';
    this.banner.setAttribute('role', 'status');
  }

  info(text: string): void {
    this.banner.className = 'banner info';
    this.banner.setAttribute('role', 'status');
    this.banner.replaceChildren(h('p', {}, text));
  }

  /** Shown in the header, so that the views do not move while they load. */
  loading(what: string): void {
    this.set('loading');
    this.busy.textContent = `Loading ${what}…`;
  }

  error(error: unknown, retry: () => void): void {
    this.set('error');
    this.busy.textContent = '';
    const button = h('button', { type: 'button' }, 'Try again');
    button.addEventListener('click', retry);
    const lines: (string | Node)[] = [];
    if (error instanceof ApiError && error.kind === 'unreachable') {
      lines.push(
        h('strong', {}, error.message),
        ' Is it running? Start it with ',
        h('code', {}, 'npm start'),
        ', then try again.',
      );
    } else if (error instanceof ApiError) {
      lines.push(
        h('strong', {}, 'The server answered with an error: '),
        error.message,
        error.code ? ` (${error.code})` : '',
      );
    } else {
      lines.push(
        h('strong', {}, 'Something went wrong: '),
        error instanceof Error ? error.message : String(error),
      );
    }
    this.banner.className = 'banner error';
    this.banner.setAttribute('role', 'alert');
    this.banner.replaceChildren(h('p', {}, ...lines, ' '), button);
    if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
      this.banner.append(keyForm(retry));
    }
  }

  empty(): void {
    this.set('empty');
    this.busy.textContent = '';
    this.banner.className = 'banner empty';
    this.banner.replaceChildren(
      h('p', {}, h('strong', {}, 'The database holds no positions yet, so there is nothing to draw.')),
      h(
        'p',
        {},
        'Load a dataset (format faultline/1) with ',
        h('code', {}, 'npm run import -- file.json'),
        ', for example ',
        h('code', {}, 'npm run import -- seeds/ukraine-talks-2025.json'),
        ', or send it to the ',
        h('code', {}, 'importDataset'),
        ' mutation, then reload this page.',
      ),
    );
  }
}

/** Asks for an API key when the server has keys (READER is enough to look). */
function keyForm(retry: () => void): HTMLFormElement {
  const input = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', size: 30 });
  input.value = apiKey() ?? '';
  const form = h(
    'form',
    { class: 'key-form' },
    h('label', { for: 'api-key' }, 'This server needs an API key (a READER key will do): '),
    input,
    h('button', { type: 'submit' }, 'Use this key'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setApiKey(input.value.trim());
    retry();
  });
  return form;
}
