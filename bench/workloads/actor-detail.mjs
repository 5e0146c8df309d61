// (1) One actor with its current positions, their issues and evidence.
import { byId } from '../lib/compare.mjs';

const bySourceAndQuote = (a, b) =>
  a.source.id === b.source.id ? (a.quote < b.quote ? -1 : 1) : a.source.id < b.source.id ? -1 : 1;

/** The same answer from any implementation: lists sorted, so their order does not matter. */
function normalise(actor) {
  if (!actor) return null;
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    positions: actor.positions
      .map((p) => ({
        id: p.id,
        value: p.value,
        salience: p.salience,
        redLine: p.redLine,
        issue: { id: p.issue.id, name: p.issue.name, category: p.issue.category },
        evidence: p.evidence
          .map((e) => ({
            quote: e.quote,
            source: { id: e.source.id, publisher: e.source.publisher, reliability: e.source.reliability },
          }))
          .sort(bySourceAndQuote),
      }))
      .sort(byId),
  };
}

export default {
  name: 'actor-detail',
  title: '1. one actor, current positions + issues + evidence',

  /** actor-10 is a bloc whose positions moved in July 2025: only the current versions count. */
  prepare: ({ size }) => ({ actor: `actor-${Math.min(10, size.actors - 1)}` }),

  raw: {
    cypher: `
      MATCH (a:Actor {id: $actor})
      RETURN a {
        .id, .name, .kind,
        positions: COLLECT {
          MATCH (a)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
          WHERE p.validFrom <= datetime($now) AND (p.validTo IS NULL OR datetime($now) < p.validTo)
          RETURN p {
            .id, .value, .salience, .redLine,
            issue: i { .id, .name, .category },
            evidence: COLLECT {
              MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
              RETURN { quote: e.quote, source: s { .id, .publisher, .reliability } }
            }
          }
        }
      } AS actor`,
    params: (p, now) => ({ actor: p.actor, now }),
    answer: (rows) => normalise(rows[0]?.actor),
  },

  faultline: {
    query: `query ActorDetail($actor: ID!) {
      actor(id: $actor) {
        id name kind
        positions {
          id value salience redLine
          issue { id name category }
          evidence { quote source { id publisher reliability } }
        }
      }
    }`,
    variables: (p) => ({ actor: p.actor }),
    answer: (data) => normalise(data.actor),
  },

  /** Faultline's query, answered from the floor's row (bench/servers/graphql-floor-server.mjs). */
  graphqlFloor: {
    field: 'actor',
    params: (args, now) => ({ actor: args.id, now }),
    resolve: (rows) => rows[0]?.actor ?? null,
  },

  peer: {
    query: `query ActorDetail($actor: ID!, $now: DateTime!) {
      actors(where: { id: { eq: $actor } }) {
        id name kind
        positions(where: { validFrom: { lte: $now }, OR: [{ validTo: { eq: null } }, { validTo: { gt: $now } }] }) {
          id value salience redLine
          issue { id name category }
          evidenceConnection { edges { properties { quote } node { id publisher reliability } } }
        }
      }
    }`,
    variables: (p, now) => ({ actor: p.actor, now }),
    answer: (data) => {
      const actor = data.actors[0];
      if (!actor) return null;
      return normalise({
        ...actor,
        positions: actor.positions.map((p) => ({
          ...p,
          issue: p.issue[0],
          evidence: p.evidenceConnection.edges.map((edge) => ({
            quote: edge.properties.quote,
            source: edge.node,
          })),
        })),
      });
    },
  },

  empty: (answer) => !answer || answer.positions.length === 0,
  describe: (answer) => `${answer?.positions.length ?? 0} positions`,
};
