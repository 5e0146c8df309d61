// recordPosition under concurrent writers: each writer records new versions of its own actor's
// positions, cycling through the issues and citing its own source, for a bounded time.
// Run last: it changes the data.
import { postJson } from '../lib/http.mjs';
import { summarize } from '../lib/stats.mjs';

const MUTATION = `mutation Record($input: RecordPositionInput!) {
  recordPosition(input: $input) { id validFrom }
}`;

/** The n-th position writer w records: its own actor and source, the issues in turn. */
function input(w, n, size) {
  return {
    holder: `actor-${w % size.actors}`,
    issue: `issue-${(w + n) % size.issues}`,
    value: (w * 7 + n * 13) % 101,
    salience: 0.5,
    acceptableMin: 0,
    acceptableMax: 100,
    statement: `bench writer ${w}, write ${n}`,
    evidence: [
      { source: `source-${w % Math.max(1, size.sources ?? 1)}`, quote: `bench writer ${w}, write ${n}` },
    ],
  };
}

/** `writers` loops, each writing until the deadline; write(w, n) resolves with an error or null. */
async function concurrently(writers, seconds, write) {
  const deadline = performance.now() + seconds * 1000;
  const times = [];
  const failures = [];
  const started = performance.now();
  const writer = async (w) => {
    for (let n = 0; performance.now() < deadline; n += 1) {
      const sent = performance.now();
      const failure = await write(w, n);
      if (failure) failures.push(failure);
      else times.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  const elapsed = (performance.now() - started) / 1000;
  return {
    writers,
    seconds: Math.round(elapsed * 100) / 100,
    written: times.length,
    writesPerSecond: Math.round((times.length / elapsed) * 10) / 10,
    latency: summarize(times),
    errors: failures.length,
    firstError: failures[0] ?? null,
  };
}

export function recordPositions({ url, writers, seconds, size }) {
  return concurrently(writers, seconds, async (w, n) => {
    const { status, json } = await postJson(url, {
      query: MUTATION,
      variables: { input: input(w, n, size) },
    });
    return status !== 200 || json.errors ? (json.errors?.[0]?.message ?? `HTTP ${status}`) : null;
  });
}

/** The same write as one hand-written statement in one transaction (for profiling: the floor). */
export const RAW_RECORD = `
  MATCH (h:Holder {id: $holder}), (i:Issue {id: $issue})
  OPTIONAL MATCH (h)-[:HOLDS]->(open:Position)-[:ON]->(i) WHERE open.validTo IS NULL
  SET open.validTo = datetime($validFrom)
  CREATE (h)-[:HOLDS]->(p:Position)-[:ON]->(i)
  SET p = $position, p.validFrom = datetime($validFrom), p.recordedAt = datetime()
  WITH p
  UNWIND $evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (p)-[:EVIDENCED_BY {quote: evidence.quote}]->(s)
  WITH p, collect(s.reliability) AS reliabilities
  SET p.confidence = 1.0 - reduce(doubt = 1.0, r IN reliabilities |
    doubt * (1.0 - CASE r WHEN 'A' THEN 0.9 WHEN 'B' THEN 0.75 WHEN 'C' THEN 0.6
      WHEN 'D' THEN 0.4 WHEN 'E' THEN 0.2 ELSE 0.5 END))
  RETURN p.id AS id`;

export function recordPositionsRaw({ driver, writers, seconds, size }) {
  return concurrently(writers, seconds, async (w, n) => {
    const { holder, issue, evidence, ...position } = input(w, n, size);
    const params = {
      holder,
      issue,
      evidence,
      validFrom: new Date().toISOString(),
      position: { ...position, id: `bench-raw-${w}-${n}-${Date.now()}`, redLine: false, codingConfidence: 1 },
    };
    try {
      await driver.executeQuery(RAW_RECORD, params);
      return null;
    } catch (error) {
      return error.message;
    }
  });
}
