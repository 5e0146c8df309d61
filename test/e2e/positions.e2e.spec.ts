import { foundationSuiteApp } from '../support/suite-app';
import { TestApp } from '../support/test-app';

interface PositionNode {
  id: string;
  value: number;
  validFrom: string;
  validTo: string | null;
  confidence: number;
  holder: { id: string; __typename: string };
  evidence: { quote: string; source: { id: string } }[];
}

const POSITION_FIELDS =
  'id value validFrom validTo confidence holder { __typename ... on Actor { id } ... on Proposal { id } } evidence { quote source { id } }';

describe('positions: versioning, asOf and evidence on the real database', () => {
  let app: TestApp;
  const started = foundationSuiteApp();
  beforeAll(() => {
    app = started();
  });

  async function positionsAt(asOf: string | null, issue = 'border') {
    const { positions } = await app.data<{ positions: { edges: { node: PositionNode }[] } }>(
      `query($asOf: DateTime, $issue: ID) { positions(filter: { issue: $issue, asOf: $asOf }) { edges { node { ${POSITION_FIELDS} } } } }`,
      { asOf, issue },
    );
    return positions.edges.map((edge) => edge.node);
  }

  it('answers asOf before and after a recorded shift', async () => {
    expect((await positionsAt('2025-03-01T00:00:00Z')).map((p) => [p.id, p.value])).toEqual([
      ['alpha-border-1', 80],
      ['beta-border', 10],
    ]);
    expect((await positionsAt('2025-06-01T00:00:00Z')).map((p) => [p.id, p.value])).toEqual([
      ['alpha-border-2', 60],
      ['beta-border', 10],
    ]);
    // Before anyone held a position.
    expect(await positionsAt('2024-12-31T23:59:59Z')).toEqual([]);
  });

  it('recordPosition closes the open position and keeps history', async () => {
    const { recordPosition } = await app.data<{ recordPosition: PositionNode }>(
      `mutation { recordPosition(input: { id: "alpha-border-3", holder: "alpha", issue: "border", value: 40, salience: 0.8,
        acceptableMin: 30, acceptableMax: 90, validFrom: "2025-09-01T00:00:00Z",
        evidence: [{ source: "wire", quote: "Alpha offers a compromise." }] }) { ${POSITION_FIELDS} } }`,
    );
    expect(recordPosition).toMatchObject({
      id: 'alpha-border-3',
      value: 40,
      validTo: null,
      holder: { id: 'alpha' },
    });
    expect(recordPosition.confidence).toBeCloseTo(0.75, 10); // one B source
    const { positionHistory } = await app.data<{ positionHistory: PositionNode[] }>(
      `{ positionHistory(actor: "alpha", issue: "border") { ${POSITION_FIELDS} } }`,
    );
    expect(positionHistory.map((p) => [p.id, p.value, p.validFrom, p.validTo])).toEqual([
      ['alpha-border-1', 80, '2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'],
      ['alpha-border-2', 60, '2025-06-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'],
      ['alpha-border-3', 40, '2025-09-01T00:00:00.000Z', null],
    ]);
    expect((await positionsAt('2025-08-31T00:00:00Z')).find((p) => p.holder.id === 'alpha')?.value).toBe(60);
  });

  it('refuses a validFrom that is not after the open position, writing nothing', async () => {
    const before = await app.counts();
    const result = await app.gql(
      `mutation { recordPosition(input: { holder: "alpha", issue: "border", value: 40, salience: 0.8,
        validFrom: "2025-05-01T00:00:00Z" }) { id } }`,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(await app.counts()).toEqual(before);
  });

  it('a proposal holds positions too (its terms)', async () => {
    const { recordPosition } = await app.data<{ recordPosition: PositionNode }>(
      `mutation { recordPosition(input: { holder: "plan", issue: "guarantees", value: 50, salience: 1 }) { ${POSITION_FIELDS} } }`,
    );
    expect(recordPosition.holder).toEqual({ __typename: 'Proposal', id: 'plan' });
    expect(recordPosition.confidence).toBe(0); // no evidence yet
    const { proposal } = await app.data<{ proposal: { positions: { value: number }[] } }>(
      '{ proposal(id: "plan") { positions { value } } }',
    );
    expect(proposal.positions).toEqual([{ value: 50 }]);
  });

  it('attachEvidence adds a quote and recomputes confidence', async () => {
    // beta-border has one B source (0.75); adding a D source: 1 - 0.25 * 0.6 = 0.85.
    const { attachEvidence } = await app.data<{ attachEvidence: PositionNode }>(
      `mutation { attachEvidence(input: { position: "beta-border", source: "blog", quote: "Beta will not move." }) { ${POSITION_FIELDS} } }`,
    );
    expect(attachEvidence.confidence).toBeCloseTo(0.85, 10);
    expect(attachEvidence.evidence).toEqual([
      { quote: 'Beta will not move.', source: { id: 'blog' } },
      { quote: 'Beta insists on its borders.', source: { id: 'wire' } },
    ]);
    // Lowering the blog's reliability to F (0.5) updates the confidence: 1 - 0.25 * 0.5 = 0.875.
    await app.data('mutation { updateSource(input: { id: "blog", reliability: F }) { id } }');
    const { positions } = await app.data<{ positions: { edges: { node: PositionNode }[] } }>(
      `{ positions(filter: { actor: "beta" }) { edges { node { ${POSITION_FIELDS} } } } }`,
    );
    expect(positions.edges[0].node.confidence).toBeCloseTo(0.875, 10);
  });

  it('retirePosition ends a position without a successor', async () => {
    const { retirePosition } = await app.data<{ retirePosition: PositionNode }>(
      'mutation { retirePosition(input: { id: "beta-border", at: "2025-07-01T00:00:00Z" }) { id validTo } }',
    );
    expect(retirePosition).toEqual({ id: 'beta-border', validTo: '2025-07-01T00:00:00.000Z' });
    expect((await positionsAt('2025-08-01T00:00:00Z')).map((p) => p.id)).toEqual(['alpha-border-2']);
    const again = await app.gql('mutation { retirePosition(input: { id: "beta-border" }) { id } }');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('filters red lines and minimum salience, and lists every version with history', async () => {
    const { positions } = await app.data<{
      positions: { totalCount: number; edges: { node: { id: string } }[] };
    }>('{ positions(filter: { redLineOnly: true, history: true }) { totalCount edges { node { id } } } }');
    expect(positions.edges.map((e) => e.node.id)).toEqual(['alpha-border-1', 'alpha-border-2']);
    const salient = await app.data<{ positions: { edges: { node: { id: string } }[] } }>(
      '{ positions(filter: { minSalience: 0.8 }) { edges { node { id } } } }',
    );
    expect(salient.positions.edges.map((e) => e.node.id)).toEqual(['alpha-border-2']);
  });

  it('issues expose hierarchy and current positions', async () => {
    const { issue } = await app.data<{ issue: Record<string, unknown> }>(
      '{ issue(id: "border") { id parent { id } children { id } positions { id } } }',
    );
    expect(issue).toEqual({
      id: 'border',
      parent: null,
      children: [{ id: 'border-north' }],
      positions: [{ id: 'alpha-border-2' }, { id: 'beta-border' }],
    });
    const roots = await app.data<{ issues: { id: string }[] }>('{ issues(root: true) { id } }');
    expect(roots.issues.map((i) => i.id)).toEqual(['border', 'guarantees']);
    const territory = await app.data<{ issues: { id: string }[] }>(
      '{ issues(category: TERRITORY, root: false) { id } }',
    );
    expect(territory.issues.map((i) => i.id)).toEqual(['border-north']);
  });

  it('counts the positions on each issue at an instant, and orders issues by that count', async () => {
    // From the foundation dataset: now, border has alpha-border-2 and beta-border, guarantees has
    // union-guarantees, border-north none. On 2025-01-15 border has alpha-border-1 and beta-border;
    // union-guarantees starts on 2025-02-01.
    type Counted = { issues: { id: string; positionCount: number; january: number }[] };
    const query = `query($orderBy: IssueOrder, $asOf: DateTime) {
      issues(orderBy: $orderBy, asOf: $asOf) { id positionCount january: positionCount(asOf: "2025-01-15T00:00:00Z") }
    }`;
    const byId = await app.data<Counted>(query, {});
    expect(byId.issues).toEqual([
      { id: 'border', positionCount: 2, january: 2 },
      { id: 'border-north', positionCount: 0, january: 0 },
      { id: 'guarantees', positionCount: 1, january: 0 },
    ]);
    const byCount = await app.gql(query, { orderBy: 'POSITION_COUNT' });
    expect((byCount.data as Counted).issues.map((i) => [i.id, i.positionCount])).toEqual([
      ['border', 2],
      ['guarantees', 1],
      ['border-north', 0],
    ]);
    // The ordered list carries its counts: only the January counts need another query.
    expect(byCount.extensions?.databaseQueries).toBe(2);
    // Ordered at an instant, the default count is the one the list was ordered by; ties by id.
    const january = await app.data<Counted>(query, {
      orderBy: 'POSITION_COUNT',
      asOf: '2025-01-15T00:00:00Z',
    });
    expect(january.issues.map((i) => [i.id, i.positionCount])).toEqual([
      ['border', 2],
      ['border-north', 0],
      ['guarantees', 0],
    ]);
  });

  it('answers positions with their holders and issues in one round trip, and an issue with its positions and holders in two', async () => {
    const listed = await app.gql(
      `{ positions(filter: { issue: "border" }) { totalCount edges { node { id
        holder { ... on Actor { name kind } } issue { id name category } } } } }`,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data).toEqual({
      positions: {
        totalCount: 2,
        edges: [
          {
            node: {
              id: 'alpha-border-2',
              holder: { name: 'Alphaland', kind: 'STATE' },
              issue: { id: 'border', name: 'Border', category: 'TERRITORY' },
            },
          },
          {
            node: {
              id: 'beta-border',
              holder: { name: 'Betaland', kind: 'STATE' },
              issue: { id: 'border', name: 'Border', category: 'TERRITORY' },
            },
          },
        ],
      },
    });
    expect(listed.extensions?.databaseQueries).toBe(1);
    const issue = await app.gql(
      '{ issue(id: "guarantees") { positions { value holder { ... on Actor { name } } } } }',
    );
    expect(issue.data).toEqual({ issue: { positions: [{ value: 70, holder: { name: 'The Union' } }] } });
    expect(issue.extensions?.databaseQueries).toBe(2);
  });

  it("answers holders' positions on one issue, for a list of holders as for one", async () => {
    type Actors = {
      actors: { edges: { node: { id: string; positions: { id: string; issue: { id: string } }[] } }[] };
    };
    const nodes = (answer: Actors) => answer.actors.edges.map((edge) => edge.node);
    const every = nodes(
      await app.data<Actors>('{ actors { edges { node { id positions { id issue { id } } } } } }'),
    );
    const onBorder = nodes(
      await app.data<Actors>(
        '{ actors { edges { node { id positions(issue: "border") { id issue { id } } } } } }',
      ),
    );
    const expected = every.map((node) => ({
      ...node,
      positions: node.positions.filter((position) => position.issue.id === 'border'),
    }));
    expect(onBorder).toEqual(expected);
    // The issue left positions out, and kept some.
    expect(every.some((node) => node.positions.some((position) => position.issue.id !== 'border'))).toBe(
      true,
    );
    expect(expected.filter((node) => node.positions.length > 0).map((node) => node.id)).toEqual([
      'alpha',
      'beta',
    ]);
    expect(await app.data('{ actor(id: "alpha") { positions(issue: "border") { id } } }')).toEqual({
      actor: { positions: [{ id: 'alpha-border-2' }] },
    });
  });

  it('pages positions by cursor whether filtered by holder, by issue, by category or not at all', async () => {
    type Page = {
      positions: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { id: string } }[] };
    };
    const QUERY = `query($filter: PositionFilter, $after: String) {
      positions(filter: $filter, first: 2, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }
    }`;
    const cases: [Record<string, unknown>, string[]][] = [
      [{ history: true }, ['alpha-border-1', 'alpha-border-2', 'beta-border', 'union-guarantees']],
      [{ actor: 'alpha', history: true }, ['alpha-border-1', 'alpha-border-2']],
      [{ issue: 'border', history: true }, ['alpha-border-1', 'alpha-border-2', 'beta-border']],
      [{ actor: 'beta', issue: 'border' }, ['beta-border']],
      // The foundation dataset: border is TERRITORY (alpha-border-1 was replaced by -2), guarantees not.
      [{ category: 'TERRITORY' }, ['alpha-border-2', 'beta-border']],
      [{ category: 'SECURITY_GUARANTEES', history: true }, ['union-guarantees']],
    ];
    for (const [filter, expected] of cases) {
      const first = await app.data<Page>(QUERY, { filter });
      const second = await app.data<Page>(QUERY, { filter, after: first.positions.pageInfo.endCursor });
      const seen = [...first.positions.edges, ...second.positions.edges].map((edge) => edge.node.id);
      // A page past the last position (alpha's and beta's second) still counts them all.
      expect({ filter, seen, totals: [first.positions.totalCount, second.positions.totalCount] }).toEqual({
        filter,
        seen: expected,
        totals: [expected.length, expected.length],
      });
    }
  });

  it("lists a holder's positions in issue order and an issue's positions in holder order", async () => {
    // Recorded after the import, so that Neo4j's own order (newest relationship first) differs.
    for (const [holder, issue] of [
      ['alpha', 'guarantees'],
      ['union', 'border'],
    ]) {
      await app.data(
        `mutation { recordPosition(input: { holder: "${holder}", issue: "${issue}", value: 40, salience: 0.5,
          validFrom: "2025-04-01T00:00:00Z", evidence: [{ source: "blog", quote: "A position for the order test." }] }) { id } }`,
      );
    }
    const { actor } = await app.data<{ actor: { positions: { issue: { id: string } }[] } }>(
      '{ actor(id: "alpha") { positions { issue { id } } } }',
    );
    expect(actor.positions.map((p) => p.issue.id)).toEqual(['border', 'guarantees']);
    const { issue } = await app.data<{ issue: { positions: { holder: { id: string } }[] } }>(
      '{ issue(id: "border") { positions { holder { ... on Actor { id } ... on Proposal { id } } } } }',
    );
    expect(issue.positions.map((p) => p.holder.id)).toEqual(['alpha', 'beta', 'union']);
  });

  it('returns the selected properties, dates among them in any order, as the whole position has them', async () => {
    // Dates travel apart from the other properties (list-page.cypher's `values`); the order the
    // query names them in must not matter.
    const fields = 'recordedAt value validTo salience validFrom acceptableMin redLine confidence';
    const { positionHistory } = await app.data<{ positionHistory: Record<string, unknown>[] }>(
      `{ positionHistory(actor: "alpha", issue: "border") { id ${fields} } }`,
    );
    const listed = await app.data<{ positions: { edges: { node: Record<string, unknown> }[] } }>(
      `{ positions(filter: { actor: "alpha", history: true }) { edges { node { id ${fields} } } } }`,
    );
    expect(positionHistory.map((p) => p.validTo)).toContainEqual(expect.any(String));
    expect(listed.positions.edges.map((edge) => edge.node)).toEqual(positionHistory);
  });

  it('reads the selected properties of holders, issues and sources as whole nodes have them, on every read path', async () => {
    await app.data(
      `mutation { recordPosition(input: { id: "plan-border", holder: "plan", issue: "border", value: 50, salience: 0.5,
        validFrom: "2025-04-01T00:00:00Z", evidence: [{ source: "blog", quote: "The plan splits the border." }] }) { id } }`,
    );
    const stored = `id holder { __typename ... on Actor { id name kind aliases capability description }
        ... on Proposal { id name date description } }
      issue { id name category description scaleMin scaleMax }
      evidence { quote source { id publisher title url publishedAt reliability } }`;
    // A relation beside the stored properties makes a read bring the whole holder and issue.
    const whole = stored
      .replace('description }', 'description memberOf { id } }')
      .replace('date description }', 'date description sponsors { id } }')
      .replace('scaleMax }', 'scaleMax parent { id } }');
    const reads = (fields: string) => [
      `{ positions(filter: { issue: "border" }) { edges { node { ${fields} } } } }`,
      `{ actor(id: "alpha") { positions(asOf: "2025-03-01T00:00:00Z") { ${fields} } } }`,
      `{ proposal(id: "plan") { positions { ${fields} } } }`,
      `{ issue(id: "border") { positions { ${fields} } } }`,
    ];
    const withoutRelations = (answer: unknown) =>
      JSON.parse(JSON.stringify(answer), (key: string, value: unknown) =>
        ['memberOf', 'sponsors', 'parent'].includes(key) ? undefined : value,
      ) as unknown;
    const [wholeReads, storedReads] = [reads(whole), reads(stored)];
    for (const [index, query] of storedReads.entries()) {
      const selected = await app.data(query);
      expect(selected).toEqual(withoutRelations(await app.data(wholeReads[index])));
    }
    // The comparison saw both kinds of holder, with their dates, lists and sources.
    const listed = await app.data<{ positions: { edges: { node: Record<string, unknown> }[] } }>(
      storedReads[0],
    );
    expect(listed.positions.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: 'alpha-border-2',
        holder: expect.objectContaining({
          __typename: 'Actor',
          id: 'alpha',
          name: 'Alphaland',
          aliases: ['Republic of Alpha'],
        }),
        issue: expect.objectContaining({ id: 'border', scaleMin: 'Beta keeps all' }),
      }),
      expect.objectContaining({ id: 'beta-border' }),
      expect.objectContaining({
        id: 'plan-border',
        holder: {
          __typename: 'Proposal',
          id: 'plan',
          name: 'Peace plan',
          date: '2025-04-01T00:00:00.000Z',
          description: null,
        },
        evidence: [
          {
            quote: 'The plan splits the border.',
            source: {
              id: 'blog',
              publisher: 'A Blog',
              title: 'Opinion on the talks',
              url: null,
              publishedAt: null,
              reliability: 'D',
            },
          },
        ],
      }),
    ]);
  });
});
