import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { syntheticDataset } from '../../src/datasets/synthetic-dataset';
import { suiteApp } from '../support/suite-app';

const root = path.resolve(__dirname, '../..');
const PORT = Number(process.env.LIFECYCLE_TEST_PORT ?? 4391);
const url = `http://127.0.0.1:${PORT}`;

function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, 'dist/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), FAULTLINE_SEED: 'none', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  return new Promise((resolve, reject) => {
    const poll = async (tries: number): Promise<void> => {
      if (server.exitCode !== null) return reject(new Error(`server exited with ${server.exitCode}`));
      try {
        if ((await fetch(`${url}/health`)).ok) return resolve(server);
      } catch {
        // not listening yet
      }
      if (tries === 0) return reject(new Error('server did not start'));
      setTimeout(() => void poll(tries - 1), 250);
    };
    void poll(240);
  });
}

describe('the built server process (SIGTERM)', () => {
  const suite = suiteApp();

  /** Whether a transaction other than this check runs in the database. */
  async function importRunning(): Promise<boolean> {
    const { records } = await suite().db.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS running",
    );
    return Number(records[0].get('running')) > 0;
  }

  it('finishes in-flight requests, refuses new ones, then exits 0', async () => {
    const server = await startServer();
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const dataset = syntheticDataset({ actors: 300, issues: 30, positions: 3000 });
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($d: JSONObject!) { importDataset(input: { dataset: $d }) { created { positions } } }',
        variables: { d: dataset },
      }),
    });
    // SIGTERM once the import is running in the database (a fixed delay is not enough on a busy machine).
    let finished = false;
    void inFlight.finally(() => (finished = true));
    while (!(await importRunning())) {
      if (finished) throw new Error('the import finished before it was seen running: make it larger');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { importDataset: { created: { positions: number } } } };
    expect(body.data.importDataset.created.positions).toBe(dataset.positions!.length);
    expect(await exited).toBe(0);
  }, 120_000);
});
