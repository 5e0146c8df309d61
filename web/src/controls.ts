import { byId, h } from './dom';
import { NodeSize, State } from './state';
import { IssueInfo, Measure, Normalization } from './types';

export type Change = 'data' | 'style';

/** The filter form: reads its fields into the state and says what changed. */
export class Controls {
  private readonly measure = byId<HTMLSelectElement>('measure');
  private readonly normalization = byId<HTMLSelectElement>('normalization');
  private readonly minWeight = byId<HTMLInputElement>('min-weight');
  private readonly nodeSize = byId<HTMLSelectElement>('node-size');
  private readonly category = byId<HTMLSelectElement>('category');
  private readonly issues = byId<HTMLSelectElement>('issues');
  private readonly search = byId<HTMLInputElement>('search');
  private catalogue: IssueInfo[] = [];

  constructor(
    private readonly state: State,
    onChange: (change: Change) => void,
    onSearch: (text: string) => void,
  ) {
    byId('controls').addEventListener('submit', (event) => event.preventDefault());
    this.measure.addEventListener('change', () => {
      state.measure = this.measure.value as Measure;
      this.syncNormalization();
      onChange('data');
    });
    this.normalization.addEventListener('change', () => {
      state.normalization = this.normalization.value as Normalization;
      onChange('data');
    });
    this.minWeight.addEventListener('change', () => {
      const value = this.minWeight.value.trim() === '' ? NaN : Number(this.minWeight.value);
      state.minWeight = Number.isFinite(value) ? value : null;
      onChange('data');
    });
    this.nodeSize.addEventListener('change', () => {
      state.nodeSize = this.nodeSize.value as NodeSize;
      onChange('style');
    });
    this.category.addEventListener('change', () => {
      state.category = this.category.value;
      state.selectedIssues = [];
      this.fillIssues();
      onChange('data');
    });
    this.issues.addEventListener('change', () => {
      state.selectedIssues = [...this.issues.selectedOptions].map((option) => option.value);
      onChange('data');
    });
    byId('all-issues').addEventListener('click', () => {
      state.category = '';
      state.selectedIssues = [];
      this.category.value = '';
      this.fillIssues();
      onChange('data');
    });
    const find = () => {
      if (this.search.value.trim()) onSearch(this.search.value.trim());
    };
    this.search.addEventListener('change', find);
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        find();
      }
    });
    this.syncNormalization();
  }

  /** Normalization divides C and F; D is never normalized. */
  private syncNormalization(): void {
    this.normalization.disabled = this.state.measure === 'DIVERGENCE';
  }

  setCatalogue(catalogue: IssueInfo[]): void {
    this.catalogue = catalogue;
    const categories = [...new Set(catalogue.map((issue) => issue.category))].sort();
    this.category.replaceChildren(
      h('option', { value: '' }, 'all categories'),
      ...categories.map((category) =>
        h('option', { value: category }, category.toLowerCase().replace(/_/g, ' ')),
      ),
    );
    this.fillIssues();
  }

  private fillIssues(): void {
    const shown = this.catalogue.filter(
      (issue) => !this.state.category || issue.category === this.state.category,
    );
    this.issues.replaceChildren(
      ...shown.map((issue) =>
        h('option', { value: issue.id, selected: this.state.selectedIssues.includes(issue.id) }, issue.name),
      ),
    );
  }

  /** Sets the minimum weight from code (a default), with a note saying why. */
  presetMinWeight(value: number, note: string): void {
    this.state.minWeight = value;
    this.minWeight.value = String(value);
    byId('min-weight-note').textContent = note;
  }

  setActors(names: string[]): void {
    byId('actor-names').replaceChildren(...names.map((name) => h('option', { value: name })));
  }
}
