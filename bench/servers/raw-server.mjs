#!/usr/bin/env node
// The floor: the hand-written Cypher of each workload behind the thinnest HTTP layer (node:http,
// no framework), so that all three implementations are measured the same way, as HTTP + JSON.
// POST /<workload> with the Cypher parameters as a JSON body answers the rows as JSON.
// Spawned by bench/run.mjs. Environment: PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
import http from 'node:http';
import { driverFromEnv, runRaw } from '../lib/neo4j.mjs';
import { COMPARED } from '../workloads/index.mjs';

const port = Number(process.env.PORT ?? 4103);
const driver = driverFromEnv(process.env, 'faultline-bench-raw');
const workloads = new Map(COMPARED.map((workload) => [`/${workload.name}`, workload]));

function send(response, status, body) {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/health') return send(response, 200, { ok: true });
  const workload = workloads.get(request.url);
  if (request.method !== 'POST' || !workload) return send(response, 404, { error: 'no such workload' });
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      send(response, 200, { rows: await runRaw(driver, workload, params) });
    } catch (error) {
      send(response, 500, { error: error.message });
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => process.stderr.write(`[raw] ready on http://127.0.0.1:${port}\n`));

const shutdown = () => server.close(async () => (await driver.close(), process.exit(0)));
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
