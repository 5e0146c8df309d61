import { FaultlineDataset } from '../../src/datasets/dataset.types';
import { validateDataset } from '../../src/datasets/validate-dataset';
import { importDataset } from '../support/import';
import { TestApp } from '../support/test-app';
import {
  fetchExport,
  importOverGraphql,
  seedDataset,
  seedWithHistory,
  trail,
  trickyDataset,
} from './interop-support';

describe('JSON export (GET /export/json) on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  beforeEach(() => app.reset());
  afterAll(() => app.stop());

  it('writes a valid faultline/1 file that imports and exports again to the identical file', async () => {
    await importDataset(app, seedDataset());
    await importDataset(app, trickyDataset());
    const first = await fetchExport(app, 'json');
    expect(first.status).toBe(200);
    expect(first.type).toContain('application/json');
    expect(first.disposition).toContain('faultline-export.json');
    const dataset = JSON.parse(first.body) as Record<string, unknown[]>;
    expect(first.body).toBe(`${JSON.stringify(dataset, null, 2)}\n`);
    expect(validateDataset(dataset)).toEqual({ ok: true, dataset });
    const seed = seedDataset();
    expect(dataset.positions).toHaveLength(seed.positions!.length + trickyDataset().positions!.length);
    expect(dataset.relations).toHaveLength(seed.relations!.length + trickyDataset().relations!.length);
    const ids = (dataset.positions as { id: string }[]).map((position) => position.id);
    expect(ids).toEqual([...ids].sort());

    await app.reset();
    await importDataset(app, dataset);
    const second = await fetchExport(app, 'json');
    expect(second.body).toBe(first.body);
  });

  it('keeps every field of a position, its evidence and the seed’s red line', async () => {
    await importDataset(app, seedDataset());
    const dataset = JSON.parse((await fetchExport(app, 'json')).body) as ReturnType<typeof seedDataset>;
    expect(dataset.dataset.id).toBe('ukraine-talks-2025');
    const russia = dataset.positions!.find((position) => position.id === 'pos-russia-contested-regions')!;
    const original = seedDataset().positions!.find((position) => position.id === russia.id)!;
    expect(russia).toMatchObject({
      holder: 'russia',
      issue: 'territory-contested-regions',
      value: 95,
      acceptableMin: 80,
      acceptableMax: 100,
      redLine: true,
      validFrom: '2025-11-24T00:00:00Z',
      codingNote: original.codingNote,
    });
    expect(russia.evidence).toEqual(
      [...original.evidence].sort((a, b) => (a.source + a.quote < b.source + b.quote ? -1 : 1)),
    );
    expect(russia).not.toHaveProperty('validTo');
  });

  it('filters by asOf, issues (with their broader issues) and actors, and stays valid', async () => {
    await importDataset(app, seedDataset());
    const early = JSON.parse((await fetchExport(app, 'json', { asOf: '2025-11-30' })).body) as ReturnType<
      typeof seedDataset
    >;
    const expected = seedDataset().positions!.filter((position) => position.validFrom <= '2025-11-30');
    expect(early.positions!.map((position) => position.id).sort()).toEqual(expected.map((p) => p.id).sort());

    const territory = JSON.parse(
      (await fetchExport(app, 'json', { issues: 'territory-contested-regions', actors: 'russia,ukraine' }))
        .body,
    ) as ReturnType<typeof seedDataset>;
    expect(validateDataset(territory).ok).toBe(true);
    expect(territory.issues!.map((issue) => issue.id)).toEqual(['territory', 'territory-contested-regions']);
    expect(territory.actors!.map((actor) => actor.id)).toEqual(['russia', 'ukraine']);
    expect(territory.positions!.map((position) => position.id)).toEqual([
      'pos-russia-contested-regions',
      'pos-ukraine-contested-regions',
    ]);
    expect(territory.relations!.every((relation) => relation.type !== 'REPRESENTS')).toBe(true);
    expect(
      territory.relations!.some((relation) => relation.type === 'REACTED_TO' && relation.from === 'russia'),
    ).toBe(true);
  });

  it('refuses unknown formats, bad dates and unknown ids with 400 or 404 and a message', async () => {
    await importDataset(app, seedDataset());
    const format = await fetchExport(app, 'xlsx');
    expect(format.status).toBe(400);
    expect(JSON.parse(format.body)).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'format' } });
    expect(format.body).toContain('json, cypher, graphml, gexf, csv, statements');
    const date = await fetchExport(app, 'json', { asOf: 'last tuesday' });
    expect(date.status).toBe(400);
    expect(JSON.parse(date.body)).toMatchObject({ error: { field: 'asOf' } });
    const table = await fetchExport(app, 'csv', { table: 'people' });
    expect(table.status).toBe(400);
    const issue = await fetchExport(app, 'json', { issues: 'territory,atlantis' });
    expect(issue.status).toBe(404);
    expect(JSON.parse(issue.body)).toMatchObject({ error: { code: 'NOT_FOUND', field: 'issues[1]' } });
    const actor = await fetchExport(app, 'json', { actors: 'narnia' });
    expect(JSON.parse(actor.body)).toMatchObject({ error: { code: 'NOT_FOUND', field: 'actors[0]' } });
  });

  it('carries the audit trail with changes=true; an import keeps it as it was and adds its own entry', async () => {
    await seedWithHistory(app);
    const plain = (await fetchExport(app, 'json')).body;
    const first = (await fetchExport(app, 'json', { changes: 'true' })).body;
    const carried = JSON.parse(first) as FaultlineDataset;
    expect(first).toBe(`${JSON.stringify(carried, null, 2)}\n`);
    expect(validateDataset(carried).ok).toBe(true);
    // Without the option, the same file without the trail.
    expect(plain).toBe(`${JSON.stringify({ ...carried, changes: undefined }, null, 2)}\n`);
    const recorded = await trail(app);
    expect(carried.changes!.map((change) => change.id)).toEqual(
      recorded.map((change) => change.id).reverse(),
    );
    const [imported, created] = carried.changes!;
    // 44 entities of the seed and its dataset id (see seedWithHistory).
    expect(imported).toMatchObject({ by: 'local (no keys)', operation: 'importDataset', touchedCount: 45 });
    expect(created).toEqual({
      id: recorded[0].id,
      at: created.at,
      by: 'local (no keys)',
      operation: 'createActor',
      requestId: recorded[0].requestId,
      touched: ['observer'],
      touchedCount: 1,
    });
    expect(Math.floor(Date.parse(created.at))).toBe(Date.parse(recorded[0].at));

    await app.reset();
    const report = await importOverGraphql(app, carried);
    expect(report).toMatchObject({ created: { changes: 2, actors: 10 }, unchanged: { changes: 0 } });
    const second = JSON.parse((await fetchExport(app, 'json', { changes: 'true' })).body) as FaultlineDataset;
    const own = second.changes![2];
    expect(own).toMatchObject({ operation: 'importDataset', touchedCount: 46 });
    expect(`${JSON.stringify({ ...second, changes: second.changes!.slice(0, 2) }, null, 2)}\n`).toBe(first);
    // Entries brought in name the import that brought them; the import's own entry names none.
    expect((await trail(app)).map((change) => [change.id, change.importedIn])).toEqual([
      [own.id, null],
      [created.id, own.id],
      [imported.id, own.id],
    ]);
    const again = await importOverGraphql(app, carried);
    expect(again).toMatchObject({ created: { changes: 0 }, unchanged: { changes: 2 } });
  });

  it('carries only the entries that touched the exported issues or actors', async () => {
    await seedWithHistory(app);
    const only = async (query: Record<string, string>) =>
      (
        JSON.parse((await fetchExport(app, 'json', { ...query, changes: 'true' })).body) as FaultlineDataset
      ).changes!.map((change) => change.operation);
    expect(await only({ actors: 'observer' })).toEqual(['createActor']);
    expect(await only({ issues: 'territory' })).toEqual(['importDataset']);
    expect(await only({ asOf: '2025-01-01' })).toEqual([]);
    const graphml = await fetchExport(app, 'graphml', { changes: 'true' });
    expect(graphml.status).toBe(400);
    expect(JSON.parse(graphml.body)).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'changes' } });
    const unclear = await fetchExport(app, 'json', { changes: 'yes' });
    expect(JSON.parse(unclear.body)).toMatchObject({ error: { field: 'changes' } });
  });

  it('exports an empty graph as an empty, valid dataset', async () => {
    const empty = JSON.parse((await fetchExport(app, 'json')).body) as Record<string, unknown>;
    expect(empty).toMatchObject({
      format: 'faultline/1',
      dataset: { id: 'faultline-export' },
      positions: [],
    });
    expect(validateDataset(empty).ok).toBe(true);
  });
});
