import { cypherLiteral, cypherString } from '../../src/interop/cypher-literal';
import { importDataset } from '../support/import';
import { TestApp } from '../support/test-app';
import { fetchExport, seedDataset, seedWithHistory, TRICKY, trickyDataset } from './interop-support';

/** The script's statements: comment lines dropped, split at each ';' that ends a line. */
function statements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Runs each statement of a script without parameters: one that still needed one would fail. */
async function runScript(app: TestApp, script: string): Promise<void> {
  const session = app.db.driver.session();
  try {
    for (const statement of statements(script)) await session.run(statement);
  } finally {
    await session.close();
  }
}

describe('Cypher export (GET /export/cypher) on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  beforeEach(() => app.reset());
  afterAll(() => app.stop());

  it('recreates the graph statement by statement: export, wipe, run, export again gives the same JSON', async () => {
    await importDataset(app, seedDataset());
    await importDataset(app, trickyDataset());
    const before = (await fetchExport(app, 'json')).body;
    const script = await fetchExport(app, 'cypher');
    expect(script.status).toBe(200);
    expect(script.body).toContain('UNWIND [');
    // The dataset's record is written once, not once per property read from it.
    expect(script.body.split(cypherString(seedDataset().dataset.description!)).length - 1).toBe(1);

    await app.reset();
    expect(JSON.parse((await fetchExport(app, 'json')).body)).toMatchObject({ actors: [], positions: [] });
    await runScript(app, script.body);
    expect((await fetchExport(app, 'json')).body).toBe(before);
  });

  it('carries the audit trail with changes=true: the script recreates each entry as it was', async () => {
    await seedWithHistory(app);
    const before = (await fetchExport(app, 'json', { changes: 'true' })).body;
    expect(JSON.parse(before)).toMatchObject({ changes: [{}, {}] });
    const script = (await fetchExport(app, 'cypher', { changes: 'true' })).body;
    expect((await fetchExport(app, 'cypher')).body).not.toContain('MERGE (c:Change');
    expect(script).toContain('MERGE (c:Change');
    await app.reset();
    await runScript(app, script);
    expect((await fetchExport(app, 'json', { changes: 'true' })).body).toBe(before);
  });

  it('writes strings as escaped literals that read back unchanged', async () => {
    const session = app.db.driver.session();
    try {
      // (A lone surrogate cannot travel over Bolt, which is UTF-8, so it is not among them.)
      const samples = [TRICKY, '', "'", '\\', '\u0000\u0007\u001f\u007f\u2028', '😀 “x” é'];
      for (const text of samples) {
        const result = await session.run(`RETURN ${cypherString(text)} AS text`);
        expect(result.records[0].get('text')).toBe(text);
      }
      const value = { a: [1, 2.5, -3e-7, true, null], 'odd key': { nested: 'x' } };
      const result = await session.run(`RETURN ${cypherLiteral(value)} AS value`);
      expect(result.records[0].get('value').a[1]).toBe(2.5);
      expect(result.records[0].get('value')['odd key']).toEqual({ nested: 'x' });
    } finally {
      await session.close();
    }
  });
});
