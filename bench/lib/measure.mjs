// Measures one compared workload on the implementations (the raw floor, the GraphQL floor,
// Faultline, the peer): the answers must agree first, then sequential latency (requests
// interleaved round-robin, so background load hits all of them alike), then throughput under
// concurrent load, one implementation at a time.
import { difference } from './compare.mjs';
import { postJson } from './http.mjs';
import { drain, loadTest } from './load.mjs';
import { runRaw } from './neo4j.mjs';
import { summarize } from './stats.mjs';

export const IMPLEMENTATIONS = ['raw', 'graphqlFloor', 'faultline', 'peer'];

/** The HTTP request each implementation gets for this workload, and how to read its answer. */
export function requestsFor(workload, params, servers, now) {
  const rawParams = workload.raw.params(params, now);
  return {
    raw: {
      url: `${servers.raw.url}${workload.name}`,
      body: JSON.stringify(rawParams),
      read: (json) => workload.raw.answer(json.rows),
    },
    // Faultline's query and answer; its own variables where Faultline's are Faultline's (a cursor).
    graphqlFloor: {
      url: servers.graphqlFloor.url,
      body: JSON.stringify({
        query: workload.faultline.query,
        variables: (workload.graphqlFloor.variables ?? workload.faultline.variables)(params, now),
      }),
      read: (json) => workload.faultline.answer(json.data),
    },
    faultline: {
      url: servers.faultline.url,
      body: JSON.stringify({
        query: workload.faultline.query,
        variables: workload.faultline.variables(params, now),
      }),
      read: (json) => workload.faultline.answer(json.data),
    },
    peer: {
      url: servers.peer.url,
      body: JSON.stringify({ query: workload.peer.query, variables: workload.peer.variables(params, now) }),
      read: (json) => workload.peer.answer(json.data),
    },
    rawParams,
  };
}

async function ask(request) {
  const { ms, status, json } = await postJson(request.url, request.body);
  if (status !== 200 || json.errors || json.error) {
    throw new Error(`HTTP ${status}: ${JSON.stringify(json.errors ?? json.error ?? json).slice(0, 600)}`);
  }
  return { ms, json };
}

export async function measureCompared({ workload, params, servers, driver, options, now, log }) {
  const requests = requestsFor(workload, params, servers, now);
  const result = { name: workload.name, title: workload.title, notes: workload.notes ?? {}, params };

  // 1. The same answer every way (the raw driver's is the reference).
  const answers = {};
  for (const impl of IMPLEMENTATIONS) {
    const { json } = await ask(requests[impl]);
    answers[impl] = requests[impl].read(json);
    if (impl === 'faultline') result.faultlineDatabaseQueries = json.extensions?.databaseQueries ?? null;
  }
  if (workload.empty(answers.raw)) {
    throw new Error(`${workload.name}: the floor's answer is empty: is the dataset loaded?`);
  }
  result.answer = workload.describe(answers.raw);
  result.differences = Object.fromEntries(
    IMPLEMENTATIONS.filter((impl) => impl !== 'raw').map((impl) => [
      impl,
      difference(answers.raw, answers[impl]),
    ]),
  );
  result.agree = Object.values(result.differences).every((found) => !found);
  if (!result.agree) {
    log(`${workload.name}: the answers differ: ${JSON.stringify(result.differences)}`);
    return result;
  }

  // 2. Sequential latency, round-robin over the implementations (and the driver in-process).
  const times = { ...Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []])), driver: [] };
  for (let run = 0; run < options.warmup + options.runs; run += 1) {
    const timed = run >= options.warmup;
    for (const impl of IMPLEMENTATIONS) {
      const { ms } = await ask(requests[impl]);
      if (timed) times[impl].push(ms);
    }
    const started = performance.now();
    await runRaw(driver, workload, requests.rawParams);
    if (timed) times.driver.push(performance.now() - started);
  }
  result.latency = Object.fromEntries(
    Object.entries(times).map(([impl, values]) => [impl, summarize(values)]),
  );

  // 3. Throughput under concurrent load.
  result.throughput = {};
  for (const impl of IMPLEMENTATIONS) {
    log(`${workload.name}: ${impl} under load (${options.connections} connections, ${options.duration} s)`);
    result.throughput[impl] = await loadTest({
      url: requests[impl].url,
      body: requests[impl].body,
      connections: options.connections,
      duration: options.duration,
    });
    result.throughput[impl].drainSeconds = await drain(servers[impl].url, driver);
  }
  result.memory = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, servers[impl].memory()]));
  return result;
}
