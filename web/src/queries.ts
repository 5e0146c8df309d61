import { gql } from './api';
import {
  ActorDetail,
  AgreementZone,
  IssueInfo,
  IssueSummary,
  MatrixPair,
  Measure,
  Network,
  Normalization,
  PageInfo,
  PairDivergence,
} from './types';

const POSITION = `id value acceptableMin acceptableMax redLine salience statement validFrom validTo
  evidence { quote source { publisher title url publishedAt reliability } }`;

export interface Overview {
  issues: IssueInfo[];
  positions: { totalCount: number };
  actors: { totalCount: number };
}

/** What the controls offer, and whether the database holds anything at all. */
export function overview(): Promise<Overview> {
  return gql<Overview>(`{
    issues { id name category scaleMin scaleMax }
    positions(filter: { history: true }, first: 1) { totalCount }
    actors(first: 1) { totalCount }
  }`);
}

/** The issue most of the first 200 current positions are on: the issue view opens with it. */
export async function busiestIssue(): Promise<string | null> {
  const data = await gql<{ positions: { edges: { node: { issue: { id: string } } }[] } }>(
    '{ positions(first: 200) { edges { node { issue { id } } } } }',
  );
  const counts = new Map<string, number>();
  for (const { node } of data.positions.edges)
    counts.set(node.issue.id, (counts.get(node.issue.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

export interface NetworkArgs {
  asOf: string | null;
  measure: Measure;
  normalization: Normalization;
  minWeight: number | null;
  issues: string[] | null;
}

export async function network(args: NetworkArgs): Promise<Network> {
  const data = await gql<{ disagreementNetwork: Network }>(
    `query Network($asOf: DateTime, $measure: Measure!, $normalization: Normalization!,
        $minWeight: Float, $issues: [ID!]) {
      disagreementNetwork(asOf: $asOf, measure: $measure, normalization: $normalization,
          minWeight: $minWeight, issues: $issues, betweenness: false) {
        asOf measure normalization actorCount issueCount n
        nodes { id community degree actor { name capability kind } }
        edges { key source target weight divergence redLineConflicts sharedIssues }
        communities { id size members }
      }
    }`,
    { ...args },
  );
  return data.disagreementNetwork;
}

/** Every instant at which a position began or ended, oldest first, read a page at a time. */
export async function changeDates(onPage: (read: number, total: number) => void): Promise<string[]> {
  const dates = new Set<number>();
  let after: string | null = null;
  let read = 0;
  for (;;) {
    type Page = {
      positions: {
        totalCount: number;
        pageInfo: PageInfo;
        edges: { node: { validFrom: string; validTo: string | null } }[];
      };
    };
    const page: Page = await gql<Page>(
      `query Dates($after: String) {
        positions(filter: { history: true }, first: 500, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { validFrom validTo } }
        }
      }`,
      { after },
    );
    for (const { node } of page.positions.edges) {
      dates.add(Date.parse(node.validFrom));
      if (node.validTo) dates.add(Date.parse(node.validTo));
    }
    read += page.positions.edges.length;
    onPage(read, page.positions.totalCount);
    if (!page.positions.pageInfo.hasNextPage || !page.positions.pageInfo.endCursor) break;
    after = page.positions.pageInfo.endCursor;
  }
  return [...dates].sort((a, b) => a - b).map((ms) => new Date(ms).toISOString());
}

export async function actorDetail(id: string, asOf: string | null): Promise<ActorDetail | null> {
  const data = await gql<{ actor: ActorDetail | null }>(
    `query Actor($id: ID!, $asOf: DateTime) {
      actor(id: $id) {
        id name kind capability aliases description
        positions(asOf: $asOf) { ${POSITION} issue { id name category scaleMin scaleMax } }
      }
    }`,
    { id, asOf },
  );
  return data.actor;
}

export async function pairDivergence(
  a: string,
  b: string,
  asOf: string | null,
  issues: string[] | null,
): Promise<PairDivergence> {
  const data = await gql<{ divergence: PairDivergence }>(
    `query Pair($a: ID!, $b: ID!, $asOf: DateTime, $issues: [ID!]) {
      divergence(a: $a, b: $b, asOf: $asOf, issues: $issues) {
        asOf divergence sharedIssues redLineConflicts a { id name } b { id name }
        perIssue {
          distance weight issue { id name category scaleMin scaleMax }
          positionA { ${POSITION} } positionB { ${POSITION} }
        }
      }
    }`,
    { a, b, asOf, issues },
  );
  return data.divergence;
}

export interface IssueAnalysis {
  agreementZone: AgreementZone;
  issueSummary: IssueSummary;
}

export function issueAnalysis(issue: string, asOf: string | null): Promise<IssueAnalysis> {
  return gql<IssueAnalysis>(
    `query IssueView($issue: ID!, $asOf: DateTime) {
      agreementZone(issue: $issue, asOf: $asOf) {
        asOf deadlock gap lower upper n
        floorSetter { id name } ceilingSetter { id name } excluded { id name }
        issue { id name category description scaleMin scaleMax }
        positions {
          ${POSITION}
          holder { __typename ... on Actor { id name } ... on Proposal { id name } }
        }
      }
      issueSummary(issue: $issue, asOf: $asOf) {
        predictedOutcome weightedMean weightedStdDev range estebanRay n outcomeRule
      }
    }`,
    { issue, asOf },
  );
}

/** Every pair of the given actors (all pages). */
export async function divergenceMatrix(
  actors: string[],
  asOf: string | null,
  issues: string[] | null,
): Promise<MatrixPair[]> {
  const pairs: MatrixPair[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = {
      divergenceMatrix: { pageInfo: PageInfo; edges: { node: MatrixPair }[] };
    };
    const page: Page = await gql<Page>(
      `query Matrix($actors: [ID!], $asOf: DateTime, $issues: [ID!], $after: String) {
        divergenceMatrix(actors: $actors, asOf: $asOf, issues: $issues, first: 500, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { a { id } b { id } divergence sharedIssues redLineConflicts } }
        }
      }`,
      { actors, asOf, issues, after },
    );
    pairs.push(...page.divergenceMatrix.edges.map((edge) => edge.node));
    const info = page.divergenceMatrix.pageInfo;
    if (!info.hasNextPage || !info.endCursor) break;
    after = info.endCursor;
  }
  return pairs;
}
