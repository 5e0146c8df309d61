// Faultline-only workloads: skipped with a note when the running server's schema lacks the query
// (or rejects the bench's selection), otherwise timed like the compared ones. A failure is recorded
// with the workload and does not stop the run.
import { postJson } from './http.mjs';
import { drain, loadTest } from './load.mjs';
import { summarize } from './stats.mjs';

/** The names of the served Query fields (a shallow introspection: the server limits query depth). */
export async function queryFields(url) {
  const { json } = await postJson(url, { query: '{ __type(name: "Query") { fields { name } } }' });
  return new Set((json.data?.__type?.fields ?? []).map((field) => field.name));
}

async function run(url, workload, variables) {
  const { ms, status, json } = await postJson(url, { query: workload.query, variables });
  if (status === 200 && !json.errors) return { ms, data: json.data };
  const error = json.errors?.[0];
  if (error?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
    return { skipped: `skipped: the served schema rejects the bench's query: ${error.message}` };
  }
  throw new Error(`HTTP ${status}: ${JSON.stringify(json.errors ?? json).slice(0, 600)}`);
}

export async function measureFaultlineOnly({ workload, fields, server, driver, options, log }) {
  const result = { name: workload.name, title: workload.title };
  try {
    if (!fields.has(workload.field)) {
      result.skipped = `skipped: the served schema has no Query.${workload.field}`;
      log(`${workload.name}: ${result.skipped}`);
      return result;
    }
    const variables = workload.variables();
    const first = await run(server.url, workload, variables);
    if (first.skipped) {
      log(`${workload.name}: ${first.skipped}`);
      return { ...result, skipped: first.skipped };
    }
    result.answer = workload.describe(first.data);
    // Whole-graph analytics take seconds at size M: fewer runs, and fewer connections under load.
    const runs = workload.heavy ? Math.min(options.runs, 5) : Math.min(options.runs, 10);
    const warmup = Math.min(options.warmup, 1);
    const times = [];
    for (let n = 0; n < warmup + runs; n += 1) {
      const { ms } = await run(server.url, workload, variables);
      if (n >= warmup) times.push(ms);
    }
    result.latency = summarize(times);
    const connections = workload.heavy ? Math.min(options.connections, 2) : options.connections;
    log(`${workload.name}: under load (${connections} connections, ${options.duration} s)`);
    result.throughput = await loadTest({
      url: server.url,
      body: { query: workload.query, variables },
      connections,
      duration: options.duration,
    });
    result.throughput.drainSeconds = await drain(server.url, driver);
    result.memory = server.memory();
  } catch (error) {
    result.error = error.message;
    log(`${workload.name}: failed: ${error.message}`);
  }
  return result;
}
