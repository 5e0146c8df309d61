import fs from 'node:fs';
import path from 'node:path';
import { SeedLoader } from '../../src/datasets/seed-loader';
import { FIRST_QUERY } from '../../src/graphiql/first-query';
import { TestApp } from '../support/test-app';

const SEED = 'seeds/ukraine-talks-2025.json';
const article = path.resolve(__dirname, '../../../shared/seed-article.txt');

interface RedLineAnswer {
  positions: {
    totalCount: number;
    edges: {
      node: {
        holder: { name: string };
        issue: { name: string };
        acceptableMin: number;
        evidence: { quote: string; source: { publisher: string } }[];
      };
    }[];
  };
}

describe('the seed dataset on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.reset();
  });
  afterAll(() => app.stop());

  it('loads into an empty database only', async () => {
    const seeds = app.app.get(SeedLoader);
    expect(await seeds.loadWhenEmpty(SEED)).toBe(true);
    const loaded = await app.counts();
    expect(await seeds.loadWhenEmpty(SEED)).toBe(false);
    expect(await app.counts()).toEqual(loaded);
  });

  it('answers the README query: which actors hold a red line on territory, with the quotes', async () => {
    const { positions } = await app.data<RedLineAnswer>(FIRST_QUERY);
    const holders = new Set(positions.edges.map((edge) => edge.node.holder.name));
    expect([...holders]).toEqual(['Russia']);
    const quotes = positions.edges.flatMap((edge) => edge.node.evidence.map((e) => e.quote));
    expect(
      quotes.some((quote) => quote.includes('“red lines,” including demands on territorial outcomes')),
    ).toBe(true);
    const publishers = positions.edges.flatMap((edge) => edge.node.evidence.map((e) => e.source.publisher));
    expect(publishers).toContain('Reuters');
  });

  it('quotes the article verbatim', async () => {
    if (!fs.existsSync(article)) return; // the article ships beside the repository, not in it
    const text = fs.readFileSync(article, 'utf8');
    const { positions } = await app.data<RedLineAnswer>(
      '{ positions(first: 500, filter: { history: true }) { totalCount edges { node { evidence { quote } } } } }',
    );
    const quotes = positions.edges.flatMap((edge) => edge.node.evidence.map((e) => e.quote));
    expect(quotes.length).toBeGreaterThan(10);
    expect(quotes.filter((quote) => !text.includes(quote))).toEqual([]);
  });

  it('holds the actors, issues, event and proposals the article names', async () => {
    const data = await app.data<{
      actor: { representedBy: { id: string }[] };
      issue: { children: { id: string }[] };
      events: { id: string; place: string | null }[];
      proposals: { id: string; reactions: { actor: { id: string }; stance: string; quote: string }[] }[];
    }>(`{
      actor(id: "russia") { representedBy { id } }
      issue(id: "territory") { children { id } }
      events { id place }
      proposals { id reactions { actor { id } stance quote } }
    }`);
    expect(data.actor.representedBy.map((a) => a.id)).toEqual(expect.arrayContaining(['kremlin']));
    expect(data.issue.children.map((i) => i.id)).toContain('territory-contested-regions');
    expect(data.events.find((e) => e.place === 'Moscow')).toBeDefined();
    const counter = data.proposals.find((p) => p.id === 'eu-counter-proposal');
    expect(counter?.reactions).toEqual(
      expect.arrayContaining([expect.objectContaining({ stance: 'OPPOSES', quote: 'does not work' })]),
    );
  });
});
