import { foundationSuiteApp } from '../support/suite-app';
import { TestApp } from '../support/test-app';

/** Sources, events, proposals and issues: every query and mutation, on the real database. */
describe('sources, events, proposals and issues over GraphQL', () => {
  let app: TestApp;
  const started = foundationSuiteApp();
  beforeAll(() => {
    app = started();
  });

  it('creates, updates, finds and searches sources', async () => {
    const { createSource } = await app.data<{ createSource: Record<string, unknown> }>(
      `mutation { createSource(input: { id: "gazette", publisher: "Gazette", title: "Border talks stall",
        url: "https://example.org/a", publishedAt: "2025-05-02", reliability: C }) { id publisher title url publishedAt reliability } }`,
    );
    expect(createSource).toEqual({
      id: 'gazette',
      publisher: 'Gazette',
      title: 'Border talks stall',
      url: 'https://example.org/a',
      publishedAt: '2025-05-02T00:00:00.000Z',
      reliability: 'C',
    });
    await app.data(
      'mutation { updateSource(input: { id: "gazette", title: "Border talks collapse" }) { id } }',
    );
    const { source } = await app.data<{ source: { title: string; reliability: string } }>(
      '{ source(id: "gazette") { title reliability } }',
    );
    expect(source).toEqual({ title: 'Border talks collapse', reliability: 'C' });
    const { sources } = await app.data<{
      sources: { totalCount: number; edges: { node: { id: string } }[] };
    }>('{ sources(search: "talks") { totalCount edges { node { id } } } }');
    // 'blog' is titled "Opinion on the talks".
    expect(sources.edges.map((e) => e.node.id)).toEqual(['blog', 'gazette', 'wire']);
  });

  it('creates events with participants and reporting sources, and filters them', async () => {
    const { createEvent } = await app.data<{ createEvent: Record<string, unknown> }>(
      `mutation { createEvent(input: { id: "round-two", name: "Second round", kind: MEETING, date: "2025-07-01T10:00:00Z",
        place: "Vienna", participants: [{ actor: "alpha", role: "delegation" }, { actor: "beta" }], reportedBy: ["wire"] }) {
        id name place participants { actor { id } role } reportedBy { id } } }`,
    );
    expect(createEvent).toEqual({
      id: 'round-two',
      name: 'Second round',
      place: 'Vienna',
      participants: [
        { actor: { id: 'alpha' }, role: 'delegation' },
        { actor: { id: 'beta' }, role: null },
      ],
      reportedBy: [{ id: 'wire' }],
    });
    await app.data('mutation { updateEvent(input: { id: "round-two", place: "Geneva" }) { id } }');
    const { events } = await app.data<{ events: { id: string; place: string }[] }>(
      '{ events(actor: "beta", from: "2025-06-01") { id place } }',
    );
    expect(events).toEqual([{ id: 'round-two', place: 'Geneva' }]);
    const { event } = await app.data<{ event: { participants: { actor: { id: string } }[] } }>(
      '{ event(id: "summit") { participants { actor { id } } } }',
    );
    expect(event.participants).toEqual([{ actor: { id: 'alpha' } }]);
  });

  it('creates proposals with sponsors and records reactions with their quote and source', async () => {
    await app.data(
      'mutation { createProposal(input: { id: "counter", name: "Counter-proposal", sponsors: ["beta"] }) { id } }',
    );
    await app.data(
      'mutation { updateProposal(input: { id: "counter", description: "Beta answers the plan" }) { id } }',
    );
    const { recordReaction } = await app.data<{ recordReaction: Record<string, unknown> }>(
      `mutation { recordReaction(input: { actor: "alpha", proposal: "counter", stance: OPPOSES,
        quote: "Alpha softened its tone.", source: "blog" }) { actor { id } stance quote source { id } } }`,
    );
    expect(recordReaction).toEqual({
      actor: { id: 'alpha' },
      stance: 'OPPOSES',
      quote: 'Alpha softened its tone.',
      source: { id: 'blog' },
    });
    const { proposals } = await app.data<{ proposals: Record<string, unknown>[] }>(
      '{ proposals { id description sponsors { id } reactions { actor { id } stance } } }',
    );
    expect(proposals).toEqual([
      {
        id: 'plan',
        description: null,
        sponsors: [{ id: 'union' }],
        reactions: [{ actor: { id: 'alpha' }, stance: 'OPPOSES' }],
      },
      {
        id: 'counter',
        description: 'Beta answers the plan',
        sponsors: [{ id: 'beta' }],
        reactions: [{ actor: { id: 'alpha' }, stance: 'OPPOSES' }],
      },
    ]);
  });

  it('creates issues under a parent and refuses a move that would make a cycle', async () => {
    const { createIssue } = await app.data<{ createIssue: Record<string, unknown> }>(
      `mutation { createIssue(input: { name: "Border crossings", category: HUMANITARIAN, scaleMin: "closed", scaleMax: "open",
        parent: "border-north" }) { id category parent { id } } }`,
    );
    expect(createIssue).toEqual({
      id: 'border-crossings',
      category: 'HUMANITARIAN',
      parent: { id: 'border-north' },
    });
    const moved = await app.data<{ updateIssue: Record<string, unknown> }>(
      'mutation { updateIssue(input: { id: "border-crossings", parent: "guarantees", name: "Crossings" }) { name parent { id } } }',
    );
    expect(moved.updateIssue).toEqual({ name: 'Crossings', parent: { id: 'guarantees' } });
    const before = await app.counts();
    const cycle = await app.gql(
      'mutation { updateIssue(input: { id: "border", parent: "border-north" }) { id } }',
    );
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parent' });
    expect(await app.counts()).toEqual(before);
  });
});
