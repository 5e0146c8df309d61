// One request as a client sends it: JSON over HTTP on loopback, timed from send to parsed body.

/** What every request of the bench sends: JSON, and FAULTLINE_API_KEY when the database has keys. */
export function requestHeaders() {
  const key = process.env.FAULTLINE_API_KEY;
  return { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
}

export async function postJson(url, body) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: requestHeaders(),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = await response.json();
  return { ms: performance.now() - started, status: response.status, json };
}

/** A GraphQL request that must succeed: returns { ms, data }. */
export async function graphql(url, query, variables = {}) {
  const { ms, status, json } = await postJson(url, { query, variables });
  if (json.errors?.length || status !== 200) {
    throw new Error(
      `GraphQL request failed (HTTP ${status}): ${JSON.stringify(json.errors ?? json).slice(0, 600)}`,
    );
  }
  return { ms, data: json.data };
}
