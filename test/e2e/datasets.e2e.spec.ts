import { foundationDataset } from '../fixtures/foundation-dataset';
import { TestApp } from '../support/test-app';

const IMPORT = `mutation Import($dataset: JSONObject!) {
  importDataset(input: { dataset: $dataset }) {
    datasetId relations
    created { actors issues sources events proposals positions }
    unchanged { actors issues sources events proposals positions }
  }
}`;

describe('importDataset (GraphQL) on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  beforeEach(() => app.reset());
  afterAll(() => app.stop());

  it('writes the whole dataset and reports what it created', async () => {
    const { importDataset } = await app.data(IMPORT, { dataset: foundationDataset() });
    expect(importDataset).toEqual({
      datasetId: 'foundation-test',
      relations: 5,
      created: { actors: 3, issues: 3, sources: 2, events: 1, proposals: 1, positions: 4 },
      unchanged: { actors: 0, issues: 0, sources: 0, events: 0, proposals: 0, positions: 0 },
    });
    const { actor } = await app.data<{ actor: { name: string; memberOf: { id: string }[] } }>(
      '{ actor(id: "beta") { name memberOf { id } } }',
    );
    expect(actor).toEqual({ name: 'Betaland', memberOf: [{ id: 'union' }] });
  });

  it('is idempotent: importing the same file twice changes nothing', async () => {
    await app.data(IMPORT, { dataset: foundationDataset() });
    const before = await app.counts();
    const firstRecordedAt = await app.data(
      '{ positions(filter: { history: true }) { edges { node { id recordedAt } } } }',
    );
    const { importDataset } = await app.data(IMPORT, { dataset: foundationDataset() });
    expect(importDataset).toMatchObject({
      created: { actors: 0, issues: 0, sources: 0, events: 0, proposals: 0, positions: 0 },
      unchanged: { actors: 3, issues: 3, sources: 2, events: 1, proposals: 1, positions: 4 },
    });
    expect(await app.counts()).toEqual(before);
    expect(
      await app.data('{ positions(filter: { history: true }) { edges { node { id recordedAt } } } }'),
    ).toEqual(firstRecordedAt);
  });

  it('derives confidence from the evidence: 1 - (1 - 0.75)(1 - 0.4) = 0.85 for a B and a D source', async () => {
    await app.data(IMPORT, { dataset: foundationDataset() });
    const { positions } = await app.data<{
      positions: { edges: { node: { id: string; confidence: number } }[] };
    }>('{ positions(filter: { history: true }) { edges { node { id confidence } } } }');
    const confidence = Object.fromEntries(positions.edges.map(({ node }) => [node.id, node.confidence]));
    expect(confidence['alpha-border-2']).toBeCloseTo(0.85, 10);
    expect(confidence['beta-border']).toBeCloseTo(0.75, 10); // one B source
    expect(confidence['union-guarantees']).toBeCloseTo(0.4, 10); // one D source
  });

  it('updates the positions that exist and creates the new ones, each quote once', async () => {
    await app.data(IMPORT, { dataset: foundationDataset() });
    const changed = foundationDataset();
    changed.positions![2].value = 20; // beta-border exists: updated
    changed.positions!.push({
      id: 'beta-guarantees',
      holder: 'beta',
      issue: 'guarantees',
      value: 40,
      salience: 0.6,
      validFrom: '2025-03-01T00:00:00Z',
      // The same quote twice is one piece of evidence, as a merge would write it.
      evidence: [
        { source: 'wire', quote: 'Beta wants guarantees.' },
        { source: 'blog', quote: 'Beta, again.' },
        { source: 'wire', quote: 'Beta wants guarantees.' },
      ],
    });
    const { importDataset } = await app.data(IMPORT, { dataset: changed });
    expect(importDataset).toMatchObject({
      created: { positions: 1 },
      unchanged: { positions: 4 },
    });
    const { positions } = await app.data<{
      positions: {
        edges: { node: { id: string; value: number; confidence: number; evidence: { quote: string }[] } }[];
      };
    }>(
      '{ positions(filter: { history: true }) { edges { node { id value confidence evidence { quote } } } } }',
    );
    const byId = Object.fromEntries(positions.edges.map(({ node }) => [node.id, node]));
    expect(byId['beta-border'].value).toBe(20);
    expect(byId['beta-guarantees'].evidence).toHaveLength(2);
    expect(byId['beta-guarantees'].confidence).toBeCloseTo(0.85, 10); // a B and a D source
  });

  it('reports every problem with its JSON path and writes nothing', async () => {
    const dataset = foundationDataset();
    dataset.positions![0].value = 140; // outside 0-100
    dataset.positions![2].issue = 'nowhere'; // unknown issue
    dataset.actors!.push({ id: 'alpha', name: 'Duplicate', kind: 'STATE' }); // duplicate id
    dataset.positions![3].validTo = '2025-01-01T00:00:00Z'; // before validFrom
    const before = await app.counts();
    const result = await app.gql(IMPORT, { dataset });
    expect(result.data).toBeNull();
    const [error] = result.errors!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (error.extensions?.problems as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        '$.positions[0].value',
        '$.positions[2].issue',
        '$.actors[3].id',
        '$.positions[3].validTo',
      ]),
    );
    expect(await app.counts()).toEqual(before);
  });

  it('writes nothing when the transaction fails part-way (all or nothing)', async () => {
    await app.data(IMPORT, { dataset: foundationDataset() });
    const before = await app.counts();
    // A valid file whose position id is already used by a position of another holder cannot be
    // merged without moving it; a proposal id taken by an actor violates the Holder constraint.
    const dataset = foundationDataset();
    dataset.dataset.id = 'second';
    dataset.actors = [{ id: 'gamma', name: 'Gammaland', kind: 'STATE' }];
    dataset.proposals = [{ id: 'alpha', name: 'A proposal whose id an actor holds' }];
    dataset.positions = [];
    dataset.relations = [];
    const result = await app.gql(IMPORT, { dataset });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await app.counts()).toEqual(before);
    expect((await app.data<{ actor: unknown }>('{ actor(id: "gamma") { id } }')).actor).toBeNull();
  });
});
