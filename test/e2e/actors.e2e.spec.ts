import { foundationDataset } from '../fixtures/foundation-dataset';
import { importDataset } from '../support/import';
import { foundationSuiteApp } from '../support/suite-app';
import { TestApp } from '../support/test-app';

interface ActorPage {
  actors: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const ACTORS = `query Actors($filter: ActorFilter, $first: Int!, $after: String) {
  actors(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`;

describe('actors over GraphQL on the real database', () => {
  let app: TestApp;
  const started = foundationSuiteApp();
  beforeAll(() => {
    app = started();
  });

  const ids = (page: ActorPage) => page.actors.edges.map((edge) => edge.node.id);

  it('pages through actors by cursor with the total count', async () => {
    const first = await app.data<ActorPage>(ACTORS, { first: 2 });
    expect(ids(first)).toEqual(['alpha', 'beta']);
    expect(first.actors.totalCount).toBe(3);
    expect(first.actors.pageInfo.hasNextPage).toBe(true);
    const second = await app.data<ActorPage>(ACTORS, { first: 2, after: first.actors.pageInfo.endCursor });
    expect(ids(second)).toEqual(['union']);
    expect(second.actors.pageInfo).toEqual({ hasNextPage: false, endCursor: second.actors.edges[0].cursor });
  });

  it('pages filtered lists by cursor, each page with the total of all matches', async () => {
    const states = await app.data<ActorPage>(ACTORS, { first: 1, filter: { kind: 'STATE' } });
    expect([ids(states), states.actors.totalCount, states.actors.pageInfo.hasNextPage]).toEqual([
      ['alpha'],
      2,
      true,
    ]);
    const next = await app.data<ActorPage>(ACTORS, {
      first: 1,
      filter: { kind: 'STATE' },
      after: states.actors.pageInfo.endCursor,
    });
    expect([ids(next), next.actors.totalCount, next.actors.pageInfo.hasNextPage]).toEqual([
      ['beta'],
      2,
      false,
    ]);
    const onBorder = await app.data<ActorPage>(ACTORS, {
      first: 1,
      filter: { issue: 'border', kind: 'STATE' },
    });
    expect([ids(onBorder), onBorder.actors.totalCount]).toEqual([['alpha'], 2]);
    // Before 2025 nobody held a position on the border.
    const early = await app.data<ActorPage>(ACTORS, {
      first: 5,
      filter: { issue: 'border', asOf: '2024-06-01T00:00:00Z' },
    });
    expect([ids(early), early.actors.totalCount]).toEqual([[], 0]);
    await app.data(
      'mutation { createActor(input: { id: "alphaville", name: "Alphaville", kind: ORGANIZATION }) { id } }',
    );
    const searched = await app.data<ActorPage>(ACTORS, { first: 1, filter: { search: 'alpha' } });
    expect([ids(searched), searched.actors.totalCount]).toEqual([['alpha'], 2]);
    const searchedNext = await app.data<ActorPage>(ACTORS, {
      first: 1,
      filter: { search: 'alpha' },
      after: searched.actors.pageInfo.endCursor,
    });
    expect(ids(searchedNext)).toEqual(['alphaville']);
  });

  it('answers one actor with its current positions, their issues and evidence in one round trip', async () => {
    const result = await app.gql(`{ actor(id: "alpha") { name
      positions { id issue { name } evidence { quote source { publisher } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      actor: {
        name: 'Alphaland',
        positions: [
          {
            id: 'alpha-border-2',
            issue: { name: 'Border' },
            evidence: [
              { quote: 'Alpha softened its tone.', source: { publisher: 'A Blog' } },
              { quote: 'Alpha signals flexibility on the border.', source: { publisher: 'Wire Service' } },
            ],
          },
        ],
      },
    });
    expect(result.extensions?.databaseQueries).toBe(1);
  });

  it('reads the same actor with its positions as alone, whether it shows some of its fields or a relation', async () => {
    const fields = 'id name kind aliases capability description';
    for (const shown of [fields, 'name kind', `${fields} memberOf { id }`]) {
      const alone = await app.data<{ actor: object }>(`{ actor(id: "alpha") { ${shown} } }`);
      const withPositions = await app.gql(
        `{ actor(id: "alpha") { ${shown} positions { id holder { ... on Actor { id name capability } } } } }`,
      );
      expect(withPositions.extensions?.databaseQueries).toBe(shown.includes('memberOf') ? 2 : 1);
      expect(withPositions.data).toEqual({
        actor: {
          ...alone.actor,
          positions: [{ id: 'alpha-border-2', holder: { id: 'alpha', name: 'Alphaland', capability: 0.8 } }],
        },
      });
    }
  });

  it('answers an actor without current positions, and no actor for a proposal that holds positions', async () => {
    const query = '{ actor(id: "ACTOR") { id name positions { id value } } }';
    await app.data('mutation { createActor(input: { id: "delta", name: "Deltaland", kind: STATE }) { id } }');
    // No position to read it with: the actor is read alone (2 queries), its positions are known to be none.
    const delta = await app.gql(query.replace('ACTOR', 'delta'));
    expect(delta.data).toEqual({ actor: { id: 'delta', name: 'Deltaland', positions: [] } });
    expect(delta.extensions?.databaseQueries).toBe(2);
    const dataset = foundationDataset();
    dataset.dataset.id = 'terms';
    dataset.positions = [
      {
        id: 'plan-border',
        holder: 'plan',
        issue: 'border',
        value: 50,
        salience: 0.5,
        validFrom: '2025-04-01T00:00:00Z',
        evidence: [{ source: 'wire', quote: 'The plan splits the border.' }],
      },
    ];
    await importDataset(app, dataset);
    expect((await app.gql(query.replace('ACTOR', 'plan'))).data).toEqual({ actor: null });
    expect((await app.gql(query.replace('ACTOR', 'nobody'))).data).toEqual({ actor: null });
    // The same actor read with positions at another instant takes the general path (two reads).
    const past = await app.gql(
      '{ actor(id: "alpha") { id positions(asOf: "2025-02-01T00:00:00Z") { id } } }',
    );
    expect(past.data).toEqual({ actor: { id: 'alpha', positions: [{ id: 'alpha-border-1' }] } });
    expect(past.extensions?.databaseQueries).toBe(2);
  });

  it('filters by kind, by words in names or aliases, and by holding a position on an issue', async () => {
    expect(ids(await app.data<ActorPage>(ACTORS, { first: 10, filter: { kind: 'BLOC' } }))).toEqual([
      'union',
    ]);
    expect(ids(await app.data<ActorPage>(ACTORS, { first: 10, filter: { search: 'republic' } }))).toEqual([
      'alpha',
    ]);
    expect(ids(await app.data<ActorPage>(ACTORS, { first: 10, filter: { search: 'beta' } }))).toEqual([
      'beta',
    ]);
    expect(ids(await app.data<ActorPage>(ACTORS, { first: 10, filter: { issue: 'border' } }))).toEqual([
      'alpha',
      'beta',
    ]);
    // Lucene syntax in user text is searched as text, not parsed.
    const hostile = await app.data<ActorPage>(ACTORS, {
      first: 10,
      filter: { search: '"}) DETACH DELETE n //' },
    });
    expect(hostile.actors.totalCount).toBe(0);
  });

  it('creates, updates and links actors; update keeps omitted fields', async () => {
    const created = await app.data<{ createActor: Record<string, unknown> }>(
      `mutation { createActor(input: { name: "Gamma Land", kind: STATE, aliases: ["Gamma"], capability: 0.5 }) {
        id name kind aliases capability } }`,
    );
    expect(created.createActor).toEqual({
      id: 'gamma-land',
      name: 'Gamma Land',
      kind: 'STATE',
      aliases: ['Gamma'],
      capability: 0.5,
    });
    const updated = await app.data<{ updateActor: Record<string, unknown> }>(
      'mutation { updateActor(input: { id: "gamma-land", name: "Gammaland" }) { id name aliases capability } }',
    );
    expect(updated.updateActor).toEqual({
      id: 'gamma-land',
      name: 'Gammaland',
      aliases: ['Gamma'],
      capability: 0.5,
    });
    const linked = await app.data<{ linkActors: { memberOf: { id: string }[] } }>(
      'mutation { linkActors(input: { from: "gamma-land", to: "union", type: MEMBER_OF }) { memberOf { id } } }',
    );
    expect(linked.linkActors.memberOf).toEqual([{ id: 'union' }]);
    const union = await app.data<{ actor: { members: { id: string }[] } }>(
      '{ actor(id: "union") { members { id } } }',
    );
    expect(union.actor.members.map((m) => m.id)).toEqual(['beta', 'gamma-land']);
  });

  it('answers an unknown id with null, and refuses a taken id with CONFLICT', async () => {
    expect((await app.data<{ actor: unknown }>('{ actor(id: "nobody") { id } }')).actor).toBeNull();
    const result = await app.gql(
      'mutation { createActor(input: { id: "alpha", name: "Again", kind: STATE }) { id } }',
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
  });

  it('resolves an actor with its positions, their issues and evidence in a bounded number of queries', async () => {
    const query = `{ actors(first: 50) { edges { node { id memberOf { id } members { id }
      positions { value issue { id parent { id } children { id } } evidence { quote source { publisher } } } } } } }`;
    const small = await app.gql(query);
    expect(small.errors).toBeUndefined();
    // 1 page + memberOf + members + positions (with their issues and evidence) + children, and the
    // parents of sub-issues when a position is on one (none here, some below).
    expect(small.extensions?.databaseQueries).toBe(5);
    // Ten times the actors and positions, some on a sub-issue: one more level (its parent), not one
    // more query per actor (no N+1).
    const dataset = foundationDataset();
    dataset.dataset.id = 'more';
    dataset.actors = Array.from({ length: 30 }, (_, i) => ({
      id: `extra-${i}`,
      name: `Extra ${i}`,
      kind: 'STATE' as const,
    }));
    dataset.positions = dataset.actors.map((actor, i) => ({
      id: `extra-position-${i}`,
      holder: actor.id,
      issue: i % 2 ? 'border' : 'border-north',
      value: i,
      salience: 0.5,
      validFrom: '2025-01-01T00:00:00Z',
      evidence: [{ source: 'wire', quote: `Quote ${i}` }],
    }));
    dataset.relations = [];
    await importDataset(app, dataset);
    const large = await app.gql(query);
    expect(large.errors).toBeUndefined();
    expect(large.extensions?.databaseQueries).toBe(6);
  });
});
