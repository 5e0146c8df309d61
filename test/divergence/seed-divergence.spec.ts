import fs from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../fixtures/divergence-small';
import { TestApp } from '../support/test-app';

interface Zone {
  deadlock: boolean;
  lower: number;
  upper: number;
  gap: number;
  floorSetter: { id: string };
  ceilingSetter: { id: string };
  parties: { id: string }[];
  positions: { holder: { id?: string }; evidence: { quote: string; source: { publisher: string } }[] }[];
}

describe('the seed: the Moscow talks on a Ukraine peace plan', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    const file = path.join(__dirname, '../../seeds/ukraine-talks-2025.json');
    await loadDataset(app, JSON.parse(fs.readFileSync(file, 'utf8')));
  });
  afterAll(() => app.stop());

  it('finds no zone of agreement on the contested regions: Russia sets the floor', async () => {
    const { agreementZone: zone } = await app.data<{ agreementZone: Zone }>(
      `query {
        agreementZone(issue: "territory-contested-regions", parties: ["russia", "ukraine", "european-union"]) {
          deadlock lower upper gap floorSetter { id } ceilingSetter { id } parties { id }
          positions { holder { ... on Actor { id } } evidence { quote source { publisher } } }
        }
      }`,
    );
    // Russia accepts [80, 100] (a red line), Ukraine [0, 40], the EU [0, 45]:
    // max lo = 80 (Russia) > min hi = 40 (Ukraine): deadlock with gap 40.
    expect(zone.deadlock).toBe(true);
    expect(zone.floorSetter.id).toBe('russia');
    expect(zone.gap).toBeGreaterThan(0);
    expect(zone.gap).toBeCloseTo(zone.lower - zone.upper, 10);
    expect(zone.parties.map((party) => party.id)).toEqual(['european-union', 'russia', 'ukraine']);
    const quotes = zone.positions.flatMap((position) => position.evidence.map((item) => item.quote));
    expect(quotes.some((quote) => quote.includes('red lines'))).toBe(true);
    expect(quotes.some((quote) => quote.includes('does not work'))).toBe(true);
  });

  it('shows the red-line conflicts behind it, with "no compromise" in the evidence of the talks', async () => {
    const { redLineConflicts: report } = await app.data<{
      redLineConflicts: {
        conflicts: { a: { id: string }; b: { id: string }; redLineHolders: { id: string }[] }[];
      };
    }>(
      `query { redLineConflicts(issue: "territory-contested-regions") {
        conflicts { a { id } b { id } redLineHolders { id } } } }`,
    );
    expect(report.conflicts.map((c) => [c.a.id, c.b.id])).toEqual([
      ['russia', 'ukraine'],
      ['european-union', 'russia'],
    ]);
    expect(report.conflicts.every((c) => c.redLineHolders.map((h) => h.id).join() === 'russia')).toBe(true);
    const { divergence } = await app.data<{
      divergence: { perIssue: { positionB: { evidence: { quote: string }[] } }[] };
    }>(
      `query { divergence(a: "russia", b: "united-states", issues: ["territory-contested-regions"]) {
        perIssue { positionB { evidence { quote } } } } }`,
    );
    const quotes = divergence.perIssue[0].positionB.evidence.map((item) => item.quote);
    expect(quotes.some((quote) => quote.includes('no compromise'))).toBe(true);
  });
});
