// (3) Issues sorted by how many current positions they have (most first, then by id).
// Faultline sorts by the count itself (`issues(orderBy: POSITION_COUNT) { positionCount }`);
// @neo4j/graphql cannot sort by a count: it gives one per issue and the client sorts.

function sortByCount(rows) {
  return rows
    .map((row) => ({ id: row.id, positions: row.positions }))
    .sort((a, b) => b.positions - a.positions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export default {
  name: 'issues-by-positions',
  title: '3. issues sorted by number of current positions',
  notes: {
    faultline: '`issues(orderBy: POSITION_COUNT) { id positionCount }`, sorted by the server',
    peer: '`positionsConnection(where: current) { totalCount }` per issue, sorted by the client',
  },

  prepare: () => ({}),

  raw: {
    // One record of short lists: the driver decodes it in far less time than one record per issue.
    cypher: `
      MATCH (i:Issue)
      WITH i.id AS id, COUNT {
        (i)<-[:ON]-(p:Position)
        WHERE p.validFrom <= datetime($now) AND (p.validTo IS NULL OR datetime($now) < p.validTo)
      } AS positions
      ORDER BY positions DESC, id
      RETURN collect([id, positions]) AS issues`,
    params: (_p, now) => ({ now }),
    answer: ([row]) => row.issues.map(([id, positions]) => ({ id, positions })),
  },

  faultline: {
    query: `query IssuesByPositions { issues(orderBy: POSITION_COUNT) { id positionCount } }`,
    variables: () => ({}),
    // Not re-sorted: the server's order is part of the answer compared.
    answer: (data) => data.issues.map((i) => ({ id: i.id, positions: i.positionCount })),
  },

  /** Faultline's query on the floor's rows (bench/servers/graphql-floor-server.mjs). */
  graphqlFloor: {
    field: 'issues',
    params: (_args, now) => ({ now }),
    resolve: ([row]) => row.issues.map(([id, positionCount]) => ({ id, positionCount })),
  },

  peer: {
    query: `query IssuesByPositions($now: DateTime!) {
      issues {
        id
        positionsConnection(
          where: { node: { validFrom: { lte: $now }, OR: [{ validTo: { eq: null } }, { validTo: { gt: $now } }] } }
        ) { totalCount }
      }
    }`,
    variables: (_p, now) => ({ now }),
    answer: (data) =>
      sortByCount(data.issues.map((i) => ({ id: i.id, positions: i.positionsConnection.totalCount }))),
  },

  empty: (answer) => answer.every((issue) => issue.positions === 0),
  describe: (answer) => `${answer.length} issues, top ${answer[0]?.id} (${answer[0]?.positions})`,
};
