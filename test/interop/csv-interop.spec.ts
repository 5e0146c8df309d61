import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../../src/common/domain-error';
import { FaultlineDataset } from '../../src/datasets/dataset.types';
import { syntheticDataset } from '../../src/datasets/synthetic-dataset';
import { loadCsvDataset } from '../../src/interop/csv-dataset';
import { CSV_TABLE_SPECS } from '../../src/interop/csv-tables';
import { CsvImportService } from '../../src/interop/csv-import.service';
import { csvFolderTables } from '../../src/interop/export.service';
import { importDataset } from '../support/import';
import { TestApp } from '../support/test-app';
import { fetchExport, seedDataset, seedWithHistory, TRICKY, trickyDataset } from './interop-support';

/** Every table fetched from GET /export/csv?table=… into a fresh folder (changes.csv when asked). */
async function exportFolder(app: TestApp, changes = false): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-csv-'));
  for (const table of csvFolderTables({ changes })) {
    const response = await fetchExport(app, 'csv', { table });
    expect(response.status).toBe(200);
    fs.writeFileSync(path.join(folder, CSV_TABLE_SPECS[table].file), response.body);
  }
  return folder;
}

function problemsOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('CSV tables and statements: export and import on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  beforeEach(() => app.reset());
  afterAll(() => app.stop());

  it('writes tidy RFC 4180 tables with the documented columns, one row per position and evidence', async () => {
    await importDataset(app, seedDataset());
    await importDataset(app, trickyDataset());
    const response = await fetchExport(app, 'csv', { table: 'positions' });
    expect(response.type).toContain('text/csv');
    expect(response.body.split('\r\n')[0]).toBe(
      CSV_TABLE_SPECS.positions.columns.map((c) => c.column).join(','),
    );
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    const all = [...seedDataset().positions!, ...trickyDataset().positions!];
    expect(rows).toHaveLength(all.reduce((sum, position) => sum + position.evidence.length, 0));
    expect(new Set(rows.map((row) => row.id)).size).toBe(all.length);
    const tricky = rows.find((row) => row.id === 'pos-a-leaf-1' && row.evidence_source === 's-one')!;
    expect(tricky).toMatchObject({
      evidence_quote: TRICKY,
      statement: TRICKY,
      red_line: 'true',
      valid_to: '2025-02-01T00:00:00Z',
    });
    const russia = rows.filter((row) => row.id === 'pos-russia-contested-regions');
    expect(russia).toHaveLength(3);
    expect(russia[0]).toMatchObject({
      holder: 'russia',
      holder_name: 'Russia',
      value: '95',
      acceptable_min: '80',
    });
  });

  it('imports its own export back: export JSON, CSV round trip, export JSON gives the same file', async () => {
    await importDataset(app, seedDataset());
    await importDataset(app, trickyDataset());
    const before = (await fetchExport(app, 'json')).body;
    const folder = await exportFolder(app);
    await app.reset();
    const service = app.app.get(CsvImportService);
    const steps: string[] = [];
    const report = await service.import(folder, (step) => steps.push(step));
    expect(report.created.positions).toBe(
      seedDataset().positions!.length + trickyDataset().positions!.length,
    );
    expect(steps).toContain('positions');
    const afterJson = (await fetchExport(app, 'json')).body;
    const strip = (text: string) => {
      const dataset = JSON.parse(text) as Record<string, unknown>;
      return { ...dataset, dataset: null };
    };
    // Two datasets were imported before, one (the combined export) after: all else is equal.
    expect(strip(afterJson)).toEqual(strip(before));
    const again = await service.import(folder);
    expect(again.created).toMatchObject({ actors: 0, positions: 0 });
    expect(again.unchanged.positions).toBe(report.created.positions);
  });

  it('carries the audit trail as changes.csv when asked, and imports it back', async () => {
    await seedWithHistory(app);
    const before = JSON.parse((await fetchExport(app, 'json', { changes: 'true' })).body) as FaultlineDataset;
    const folder = await exportFolder(app, true);
    const table = parse(fs.readFileSync(path.join(folder, 'changes.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(table.map((row) => [row.operation, row.touched_count])).toEqual([
      ['importDataset', '45'],
      ['createActor', '1'],
    ]);
    expect(table[1]).toMatchObject({ touched: 'observer', at: before.changes![1].at });
    await app.reset();
    const report = await app.app.get(CsvImportService).import(folder);
    expect(report).toMatchObject({ created: { changes: 2 }, unchanged: { changes: 0 } });
    const after = JSON.parse((await fetchExport(app, 'json', { changes: 'true' })).body) as FaultlineDataset;
    expect(after.changes!.slice(0, 2)).toEqual(before.changes);
    expect(after.changes).toHaveLength(3);
  });

  it('writes the disagreement network as it answers over GraphQL (edges, communities, degrees), page by page past 10,000 edges', async () => {
    // 150 actors on 2 issues: every pair shares one, so 150 · 149 / 2 = 11,175 edges, two pages.
    await importDataset(app, syntheticDataset({ actors: 150, issues: 2, positions: 600 }));
    const asOf = '2026-01-01T00:00:00.000Z';
    const { disagreementNetwork: network } = await app.data<{
      disagreementNetwork: {
        actorCount: number;
        nodes: { id: string; community: number; degree: number }[];
        edges: { source: string; target: string; divergence: number }[];
      };
    }>(
      `query($asOf: DateTime) { disagreementNetwork(asOf: $asOf, betweenness: false) {
        actorCount nodes { id community degree } edges { source target divergence } } }`,
      { asOf },
    );
    const edges = parse((await fetchExport(app, 'csv', { table: 'network-edges', asOf })).body, {
      columns: true,
    }) as Record<string, string>[];
    const nodes = parse((await fetchExport(app, 'csv', { table: 'network-nodes', asOf })).body, {
      columns: true,
    }) as Record<string, string>[];
    expect(edges).toHaveLength(11_175);
    expect(network.edges).toHaveLength(11_175);
    expect(nodes).toHaveLength(network.actorCount);
    const byPair = new Map(network.edges.map((edge) => [`${edge.source}|${edge.target}`, edge.divergence]));
    for (const edge of [edges[0], edges[9_999], edges[10_000], edges[11_174]]) {
      expect(Number(edge.divergence)).toBeCloseTo(byPair.get(`${edge.source}|${edge.target}`)!, 12);
      expect(edge.as_of).toBe(asOf);
    }
    expect(new Set(edges.map((edge) => `${edge.source}|${edge.target}`)).size).toBe(11_175);
    const byNode = (rows: { id: string; community: number | string; degree: number | string }[]) =>
      Object.fromEntries(rows.map((node) => [node.id, `${node.community} ${node.degree}`]));
    expect(byNode(nodes as unknown as { id: string; community: string; degree: string }[])).toEqual(
      byNode(network.nodes),
    );
  });

  it('writes statements for discourse-network tools: one per position and quote', async () => {
    await importDataset(app, seedDataset());
    const response = await fetchExport(app, 'statements');
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      'position',
      'date',
      'actor',
      'actor_name',
      'concept',
      'concept_name',
      'qualifier',
      'salience',
      'red_line',
      'text',
      'source',
    ]);
    const seed = seedDataset();
    expect(rows).toHaveLength(seed.positions!.reduce((sum, p) => sum + p.evidence.length, 0));
    const russia = rows.filter((row) => row.position === 'pos-russia-contested-regions');
    const quotes = seed.positions!.find((p) => p.id === 'pos-russia-contested-regions')!.evidence;
    expect(russia.map((row) => row.text).sort()).toEqual(quotes.map((e) => e.quote).sort());
    expect(russia[0]).toMatchObject({
      actor: 'russia',
      concept: 'territory-contested-regions',
      qualifier: '95',
      date: '2025-11-24T00:00:00Z',
    });
  });

  it('reports every problem of a CSV folder with file, row and column, and writes nothing', async () => {
    await importDataset(app, trickyDataset());
    const folder = await exportFolder(app);
    await app.reset();
    const positions = path.join(folder, 'positions.csv');
    const original = fs.readFileSync(positions, 'utf8');
    const table = parse(original) as string[][];
    const column = (name: string) => table[0].indexOf(name);
    table[1][column('valid_from')] = '2025-13-45';
    table[2][column('value')] = '42';
    table[3][column('salience')] = 'high';
    fs.writeFileSync(positions, stringify(table));
    const problems = problemsOf(() => loadCsvDataset(folder));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^positions\.csv row 2, column valid_from: /),
        expect.stringMatching(
          /^positions\.csv row 3, column valid_from: differs from row 2 of the same position/,
        ),
        expect.stringMatching(/^positions\.csv row 3, column value: differs from row 2 of the same position/),
        expect.stringMatching(/^positions\.csv row 4, column salience: must be number/),
      ]),
    );

    fs.writeFileSync(positions, original.replace('evidence_quote', 'quote_of_evidence'));
    expect(problemsOf(() => loadCsvDataset(folder))).toEqual([
      expect.stringMatching(/^positions\.csv row 1, column quote_of_evidence: unknown column/),
      'positions.csv row 1, column evidence_quote: missing column: the header must name it',
    ]);
    fs.writeFileSync(positions, `${original}x,"unclosed\r\n`);
    expect(problemsOf(() => loadCsvDataset(folder))).toEqual([
      expect.stringMatching(/^positions\.csv row \d+, column holder: is not valid CSV/),
    ]);
    fs.rmSync(positions);
    expect(problemsOf(() => loadCsvDataset(folder))).toEqual([
      'positions.csv: is missing: a CSV import needs positions.csv',
    ]);
    expect(JSON.parse((await fetchExport(app, 'json')).body)).toMatchObject({ actors: [], positions: [] });
  });

  it('reads cells as the format expects: empty is absent, lists split at semicolons', async () => {
    await importDataset(app, trickyDataset());
    const folder = await exportFolder(app);
    const dataset = loadCsvDataset(folder);
    const one = dataset.actors!.find((actor) => actor.id === 'a-one')!;
    expect(one.aliases).toEqual(['Uno', 'Eins "1"']);
    const two = dataset.actors!.find((actor) => actor.id === 'a-two')!;
    expect(two).not.toHaveProperty('description');
    const position = dataset.positions!.find((p) => p.id === 'pos-a-leaf-1')!;
    expect(position.evidence).toHaveLength(2);
    expect(position).toMatchObject({ value: 70, redLine: true, acceptableMin: 60 });
    expect(dataset.dataset).toMatchObject({ id: 'tricky', createdAt: '2025-01-02T03:04:05Z' });
  });
});
