import { ScratchNeo4j } from '../support/scratch-neo4j';
import { TestApp } from '../support/test-app';

/**
 * Neo4j stops while the server runs: requests fail fast with UNAVAILABLE, /health says the
 * database is down, and once Neo4j is back the same server answers again without a restart.
 */
describe('database outage and recovery (real Neo4j, stopped and restarted)', () => {
  const neo4j = new ScratchNeo4j('outage', Number(process.env.NEO4J_OUTAGE_PORT ?? 7694));
  let app: TestApp;

  beforeAll(async () => {
    neo4j.wipe();
    await neo4j.start();
    app = await TestApp.start({ NEO4J_URI: neo4j.uri, NEO4J_ACQUISITION_TIMEOUT_MS: '2000' });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await neo4j.stop();
  });

  it('answers UNAVAILABLE quickly while down, and serves again once Neo4j is back', async () => {
    await app.data('mutation { createActor(input: { id: "before", name: "Before", kind: STATE }) { id } }');
    await neo4j.stop();

    const started = Date.now();
    const down = await app.gql('{ actor(id: "before") { id } }');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
    expect(down.errors?.[0].message).toMatch(/database is unavailable/);
    expect(JSON.stringify(down)).not.toMatch(/at .*\.(ts|js):\d+/);

    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ server: 'up', database: 'down' });

    await neo4j.start();
    let answer = await app.gql<{ actor: { id: string } | null }>('{ actor(id: "before") { id } }');
    for (let tries = 0; answer.errors && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await app.gql('{ actor(id: "before") { id } }');
    }
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.actor).toEqual({ id: 'before' });
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  }, 180_000);
});
