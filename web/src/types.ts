/** The shapes of the GraphQL answers the dashboard reads (see schema.gql). */

export type Measure = 'DIVERGENCE' | 'CONGRUENCE' | 'CONFLICT' | 'SUBTRACT';
export type Normalization = 'NONE' | 'AVERAGE' | 'JACCARD' | 'COSINE';

export interface Named {
  id: string;
  name: string;
}

export interface IssueInfo extends Named {
  category: string;
  scaleMin: string;
  scaleMax: string;
  description?: string | null;
}

export interface SourceInfo {
  publisher: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  reliability: string;
}

export interface Evidence {
  quote: string;
  source: SourceInfo;
}

export interface PositionInfo {
  id: string;
  value: number;
  acceptableMin: number | null;
  acceptableMax: number | null;
  redLine: boolean;
  salience: number;
  statement: string | null;
  validFrom: string;
  validTo: string | null;
  evidence: Evidence[];
}

export interface NetworkNode {
  id: string;
  community: number;
  degree: number;
  actor: { name: string; capability: number; kind: string };
}

export interface NetworkEdge {
  key: string;
  source: string;
  target: string;
  weight: number;
  divergence: number | null;
  redLineConflicts: number;
  sharedIssues: number;
}

export interface Network {
  asOf: string;
  measure: Measure;
  normalization: Normalization;
  actorCount: number;
  issueCount: number;
  n: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: { id: number; size: number; members: string[] }[];
}

export interface ActorDetail extends Named {
  kind: string;
  capability: number;
  aliases: string[];
  description: string | null;
  positions: (PositionInfo & { issue: IssueInfo })[];
}

export interface IssueDistance {
  distance: number;
  weight: number;
  issue: IssueInfo;
  positionA: PositionInfo;
  positionB: PositionInfo;
}

export interface PairDivergence {
  asOf: string;
  divergence: number | null;
  sharedIssues: number;
  redLineConflicts: number;
  a: Named;
  b: Named;
  perIssue: IssueDistance[];
}

export interface ZonePosition extends PositionInfo {
  holder: { __typename: 'Actor' | 'Proposal'; id: string; name: string };
}

export interface AgreementZone {
  asOf: string;
  deadlock: boolean;
  gap: number | null;
  lower: number | null;
  upper: number | null;
  n: number;
  floorSetter: Named | null;
  ceilingSetter: Named | null;
  excluded: Named[];
  issue: IssueInfo;
  positions: ZonePosition[];
}

export interface IssueSummary {
  predictedOutcome: number | null;
  weightedMean: number | null;
  weightedStdDev: number | null;
  range: number | null;
  estebanRay: number | null;
  n: number;
  outcomeRule: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface MatrixPair {
  a: { id: string };
  b: { id: string };
  divergence: number | null;
  sharedIssues: number;
  redLineConflicts: number;
}
