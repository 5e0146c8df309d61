import fs from 'node:fs';
import path from 'node:path';
import { DatasetsService } from '../../src/datasets/datasets.service';
import { evidenceConfidence, pairDivergence, PositionPoint } from '../../src/divergence/math';
import { TestApp } from '../support/test-app';
import { documentedParameters, supplement } from './examples-support';
import { root, seedDataset } from './interop-support';

const EXAMPLES = path.join(root, 'cypher', 'examples');
type Row = Record<string, unknown>;

describe('cypher/examples: the documented queries on the seed', () => {
  let app: TestApp;
  const seed = seedDataset();
  const files = fs
    .readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.cypher'))
    .sort();

  async function runExample(name: string, overrides: Record<string, unknown> = {}): Promise<Row[]> {
    const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
    const session = app.db.driver.session();
    try {
      const result = await session.run(text, { ...documentedParameters(text), ...overrides });
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    app = await TestApp.start();
    await app.reset();
    await app.app.get(DatasetsService).import(seed);
  });
  afterAll(() => app.stop());

  it('has at least ten examples, each saying what it answers, its parameters and its rows', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const name of files) {
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      const header = text.split('\n').filter((line) => line.startsWith('//'));
      expect({ name, header: header.length >= 3, rows: /^\/\/ Rows: /m.test(text) }).toEqual({
        name,
        header: true,
        rows: true,
      });
      const used = new Set([...text.matchAll(/\$(\w+)/g)].map((match) => match[1]));
      expect({ name, params: Object.keys(documentedParameters(text)).sort() }).toEqual({
        name,
        params: [...used].sort(),
      });
    }
  });

  it('01 red lines on territory: Russia on the contested regions, with its quotes', async () => {
    const rows = await runExample('01-red-lines-on-territory.cypher');
    expect(rows).toEqual([
      expect.objectContaining({
        holderId: 'russia',
        issue: 'territory-contested-regions',
        value: 95,
        acceptableMin: 80,
        acceptableMax: 100,
      }),
    ]);
    const quotes = seed
      .positions!.find((p) => p.id === 'pos-russia-contested-regions')!
      .evidence.map((e) => e.quote);
    expect(rows[0].quotes).toHaveLength(quotes.length);
    for (const quote of quotes)
      expect((rows[0].quotes as string[]).some((line) => line.endsWith(quote))).toBe(true);
  });

  it('02 non-overlapping ranges on the contested regions: Russia against Ukraine and the EU', async () => {
    const rows = await runExample('02-non-overlapping-ranges.cypher');
    expect(rows.map((row) => [row.a, row.b, row.gap, row.redLineConflict])).toEqual([
      ['ukraine', 'russia', 40, true],
      ['european-union', 'russia', 35, true],
    ]);
    const all = await runExample('02-non-overlapping-ranges.cypher', { issue: null });
    expect(all.map((row) => `${row.issue}:${row.a}:${row.b}`)).toContain(
      'peace-agreement-terms:european-union:russia',
    );
  });

  it('04 evidence chain of Russia’s territorial position: quotes, sources, reliability, events', async () => {
    const rows = await runExample('04-evidence-chain.cypher');
    const position = seed.positions!.find((p) => p.id === 'pos-russia-contested-regions')!;
    expect(rows.map((row) => row.quote).sort()).toEqual(position.evidence.map((e) => e.quote).sort());
    const reliability = position.evidence.map(
      (e) => seed.sources!.find((s) => s.id === e.source)!.reliability,
    );
    expect(rows[0].confidence as number).toBeCloseTo(evidenceConfidence(reliability), 12);
    for (const row of rows) {
      const events = seed
        .relations!.filter((r) => r.type === 'REPORTED_BY' && r.to === row.source)
        .map((r) => r.from);
      expect(row.reportsEvents).toEqual(events.sort());
    }
    expect(rows.some((row) => (row.reportsEvents as string[]).length > 0)).toBe(true);
  });

  it('05 reactions to the EU counter-proposal: the Kremlin and Russia oppose it', async () => {
    const rows = await runExample('05-reactions-to-proposal.cypher');
    expect(rows).toEqual([
      expect.objectContaining({
        actor: 'kremlin',
        stance: 'OPPOSES',
        quote: 'does not work',
        sponsors: ['european-union'],
      }),
      expect.objectContaining({
        actor: 'russia',
        stance: 'OPPOSES',
        quote: 'does not work',
        reportedBy: 'Reuters',
      }),
    ]);
  });

  it('07 deadlocks: no zone of agreement on territory or peace terms, the binding pairs named', async () => {
    const rows = await runExample('07-deadlocks.cypher');
    const byIssue = Object.fromEntries(rows.map((row) => [row.issue, row]));
    expect(byIssue['territory-contested-regions']).toMatchObject({
      deadlock: true,
      gap: 40,
      zoneMin: 80,
      zoneMax: 40,
      highestMinimum: 'russia',
      lowestMaximum: 'ukraine',
    });
    expect(byIssue['peace-agreement-terms']).toMatchObject({
      deadlock: true,
      gap: 40,
      lowestMaximum: 'european-union',
    });
    expect(byIssue['security-guarantees']).toMatchObject({ deadlock: false, parties: 1 });
  });

  it('08 positions on the contested regions on 5 December 2025, from concession to demand', async () => {
    const rows = await runExample('08-positions-as-of.cypher');
    expect(rows.map((row) => [row.holder, row.value])).toEqual([
      ['ukraine', 5],
      ['eu-counter-proposal', 25],
      ['european-union', 25],
      ['united-states', 60],
      ['us-peace-plan', 60],
      ['russia', 95],
    ]);
  });

  it('09 distance to the US peace plan: Russia, Ukraine and the EU would not accept its territorial term', async () => {
    const rows = await runExample('09-distance-to-proposal.cypher');
    const territory = rows.filter((row) => row.issue === 'territory-contested-regions');
    expect(territory.map((row) => [row.actor, row.term, row.distance, row.acceptsTerm])).toEqual([
      ['ukraine', 60, 55, false],
      ['european-union', 60, 35, false],
      ['russia', 60, 35, false],
      ['united-states', 60, 0, null],
    ]);
  });

  it('10 most divergent pairs: the same D as the divergence mathematics', async () => {
    const rows = await runExample('10-most-divergent-pairs.cypher');
    const asOf = '2025-12-05T00:00:00Z';
    const actors = new Set(seed.actors!.map((actor) => actor.id));
    const points = (holder: string): PositionPoint[] =>
      seed
        .positions!.filter((p) => p.holder === holder && p.validFrom <= asOf)
        .map((p) => ({
          positionId: p.id,
          holderId: p.holder,
          issueId: p.issue,
          value: p.value,
          salience: p.salience,
          acceptableMin: null,
          acceptableMax: null,
          redLine: false,
          capability: 1,
        }));
    const holders = [...new Set(seed.positions!.map((p) => p.holder))].filter((id) => actors.has(id)).sort();
    const expected = holders
      .flatMap((a, i) => holders.slice(i + 1).map((b) => ({ a, b, d: pairDivergence(points(a), points(b)) })))
      .filter((pair) => pair.d.divergence !== null)
      .sort((x, y) => y.d.divergence! - x.d.divergence! || (x.a + x.b < y.a + y.b ? -1 : 1))
      .slice(0, 5);
    expect(rows).toHaveLength(5);
    rows.forEach((row, index) => {
      expect([row.a, row.b]).toEqual([expected[index].a, expected[index].b]);
      expect(row.divergence as number).toBeCloseTo(expected[index].d.divergence!, 12);
      expect(row.sharedIssues).toBe(expected[index].d.sharedIssues);
    });
  });

  it('11 weakly evidenced positions: those whose sources give a confidence of 0.6 or less', async () => {
    const rows = await runExample('11-weakly-evidenced-positions.cypher');
    const grade = (id: string) => seed.sources!.find((s) => s.id === id)!.reliability;
    const expected = seed
      .positions!.filter((p) => evidenceConfidence(p.evidence.map((e) => grade(e.source))) <= 0.6 + 1e-12)
      .map((p) => p.id)
      .sort();
    expect(rows.map((row) => row.position).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('12 positions at the table of the Moscow talks: each participant speaks for Russia or the US', async () => {
    const rows = await runExample('12-positions-at-the-table.cypher');
    const parties = Object.fromEntries(rows.map((row) => [row.participant, row.party]));
    expect(parties).toEqual({
      kremlin: 'russia',
      'us-special-envoys': 'united-states',
      'yuri-ushakov': 'russia',
    });
    const russia = rows.find(
      (row) => row.participant === 'yuri-ushakov' && row.issue === 'territory-contested-regions',
    );
    expect(russia).toMatchObject({ value: 95, redLine: true });
    expect(rows).toHaveLength(12);
  });

  it('03 who moved and 06 bloc disagreement, once the EU has two members and one of them moved', async () => {
    expect(await runExample('03-who-moved.cypher')).toEqual([]);
    expect(await runExample('06-bloc-internal-disagreement.cypher')).toEqual([]);
    await app.app.get(DatasetsService).import(supplement(seed));
    expect(await runExample('03-who-moved.cypher')).toEqual([
      expect.objectContaining({
        holder: 'test-member-a',
        issue: 'territory-contested-regions',
        before: 20,
        after: 35,
        shift: 15,
      }),
    ]);
    // The default window is the month before now: the 2025 move is outside it today.
    const recent = await runExample('03-who-moved.cypher', { since: null });
    expect(recent.every((row) => Date.parse(String(row.changedAt)) > Date.now() - 32 * 86_400_000)).toBe(
      true,
    );
    expect(await runExample('06-bloc-internal-disagreement.cypher')).toEqual([
      {
        bloc: 'european-union',
        issue: 'territory-contested-regions',
        members: [
          { member: 'test-member-a', value: 35 },
          { member: 'test-member-b', value: 70 },
        ],
        spread: 35,
        blocValue: 25,
      },
    ]);
  });
});
