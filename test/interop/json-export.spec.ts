import { validateDataset } from '../../src/datasets/validate-dataset';
import { importDataset } from '../support/import';
import { TestApp } from '../support/test-app';
import { fetchExport, seedDataset, trickyDataset } from './interop-support';

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
