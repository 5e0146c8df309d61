// (3) Issues sorted by how many current positions they have (most first, then by id).
// Neither GraphQL API can sort by a count: both are asked for what they offer and the client
// counts and sorts. Faultline has no count either, so it returns every position id.

function sortByCount(rows) {
  return rows
    .map((row) => ({ id: row.id, positions: row.positions }))
    .sort((a, b) => b.positions - a.positions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export default {
  name: 'issues-by-positions',
  title: '3. issues sorted by number of current positions',
  notes: {
    faultline:
      'no count or sort in the API: `issues { id positions { id } }`, counted and sorted by the client',
    peer: '`positionsConnection(where: current) { totalCount }` per issue, sorted by the client',
  },

  prepare: () => ({}),

  raw: {
    cypher: `
      MATCH (i:Issue)
      RETURN i.id AS id, COUNT {
        (i)<-[:ON]-(p:Position)
        WHERE p.validFrom <= datetime($now) AND (p.validTo IS NULL OR datetime($now) < p.validTo)
      } AS positions
      ORDER BY positions DESC, id`,
    params: (_p, now) => ({ now }),
    answer: (rows) => rows.map((row) => ({ id: row.id, positions: row.positions })),
  },

  faultline: {
    query: `query IssuesByPositions { issues { id positions { id } } }`,
    variables: () => ({}),
    answer: (data) => sortByCount(data.issues.map((i) => ({ id: i.id, positions: i.positions.length }))),
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
