// (2) A filtered, sorted, paginated actor list with its total: STATE actors by id, the page of 25
// after the cursor of the n-th match (each API's own cursor, taken from its own first page).

const PAGE = 25;

/** An actor of the floor's page, which comes as [id, name, kind]. */
const actorOf = ([id, name, kind]) => ({ id, name, kind });

function normalise(totalCount, hasNextPage, nodes) {
  return { totalCount, hasNextPage, nodes: nodes.map((a) => ({ id: a.id, name: a.name, kind: a.kind })) };
}

export default {
  name: 'actor-page',
  title: '2. actors kind STATE by id, 25 after a cursor, totalCount',

  /** The cursor sits after the n-th STATE actor: far enough to page, near enough to leave a page. */
  async prepare({ driver }) {
    const { records } = await driver.executeQuery('MATCH (a:Actor {kind: "STATE"}) RETURN count(a) AS n', {});
    const matches = Number(records[0].get('n'));
    if (matches === 0) throw new Error('actor-page: no STATE actor: is the dataset loaded?');
    const skip = Math.max(1, Math.min(100, matches - PAGE));
    const { records: at } = await driver.executeQuery(
      'MATCH (a:Actor {kind: "STATE"}) WITH a ORDER BY a.id SKIP toInteger($skip) LIMIT 1 RETURN a.id AS id',
      { skip: skip - 1 },
    );
    return { kind: 'STATE', skip, afterId: at[0].get('id') };
  },

  /** Each API pages with its own opaque cursors: fetch the page that ends at the n-th match. */
  async cursors(p, { faultline, peer }) {
    const cursors = { ...p };
    if (faultline) {
      const f = await faultline(
        'query($first: Int!) { actors(filter: { kind: STATE }, first: $first) { pageInfo { endCursor } } }',
        { first: p.skip },
      );
      cursors.faultlineCursor = f.actors.pageInfo.endCursor;
    }
    if (peer) {
      const g = await peer(
        'query($first: Int!) { actorsConnection(where: { kind: { eq: STATE } }, sort: [{ id: ASC }], first: $first) { pageInfo { endCursor } } }',
        { first: p.skip },
      );
      cursors.peerCursor = g.actorsConnection.pageInfo.endCursor;
    }
    return cursors;
  },

  raw: {
    cypher: `
      MATCH (a:Actor) WHERE a.kind = $kind
      WITH count(a) AS totalCount
      CALL () {
        MATCH (a:Actor) WHERE a.kind = $kind AND a.id > $after
        WITH a ORDER BY a.id LIMIT toInteger($limit)
        RETURN collect([a.id, a.name, a.kind]) AS nodes
      }
      RETURN totalCount, nodes`,
    params: (p) => ({ kind: p.kind, after: p.afterId, limit: PAGE + 1 }),
    answer: ([row]) =>
      normalise(row.totalCount, row.nodes.length > PAGE, row.nodes.slice(0, PAGE).map(actorOf)),
  },

  faultline: {
    query: `query ActorPage($after: String!) {
      actors(filter: { kind: STATE }, first: ${PAGE}, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name kind } }
      }
    }`,
    variables: (p) => ({ after: p.faultlineCursor }),
    answer: ({ actors }) =>
      normalise(
        actors.totalCount,
        actors.pageInfo.hasNextPage,
        actors.edges.map((e) => e.node),
      ),
  },

  /** Faultline's query on the floor's rows (bench/servers/graphql-floor-server.mjs); its cursor is an id. */
  graphqlFloor: {
    variables: (p) => ({ after: p.afterId }),
    field: 'actors',
    params: (args) => ({ kind: args.filter.kind, after: args.after, limit: args.first + 1 }),
    resolve: ([row], args) => {
      const nodes = row.nodes.slice(0, args.first).map(actorOf);
      return {
        totalCount: row.totalCount,
        pageInfo: { hasNextPage: row.nodes.length > args.first, endCursor: nodes.at(-1)?.id ?? null },
        edges: nodes.map((node) => ({ node })),
      };
    },
  },

  peer: {
    query: `query ActorPage($after: String!) {
      actorsConnection(where: { kind: { eq: STATE } }, sort: [{ id: ASC }], first: ${PAGE}, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name kind } }
      }
    }`,
    variables: (p) => ({ after: p.peerCursor }),
    answer: ({ actorsConnection: c }) =>
      normalise(
        c.totalCount,
        c.pageInfo.hasNextPage,
        c.edges.map((e) => e.node),
      ),
  },

  empty: (answer) => answer.nodes.length === 0,
  describe: (answer) => `${answer.nodes.length} of ${answer.totalCount}`,
};
