import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { Role } from '../../src/auth/roles';
import { TestApp } from '../support/test-app';

const root = path.resolve(__dirname, '../..');

describe('API keys and roles on the real database', () => {
  let app: TestApp;
  let keys: ApiKeysService;

  beforeAll(async () => {
    app = await TestApp.start();
    keys = app.app.get(ApiKeysService);
  });
  beforeEach(() => app.reset());
  afterAll(async () => {
    await app.reset();
    await app.stop();
  });

  async function as(secret: string | undefined, query: string) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
  }
  const CREATE = 'mutation { createActor(input: { id: "x", name: "X", kind: STATE }) { id } }';

  it('runs open while no key exists', async () => {
    expect(await keys.isOpen()).toBe(true);
    expect((await as(undefined, CREATE)).errors).toBeUndefined();
  });

  it('once a key exists: no key is UNAUTHENTICATED, a reader may read but not write, an editor may write', async () => {
    const reader = await keys.create('dashboard', Role.READER);
    const editor = await keys.create('analyst', Role.EDITOR);
    expect(reader.secret).toMatch(/^fl_[\w-]{43}$/);

    expect((await as(undefined, '{ issues { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await as('fl_wrong', '{ issues { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await as(reader.secret, '{ issues { id } }')).errors).toBeUndefined();

    const before = await app.counts();
    expect((await as(reader.secret, CREATE)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await as(undefined, CREATE)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await app.counts()).toEqual(before);

    expect((await as(editor.secret, CREATE)).errors).toBeUndefined();
  });

  it('refuses a revoked key, and stores only a hash of the secret', async () => {
    const { secret } = await keys.create('temporary', Role.EDITOR);
    await keys.create('keeper', Role.ADMIN); // keeps the server closed once "temporary" is revoked
    const stored = await app.db.driver.executeQuery('MATCH (k:ApiKey) RETURN collect(properties(k)) AS keys');
    expect(JSON.stringify(stored.records[0].get('keys'))).not.toContain(secret);
    await keys.revoke('temporary');
    const listed = await keys.list();
    expect(listed.map((key) => [key.name, key.role, key.revokedAt !== null])).toEqual(
      expect.arrayContaining([
        ['temporary', 'EDITOR', true],
        ['keeper', 'ADMIN', false],
      ]),
    );
    expect((await as(secret, '{ issues { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps /health and the IDE files public', async () => {
    await keys.create('someone', Role.READER);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    expect((await fetch(`${app.url}/graphiql/graphiql.css`)).status).toBe(200);
  });

  it('npm run keys creates a key whose secret is printed once', async () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'dist/cli/keys.js'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    const created = run('create', '--role', 'editor', '--name', 'ci-bot');
    expect(created.status).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^fl_/);
    expect(created.stderr).toContain('shown only now');
    expect((await as(secret, CREATE)).errors).toBeUndefined();
    const listed = run('list');
    expect(listed.stdout).toMatch(/ci-bot\tEDITOR\tfl_.{4}…/);
    expect(listed.stdout).not.toContain(secret);
    const bad = run('create', '--role', 'emperor', '--name', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('give --role reader, editor or admin');
  });
});
