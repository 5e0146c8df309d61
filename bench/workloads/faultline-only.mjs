// Workloads only Faultline answers: its divergence analytics. They are measured when the running
// server's schema has them (a query missing from the schema is skipped with a note). `heavy` ones
// read every position and compute over all pairs: fewer runs and connections (see lib/faultline-only.mjs).

export const FAULTLINE_ONLY = [
  {
    name: 'divergence-pair',
    title: 'divergence(a, b)',
    field: 'divergence',
    query: `query Pair($a: ID!, $b: ID!) { divergence(a: $a, b: $b) { divergence sharedIssues } }`,
    variables: () => ({ a: 'actor-1', b: 'actor-2' }),
    describe: (data) =>
      `D = ${data.divergence.divergence?.toFixed?.(3) ?? null} over ${data.divergence.sharedIssues} issues`,
  },
  {
    name: 'divergence-matrix',
    title: 'divergenceMatrix(first: 50)',
    field: 'divergenceMatrix',
    heavy: true,
    query: `query Matrix { divergenceMatrix(first: 50) { totalCount edges { node { divergence sharedIssues a { id } b { id } } } } }`,
    variables: () => ({}),
    describe: (data) => `${data.divergenceMatrix.totalCount} pairs`,
  },
  {
    name: 'disagreement-network',
    title: 'disagreementNetwork',
    field: 'disagreementNetwork',
    heavy: true,
    query: `query Network { disagreementNetwork { nodes { id community degree } edges { source target weight } communities { id size } balance } }`,
    variables: () => ({}),
    describe: (data) =>
      `${data.disagreementNetwork.nodes.length} nodes, ${data.disagreementNetwork.edges.length} edges`,
  },
];
