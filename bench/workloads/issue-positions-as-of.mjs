// (4) Every position on one issue valid at a past date (before the July 2025 shifts).
import { byId } from '../lib/compare.mjs';

const AS_OF = '2025-03-01T00:00:00Z';
/** Faultline's largest page: the issue is chosen so that one page holds all of its positions. */
const MAX_PAGE = 500;

const normalise = (rows) => rows.map((p) => ({ id: p.id, value: p.value, holder: p.holder })).sort(byId);

const VALID_AT = `p.validFrom <= datetime($at) AND (p.validTo IS NULL OR datetime($at) < p.validTo)`;
const ON_ISSUE_VALID_AT = `
      MATCH (:Issue {id: $issue})<-[:ON]-(p:Position)<-[:HOLDS]-(h:Holder)
      WHERE ${VALID_AT}`;

export default {
  name: 'issue-positions-as-of',
  title: `4. all positions on one issue valid at ${AS_OF.slice(0, 10)}`,

  /** issue-1, or the first issue (by id) whose positions at that date fit in one page. */
  async prepare({ driver }) {
    const { records } = await driver.executeQuery(
      `MATCH (i:Issue)
       WITH i, COUNT { (i)<-[:ON]-(p:Position) WHERE ${VALID_AT} } AS n
       WHERE 0 < n <= $max
       RETURN i.id AS id ORDER BY i.id = 'issue-1' DESC, i.id LIMIT 1`,
      { at: AS_OF, max: MAX_PAGE },
    );
    if (records.length === 0) throw new Error(`no issue has between 1 and ${MAX_PAGE} positions at ${AS_OF}`);
    return { issue: records[0].get('id'), at: AS_OF };
  },

  raw: {
    // One record of short lists: the driver decodes it in far less time than one record per position.
    cypher: `${ON_ISSUE_VALID_AT}
      RETURN collect([p.id, p.value, h.id]) AS positions`,
    params: (p) => ({ issue: p.issue, at: p.at }),
    answer: ([row]) => normalise(row.positions.map(([id, value, holder]) => ({ id, value, holder }))),
  },

  faultline: {
    query: `query IssuePositionsAsOf($issue: ID!, $at: DateTime!) {
      positions(filter: { issue: $issue, asOf: $at }, first: ${MAX_PAGE}) {
        totalCount
        edges { node { id value holder { ... on Actor { id } ... on Proposal { id } } } }
      }
    }`,
    variables: (p) => ({ issue: p.issue, at: p.at }),
    answer: ({ positions }) => {
      if (positions.totalCount > positions.edges.length) throw new Error('the answer does not fit one page');
      return normalise(positions.edges.map(({ node }) => ({ ...node, holder: node.holder.id })));
    },
  },

  /** Faultline's query on the floor's rows (bench/servers/graphql-floor-server.mjs). */
  graphqlFloor: {
    field: 'positions',
    // The query shows the holder's type (Actor or Proposal) too.
    cypher: `${ON_ISSUE_VALID_AT}
      RETURN collect([p.id, p.value, h.id, h:Proposal]) AS positions`,
    params: (args) => ({ issue: args.filter.issue, at: args.filter.asOf }),
    resolve: ([row]) => ({
      totalCount: row.positions.length,
      edges: row.positions.map(([id, value, holder, proposal]) => ({
        node: { id, value, holder: { id: holder, type: proposal ? 'Proposal' : 'Actor' } },
      })),
    }),
  },

  peer: {
    query: `query IssuePositionsAsOf($issue: ID!, $at: DateTime!) {
      issues(where: { id: { eq: $issue } }) {
        positions(where: { validFrom: { lte: $at }, OR: [{ validTo: { eq: null } }, { validTo: { gt: $at } }] }) {
          id value holder { id }
        }
      }
    }`,
    variables: (p) => ({ issue: p.issue, at: p.at }),
    answer: ({ issues }) =>
      normalise((issues[0]?.positions ?? []).map((p) => ({ ...p, holder: p.holder[0]?.id ?? null }))),
  },

  empty: (answer) => answer.length === 0,
  describe: (answer) => `${answer.length} positions`,
};
