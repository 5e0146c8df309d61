import { ApiKeysService } from '../../src/auth/api-keys.service';
import { Role } from '../../src/auth/roles';
import { cypher } from '../../src/database/cypher-registry';
import { foundationDataset } from '../fixtures/foundation-dataset';
import { TestApp } from '../support/test-app';

interface ChangeEntry {
  by: string;
  operation: string;
  touched: string[];
  touchedCount: number;
  requestId: string | null;
}
const CHANGES = `query($actor: ID, $issue: ID, $since: DateTime) { changes(actor: $actor, issue: $issue, since: $since) {
  by operation touched touchedCount requestId } }`;

describe('the audit trail of writes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  beforeEach(() => app.reset());
  afterAll(async () => {
    await app.reset();
    await app.stop();
  });

  const changes = async (variables: Record<string, unknown> = {}) =>
    (await app.data<{ changes: ChangeEntry[] }>(CHANGES, variables)).changes;

  it('records each write in its own transaction: who, which operation, which nodes', async () => {
    const imported = await app.gql(
      'mutation($d: JSONObject!) { importDataset(input: { dataset: $d }) { datasetId } }',
      {
        d: foundationDataset(),
      },
    );
    expect(imported.errors).toBeUndefined();
    await app.data(
      'mutation { recordPosition(input: { id: "beta-border-2", holder: "beta", issue: "border", value: 20, salience: 0.7 }) { id } }',
    );
    const [latest, first] = await changes();
    expect(latest).toMatchObject({ by: 'local (no keys)', operation: 'recordPosition', touchedCount: 3 });
    expect(latest.touched.sort()).toEqual(['beta', 'beta-border-2', 'border']);
    // The import touched the dataset and all 14 entities of the file.
    expect(first).toMatchObject({ operation: 'importDataset', touchedCount: 15 });
    expect((await changes({ actor: 'beta' })).map((c) => c.operation)).toEqual([
      'recordPosition',
      'importDataset',
    ]);
    expect(
      await changes({ issue: 'guarantees', since: new Date(Date.now() + 60_000).toISOString() }),
    ).toEqual([]);
  });

  it('names the API key, and records nothing for a refused write', async () => {
    const { secret } = await app.app.get(ApiKeysService).create('analyst', Role.EDITOR);
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query: 'mutation { createActor(input: { id: "gamma", name: "Gamma", kind: STATE }) { id } }',
      }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const refused = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query: 'mutation { createActor(input: { id: "gamma", name: "Again", kind: STATE }) { id } }',
      }),
    });
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('CONFLICT');
    const read = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: CHANGES }),
    });
    const { data } = (await read.json()) as { data: { changes: ChangeEntry[] } };
    expect(data.changes).toEqual([
      { by: 'analyst', operation: 'createActor', touched: ['gamma'], touchedCount: 1, requestId },
    ]);
  });

  it('takes an audit trail in over GraphQL from an ADMIN only; an EDITOR is refused and nothing is written', async () => {
    const keys = app.app.get(ApiKeysService);
    const editor = (await keys.create('editor', Role.EDITOR)).secret;
    const admin = (await keys.create('admin', Role.ADMIN)).secret;
    const carried = {
      ...foundationDataset(),
      changes: [
        {
          id: 'elsewhere-1',
          at: '2025-12-01T09:30:00.250Z',
          by: 'coder at another desk',
          operation: 'recordPosition',
          touched: ['alpha'],
          touchedCount: 1,
        },
      ],
    };
    const importAs = async (secret: string) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query:
            'mutation($d: JSONObject!) { importDataset(input: { dataset: $d }) { created { changes } } }',
          variables: { d: carried },
        }),
      });
      return (await response.json()) as {
        data?: { importDataset: { created: { changes: number } } };
        errors?: { message: string; extensions: { code: string } }[];
      };
    };
    const before = await app.counts();
    const refused = await importAs(editor);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toContain('importing an audit trail (changes) needs ADMIN');
    expect(await app.counts()).toEqual(before);

    const accepted = await importAs(admin);
    expect(accepted.data?.importDataset.created.changes).toBe(1);
    const [kept] = (
      await app.db.read(cypher().audit.listChanges, {
        since: null,
        actor: 'alpha',
        issue: null,
        limit: 10,
      })
    ).filter((row) => (row.change as { id: string }).id === 'elsewhere-1');
    expect(kept.change).toMatchObject({ by: 'coder at another desk', operation: 'recordPosition' });
    expect((kept.change as { at: Date }).at.toISOString()).toBe('2025-12-01T09:30:00.250Z');
  });
});
