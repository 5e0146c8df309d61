// The mixed workload of `npm run bench:load`: four kinds of reads (the bench's own Faultline
// queries) and two kinds of writes in fixed proportions, 80% reads. Each request is built as it is
// sent: reads vary the actor, issue or pair; every write carries an id of its own, is entered in a
// ledger when sent and marked acknowledged on a clean answer, and is looked up in Neo4j afterwards.
import neo4j from 'neo4j-driver';
import actorDetail from '../workloads/actor-detail.mjs';
import actorPage from '../workloads/actor-page.mjs';
import { FAULTLINE_ONLY } from '../workloads/faultline-only.mjs';
import issuePositionsAsOf from '../workloads/issue-positions-as-of.mjs';
import { percentile, summarize } from './stats.mjs';

const round = (x) => (x == null ? null : Math.round(x * 100) / 100);
const divergencePair = FAULTLINE_ONLY.find((workload) => workload.name === 'divergence-pair');
const ACTOR_KINDS = ['STATE', 'BLOC', 'ORGANIZATION', 'GOVERNMENT', 'PERSON'];

const RECORD_POSITION = `mutation LoadRecordPosition($input: RecordPositionInput!) {
  recordPosition(input: $input) { id }
}`;
const CREATE_ACTOR = `mutation LoadCreateActor($input: CreateActorInput!) {
  createActor(input: $input) { id }
}`;

/** Each acknowledged position: there, between its holder and issue, with its values and evidence. */
const CHECK_POSITIONS = `
  UNWIND $writes AS w
  OPTIONAL MATCH (p:Position {id: w.id})
  RETURN w.id AS id, p IS NOT NULL AS present,
    CASE WHEN p IS NULL THEN false ELSE
      p.value = w.value AND p.salience = w.salience AND p.statement = w.statement
      AND EXISTS { (:Holder {id: w.holder})-[:HOLDS]->(p)-[:ON]->(:Issue {id: w.issue}) }
      AND EXISTS { (p)-[:EVIDENCED_BY {quote: w.quote}]->(:Source {id: w.source}) }
    END AS intact`;
const CHECK_ACTORS = `
  UNWIND $writes AS w
  OPTIONAL MATCH (a:Actor {id: w.id})
  RETURN w.id AS id, a IS NOT NULL AS present,
    CASE WHEN a IS NULL THEN false ELSE a.name = w.name AND a.kind = w.kind END AS intact`;

/**
 * The request kinds on the loaded data. `counts` are the dataset's (actors, issues, sources);
 * `page` the actor-page workload's parameters with its Faultline cursor; `tag` makes this run's
 * write ids unique (lowercase letters and digits).
 */
export function loadKinds({ counts, page, tag }) {
  const actor = (i) => `actor-${i % counts.actors}`;
  const positionInput = (i) => {
    const value = (i * 37) % 101;
    return {
      id: `load-${tag}-position-${i}`,
      // Consecutive writes go to different actors; a pair (holder, issue) comes back only after
      // actors x issues writes, so no two concurrent writes race to close the same position.
      holder: actor(i),
      issue: `issue-${Math.floor(i / counts.actors) % counts.issues}`,
      value,
      salience: ((i % 10) + 1) / 10,
      acceptableMin: Math.max(0, value - 10),
      acceptableMax: Math.min(100, value + 10),
      statement: `load ${tag}: write ${i}`,
      evidence: [{ source: `source-${i % counts.sources}`, quote: `load ${tag}: quote ${i}` }],
    };
  };
  return [
    {
      name: 'actor-detail',
      title: 'actor with positions, issues, evidence',
      weight: 5,
      query: actorDetail.faultline.query,
      variables: (i) => actorDetail.faultline.variables({ actor: actor(i) }),
    },
    {
      name: 'actor-page',
      title: 'actor page (25, totalCount)',
      weight: 4,
      query: actorPage.faultline.query,
      variables: () => actorPage.faultline.variables(page),
    },
    {
      name: 'issue-positions-as-of',
      title: 'positions on an issue asOf',
      weight: 4,
      query: issuePositionsAsOf.faultline.query,
      variables: (i) =>
        issuePositionsAsOf.faultline.variables({ issue: `issue-${i % counts.issues}`, at: page.asOf }),
    },
    {
      name: 'divergence-pair',
      title: 'divergence(a, b)',
      weight: 3,
      query: divergencePair.query,
      // b is never a: 1 + i mod (actors - 1) is between 1 and actors - 1.
      variables: (i) => ({ a: actor(i), b: actor(i + 1 + (i % (counts.actors - 1))) }),
    },
    {
      name: 'record-position',
      title: 'recordPosition (write)',
      weight: 3,
      write: { field: 'recordPosition', check: CHECK_POSITIONS },
      query: RECORD_POSITION,
      variables: (i) => ({ input: positionInput(i) }),
      expected: ({ input }) => ({
        id: input.id,
        holder: input.holder,
        issue: input.issue,
        value: input.value,
        salience: input.salience,
        statement: input.statement,
        source: input.evidence[0].source,
        quote: input.evidence[0].quote,
      }),
    },
    {
      name: 'create-actor',
      title: 'createActor (write)',
      weight: 1,
      write: { field: 'createActor', check: CHECK_ACTORS },
      query: CREATE_ACTOR,
      variables: (i) => ({
        input: {
          id: `load-${tag}-actor-${i}`,
          name: `Load ${tag} actor ${i}`,
          kind: ACTOR_KINDS[i % ACTOR_KINDS.length],
          aliases: [`load ${tag} ${i}`],
        },
      }),
      expected: ({ input }) => ({ id: input.id, name: input.name, kind: input.kind }),
    },
  ];
}

/** The actor page's cursor (from the server) and the asOf date of the bench's workloads. */
export async function prepareLoadKinds({ driver, counts, ask, tag }) {
  const page = await actorPage.cursors(await actorPage.prepare({ driver }), { faultline: ask });
  const { at } = await issuePositionsAsOf.prepare({ driver });
  return loadKinds({ counts, page: { ...page, asOf: at }, tag });
}

/** The kinds in a fixed cycle of sum(weights) slots, each as often as its weight, spread evenly. */
export function schedule(kinds) {
  const total = kinds.reduce((sum, kind) => sum + kind.weight, 0);
  const credit = kinds.map(() => 0);
  const order = [];
  for (let slot = 0; slot < total; slot += 1) {
    kinds.forEach((kind, k) => (credit[k] += kind.weight));
    const best = credit.indexOf(Math.max(...credit));
    credit[best] -= total;
    order.push(kinds[best]);
  }
  return order;
}

/**
 * Every write sent: its id, kind, round, the values it wrote, and its answer: acknowledged,
 * refused (an error answer), or none (a timeout, or still in flight when the round ended).
 */
export class WriteLedger {
  writes = new Map();

  sent(kind, id, expected, round) {
    this.writes.set(id, { kind, round, expected, acknowledged: false, refused: false });
  }

  acknowledge(id) {
    this.writes.get(id).acknowledged = true;
  }

  refuse(id) {
    this.writes.get(id).refused = true;
  }

  /** Ids of the acknowledged writes by kind name (for the JSON result). */
  acknowledgedIds() {
    const ids = {};
    for (const [id, write] of this.writes) {
      if (write.acknowledged) (ids[write.kind.name] ??= []).push(id);
    }
    return ids;
  }

  /**
   * Looks up the writes of one round (or all) in Neo4j. `lost`: acknowledged, but missing or not
   * as written; `unacknowledgedPresent`: sent without a clean answer, yet written; of those,
   * `refusedPresent` had an error answer (a refused write should write nothing).
   */
  async check(driver, round = null) {
    const byKind = new Map();
    for (const [id, write] of this.writes) {
      if (round !== null && write.round !== round) continue;
      if (!byKind.has(write.kind)) byKind.set(write.kind, []);
      byKind.get(write.kind).push({ id, ...write });
    }
    const result = {
      acknowledged: 0,
      lost: 0,
      lostIds: [],
      unacknowledged: 0,
      unacknowledgedPresent: 0,
      refused: 0,
      refusedPresent: 0,
    };
    for (const [kind, writes] of byKind) {
      const { records } = await driver.executeQuery(
        kind.write.check,
        { writes: writes.map((w) => w.expected) },
        { database: process.env.NEO4J_DATABASE || undefined, routing: neo4j.routing.READ },
      );
      const found = new Map(records.map((r) => [r.get('id'), r.toObject()]));
      for (const write of writes) {
        const row = found.get(write.id);
        if (write.acknowledged) {
          result.acknowledged += 1;
          if (!row?.intact) {
            result.lost += 1;
            result.lostIds.push(`${write.id}${row?.present ? ' (present, not as written)' : ''}`);
          }
        } else {
          result.unacknowledged += 1;
          if (row?.present) result.unacknowledgedPresent += 1;
          if (write.refused) result.refused += 1;
          if (write.refused && row?.present) result.refusedPresent += 1;
        }
      }
    }
    result.lostIds = result.lostIds.slice(0, 20);
    return result;
  }
}

/**
 * The requests of the rounds (round 0 is the warm-up): `next()` builds the next request of the
 * cycle (entering writes in the ledger), `answered()` counts its answer. Counters run on across
 * rounds, so every write id is new.
 */
export class LoadMix {
  constructor(kinds, ledger) {
    this.cycle = schedule(kinds);
    this.ledger = ledger;
    this.sentOf = new Map(kinds.map((kind) => [kind, 0]));
    this.n = 0;
    this.allTimes = new Map(kinds.map((kind) => [kind, []]));
    this.startRound(0);
  }

  startRound(round) {
    this.round = round;
    this.times = [];
    this.byKind = new Map([...this.sentOf.keys()].map((kind) => [kind, { times: [], errors: 0 }]));
    this.errors = { status: 0, graphql: 0 };
    this.firstErrors = [];
  }

  /** The next request of the cycle. */
  next() {
    const kind = this.cycle[this.n % this.cycle.length];
    this.n += 1;
    return this.nextOf(kind);
  }

  /** The next request of this kind. */
  nextOf(kind) {
    const i = this.sentOf.get(kind);
    this.sentOf.set(kind, i + 1);
    const variables = kind.variables(i);
    const sent = { kind, body: JSON.stringify({ query: kind.query, variables }) };
    if (kind.write) {
      sent.id = variables.input.id;
      this.ledger.sent(kind, sent.id, kind.expected(variables), this.round);
    }
    return sent;
  }

  answered(sent, status, body, ms) {
    let json = null;
    try {
      json = JSON.parse(body);
    } catch {
      // not JSON: counted below
    }
    const graphqlError = json?.errors?.[0];
    const failed = status !== 200 || !json?.data || Boolean(graphqlError);
    this.times.push(ms);
    if (this.round > 0) this.allTimes.get(sent.kind).push(ms);
    const stats = this.byKind.get(sent.kind);
    stats.times.push(ms);
    if (failed) {
      stats.errors += 1;
      this.errors[status === 200 ? 'graphql' : 'status'] += 1;
      const what = graphqlError
        ? `${graphqlError.extensions?.code ?? 'ERROR'}: ${graphqlError.message}`
        : String(body).slice(0, 200);
      if (this.firstErrors.length < 5) this.firstErrors.push(`${sent.kind.name}: HTTP ${status} ${what}`);
      if (sent.kind.write) this.ledger.refuse(sent.id);
      return;
    }
    if (sent.kind.write) {
      if (json.data[sent.kind.write.field]?.id === sent.id) this.ledger.acknowledge(sent.id);
      else {
        this.ledger.refuse(sent.id);
        stats.errors += 1;
        this.errors.graphql += 1;
        if (this.firstErrors.length < 5) this.firstErrors.push(`${sent.kind.name}: answered another id`);
      }
    }
  }

  /** The round's figures from the answers counted since startRound. */
  summary() {
    return {
      latency: { ...summarize(this.times), p99: round(percentile(this.times, 99)) },
      byKind: Object.fromEntries(
        [...this.byKind].map(([kind, stats]) => [
          kind.name,
          { errors: stats.errors, ...summarize(stats.times) },
        ]),
      ),
      errorAnswers: { ...this.errors },
      firstErrors: this.firstErrors,
    };
  }

  /** Per kind over every round (not the warm-up): share of the cycle, answers, p50 / p95 / p99. */
  overall() {
    return [...this.allTimes].map(([kind, times]) => ({
      name: kind.name,
      title: kind.title,
      share: kind.weight / this.cycle.length,
      ...summarize(times),
      p99: round(percentile(times, 99)),
    }));
  }
}
