import { IssueInfo, Measure, Normalization } from './types';

export type View = 'network' | 'issue' | 'matrix';
export type NodeSize = 'capability' | 'degree';

/** Everything the controls choose; each view is drawn from it and from the API alone. */
export interface State {
  view: View;
  measure: Measure;
  normalization: Normalization;
  minWeight: number | null;
  nodeSize: NodeSize;
  category: string;
  selectedIssues: string[];
  /** The instants where positions changed, oldest first. */
  dates: string[];
  /** An index into dates; dates.length means now. */
  dateIndex: number;
  issue: string | null;
}

export function initialState(): State {
  return {
    view: 'network',
    measure: 'DIVERGENCE',
    normalization: 'NONE',
    minWeight: null,
    nodeSize: 'capability',
    category: '',
    selectedIssues: [],
    dates: [],
    dateIndex: 0,
    issue: null,
  };
}

/** The asOf sent to the API: null means now (the server's default). */
export function asOf(state: State): string | null {
  return state.dates[state.dateIndex] ?? null;
}

/** The issues sent to the API: null means all. */
export function issueScope(state: State, catalogue: IssueInfo[]): string[] | null {
  if (state.selectedIssues.length > 0) return state.selectedIssues;
  if (!state.category) return null;
  return catalogue.filter((issue) => issue.category === state.category).map((issue) => issue.id);
}

export function describeScope(state: State, catalogue: IssueInfo[]): string {
  const scope = issueScope(state, catalogue);
  if (scope === null) return 'all issues';
  if (state.selectedIssues.length === 0) return `${state.category.toLowerCase()} issues`;
  const names = catalogue.filter((issue) => scope.includes(issue.id)).map((issue) => issue.name);
  return names.length <= 2 ? names.join(', ') : `${names.length} issues`;
}
