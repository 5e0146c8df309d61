// Throughput under concurrent load: autocannon on loopback for a bounded time, the same request
// over and over on `connections` keep-alive connections. Error answers (non-2xx, or a GraphQL
// `errors` member in a 200) are counted, so a fast failure never passes for throughput.
// variedLoadTest builds each request as it is sent (the mixed reads and writes of bench/load.mjs).
import autocannon from 'autocannon';
import { requestHeaders } from './http.mjs';

/** autocannon POSTing `request` with the bench's headers, for `duration` seconds. */
function cannon({ url, connections, duration, timeout = Math.max(30, duration * 3), request }) {
  // One request per connection at a time, never resent on a timeout: no backlog piles up.
  return autocannon({
    url,
    connections,
    duration,
    timeout,
    requests: [{ method: 'POST', headers: requestHeaders(), ...request }],
  });
}

export async function loadTest({ url, body, connections, duration }) {
  let failed = 0;
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const result = await cannon({
    url,
    connections,
    duration,
    request: {
      body: payload,
      onResponse(status, responseBody) {
        if (status !== 200 || responseBody.startsWith('{"errors"')) failed += 1;
      },
    },
  });
  const seconds = result.duration || duration;
  return {
    connections,
    seconds: Math.round(seconds * 100) / 100,
    requests: result.requests.total,
    rps: Math.round((result.requests.total / seconds) * 10) / 10,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    // autocannon's errors include its timeouts.
    errors: result.errors + failed,
  };
}

/**
 * Load whose requests differ: `next()` is called as each request is sent and returns
 * `{ body, ...anything }`; `answered(sent, status, body, ms)` receives each answer with what `next()`
 * returned for it and the milliseconds since it was sent. A request that times out, fails on its
 * socket or is still unanswered at the end never reaches `answered`; the first two are counted.
 */
export async function variedLoadTest({ url, connections, duration, timeout, next, answered }) {
  const result = await cannon({
    url,
    connections,
    duration,
    timeout,
    request: {
      // autocannon calls this as it sends each request, with a context of that request's own.
      setupRequest(request, context) {
        context.sent = next();
        context.at = performance.now();
        request.body = context.sent.body;
        return request;
      },
      onResponse(status, body, context) {
        answered(context.sent, status, body, performance.now() - context.at);
      },
    },
  });
  return {
    connections,
    seconds: Math.round((result.duration || duration) * 100) / 100,
    // autocannon counts a timeout as an error too.
    timeouts: result.timeouts,
    socketErrors: result.errors - result.timeouts,
    autocannonLatency: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the server answers a trivial request quickly again and the database runs no other
 * transaction: requests a load test leaves in flight keep both busy after the client has gone
 * (nothing cancels them), and must not slow the next measurement. Returns the seconds waited.
 */
export async function drain(url, driver, { quickMs = 100, timeoutMs = 900_000 } = {}) {
  const started = performance.now();
  const deadline = Date.now() + timeoutMs;
  const body = '{"query":"{ __typename }"}';
  for (let quick = 0; quick < 3 && Date.now() < deadline;) {
    const sent = performance.now();
    try {
      await (await fetch(url, { method: 'POST', headers: requestHeaders(), body })).text();
    } catch {
      // a closing connection: try again
    }
    quick = performance.now() - sent < quickMs ? quick + 1 : 0;
    if (quick === 0) await sleep(250);
  }
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery ' +
        "WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS busy",
    );
    if (Number(records[0].get('busy')) === 0) break;
    await sleep(250);
  }
  return Math.round((performance.now() - started) / 100) / 10;
}
