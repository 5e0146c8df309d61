import { TestApp } from '../support/test-app';

async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('request limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_COMPLEXITY: '3000',
      RATE_LIMIT_PER_MINUTE: '40',
      MAX_BODY_BYTES: '20000',
    });
    await app.reset();
  });
  afterAll(() => app.stop());

  it('refuses a query nested deeper than the limit (8 here) with QUERY_TOO_DEEP', async () => {
    // actors 1, edges 2, node 3, five memberOf 4-8, id 9.
    const deep =
      '{ actors { edges { node { memberOf { memberOf { memberOf { memberOf { memberOf { id } } } } } } } } }';
    const { body } = await post(app, { query: deep });
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors?.[0].message).toBe('the query is 9 levels deep; the limit is 8');
    const shallow = await post(app, { query: '{ actors { edges { node { memberOf { id } } } } }' });
    expect(shallow.body.errors).toBeUndefined();
  });

  it('refuses a query whose pages multiply past the cost limit (3000 here) with QUERY_TOO_COMPLEX', async () => {
    // id 1, source 1+1, evidence 1+2, positions 1+3, node 1+4, edges 1+5, actors(first: 500) 1+6×500 = 3001.
    const costly = '{ actors(first: 500) { edges { node { positions { evidence { source { id } } } } } } }';
    const { body } = await post(app, { query: costly });
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const cheap = await post(app, { query: '{ actors(first: 10) { edges { node { positions { id } } } } }' });
    expect(cheap.body.errors).toBeUndefined();
  });

  it('refuses batched operations and bodies over the size limit', async () => {
    const batch = await post(app, [{ query: '{ issues { id } }' }, { query: '{ issues { id } }' }]);
    expect(batch.status).toBe(400);
    expect(JSON.stringify(batch.body)).toMatch(/batch/i);
    const huge = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ issues { id } }', variables: { padding: 'x'.repeat(30_000) } }),
    });
    expect(huge.status).toBe(413);
  });

  it('answers a body that is not JSON, or not an object, with 400 BAD_REQUEST in GraphQL shape', async () => {
    for (const body of ['{"query": "{ issues { id } }"', '"{ issues { id } }"']) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(answer.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('keeps CSRF prevention on: a simple GET query without a preflight header is refused', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ issues { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('rate-limits per key or address (40 a minute here) with TOO_MANY_REQUESTS and Retry-After', async () => {
    const codes: (string | undefined)[] = [];
    let retryAfter: string | null = null;
    // Two different root fields: the limit counts the client's requests, whatever they ask.
    for (let i = 0; i < 45; i += 1) {
      const { body, retryAfter: header } = await post(app, {
        query: i % 2 ? '{ issues { id } }' : '{ actors(first: 1) { totalCount } }',
      });
      codes.push(body.errors?.[0].extensions?.code);
      retryAfter ??= header;
    }
    expect(codes.slice(0, 30).every((code) => code === undefined)).toBe(true);
    expect(codes).toContain('TOO_MANY_REQUESTS');
    // Seconds until one more request would pass: within the next two minutes.
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(120);
  });
});
