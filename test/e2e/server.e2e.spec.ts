import fs from 'node:fs';
import path from 'node:path';
import { readMigrationFiles } from '../../src/database/schema-migrations';
import { TestApp } from '../support/test-app';

describe('the HTTP server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('GET /health reports the server, the database and the schema version', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    const files = readMigrationFiles();
    expect(await response.json()).toMatchObject({
      status: 'ok',
      server: 'up',
      database: 'up',
      schemaVersion: files[files.length - 1].id,
    });
  });

  it('serves a GraphQL IDE that loads nothing from the internet', async () => {
    const page = await (await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('GraphiQL');
    const external = [...page.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((match) => match[1])
      .filter((url) => !url.startsWith('/'));
    expect(external).toEqual([]);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const response = await fetch(`${app.url}/graphiql/${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
    expect((await fetch(`${app.url}/graphiql/..%2Fpackage.json`)).status).toBe(404);
  });

  it('tags each response with a request id, echoing the client’s', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: '{ issues { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    // Nothing hashed for a validator no client revalidates, and no framework advertised.
    expect([response.headers.get('etag'), response.headers.get('x-powered-by')]).toEqual([null, null]);
    const body = (await response.json()) as { extensions?: Record<string, unknown> };
    expect(body.extensions).toMatchObject({ requestId: 'trace-123' });
  });

  it('matches the committed schema.gql (`FAULTLINE_UPDATE_SCHEMA=1 npm test` rewrites it)', () => {
    const generated = fs.readFileSync(process.env.FAULTLINE_SCHEMA_FILE!, 'utf8');
    const committedFile = path.resolve(__dirname, '../../schema.gql');
    if (process.env.FAULTLINE_UPDATE_SCHEMA === '1') fs.writeFileSync(committedFile, generated);
    const committed = fs.readFileSync(committedFile, 'utf8');
    expect(generated).toContain('recordPosition(input: RecordPositionInput!): Position!');
    expect(committed).toBe(generated);
  });
});
