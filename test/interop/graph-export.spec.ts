import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildDisagreementNetwork, PositionPoint } from '../../src/divergence/math';
import { importDataset } from '../support/import';
import { TestApp } from '../support/test-app';
import { fetchExport, seedDataset, TRICKY, trickyDataset } from './interop-support';

type Element = Record<string, unknown> & { id?: string };
const LISTS = new Set(['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue', 'spell']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.has(name),
});

function parse(xml: string): Record<string, Record<string, unknown>> {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Record<string, Record<string, unknown>>;
}

const AS_OF = '2025-12-05T00:00:00.000Z';

/** The seed's disagreement network computed here from the file, independently of the export. */
function expectedNetwork() {
  const seed = seedDataset();
  const actors = new Map(seed.actors!.map((actor) => [actor.id, actor]));
  const points: PositionPoint[] = seed
    .positions!.filter(
      (p) => actors.has(p.holder) && p.validFrom <= AS_OF && (!p.validTo || AS_OF < p.validTo),
    )
    .map((p) => ({
      positionId: p.id,
      holderId: p.holder,
      issueId: p.issue,
      value: p.value,
      salience: p.salience,
      acceptableMin: p.acceptableMin ?? null,
      acceptableMax: p.acceptableMax ?? null,
      redLine: p.redLine ?? false,
      capability: actors.get(p.holder)!.capability ?? 1,
    }));
  return buildDisagreementNetwork(points, {
    measure: 'DIVERGENCE',
    normalization: 'NONE',
    betweenness: false,
  });
}

describe('GraphML and GEXF exports on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.reset();
    await importDataset(app, seedDataset());
  });
  afterAll(() => app.stop());

  const seed = seedDataset();
  const evidence = seed.positions!.reduce((sum, position) => sum + position.evidence.length, 0);
  const nodeCount = ['actors', 'issues', 'sources', 'events', 'proposals', 'positions'].reduce(
    (sum, kind) => sum + (seed[kind as 'actors']?.length ?? 0),
    0,
  );
  const parents = seed.issues!.filter((issue) => issue.parent).length;
  const edgeCount = parents + 2 * seed.positions!.length + evidence + seed.relations!.length;

  it('GraphML knowledge graph: typed keys, every node, edge and attribute', async () => {
    const response = await fetchExport(app, 'graphml');
    expect(response.type).toContain('application/graphml+xml');
    const graphml = parse(response.body).graphml;
    const keys = graphml.key as Element[];
    expect(new Set(keys.map((key) => key['attr.type']))).toEqual(new Set(['string', 'double', 'boolean']));
    expect(new Set(keys.map((key) => key.id)).size).toBe(keys.length);
    const graph = graphml.graph as Record<string, Element[]> & { edgedefault: string };
    expect(graph.edgedefault).toBe('directed');
    expect(graph.node).toHaveLength(nodeCount);
    expect(graph.edge).toHaveLength(edgeCount);
    const data = (element: Element) =>
      Object.fromEntries((element.data as Element[]).map((entry) => [String(entry.key), entry.text]));
    const russia = graph.node.find((node) => node.id === 'pos-russia-contested-regions')!;
    expect(data(russia)).toMatchObject({
      n_type: 'Position',
      n_value: '95',
      n_acceptableMin: '80',
      n_redLine: 'true',
      n_holder: 'russia',
    });
    expect(graph.node.find((node) => node.id === 'russia')!.data).toHaveLength(7);
    const types = graph.edge.map((edge) => data(edge).e_type);
    expect(types.filter((type) => type === 'EVIDENCED_BY')).toHaveLength(evidence);
    expect(types.filter((type) => type === 'HOLDS')).toHaveLength(seed.positions!.length);
    const ids = new Set(graph.node.map((node) => node.id));
    expect(graph.edge.every((edge) => ids.has(String(edge.source)) && ids.has(String(edge.target)))).toBe(
      true,
    );
  });

  it('GraphML disagreement network: actor nodes with community, edges with the divergence measures', async () => {
    const expected = expectedNetwork();
    const graph = parse((await fetchExport(app, 'graphml', { graph: 'network', asOf: AS_OF })).body).graphml
      .graph as Record<string, Element[]> & { edgedefault: string };
    expect(graph.edgedefault).toBe('undirected');
    expect(graph.node.map((node) => node.id)).toEqual(expected.nodes.map((node) => node.id));
    expect(graph.edge).toHaveLength(expected.edges.length);
    for (const [index, edge] of graph.edge.entries()) {
      const want = expected.edges[index];
      const values = Object.fromEntries((edge.data as Element[]).map((entry) => [entry.key, entry.text]));
      expect([edge.source, edge.target]).toEqual([want.source, want.target]);
      expect(Number(values.e_divergence)).toBeCloseTo(want.divergence!, 12);
      expect(Number(values.e_weight)).toBeCloseTo(1 - want.divergence!, 12);
      expect(Number(values.e_congruence)).toBeCloseTo(want.congruence, 12);
      expect(Number(values.e_redLineConflicts)).toBe(want.redLineConflicts);
      expect(Object.keys(values)).toHaveLength(8);
    }
    const russia = graph.node.find((node) => node.id === 'russia')!;
    const community = (russia.data as Element[]).find((entry) => entry.key === 'n_community')!;
    expect(Number(community.text)).toBe(expected.nodes.find((node) => node.id === 'russia')!.community);
  });

  it('GEXF 1.3: dynamic knowledge graph with spells on positions and their edges; static network', async () => {
    const gexf = parse((await fetchExport(app, 'gexf')).body).gexf;
    expect(gexf.version).toBe('1.3');
    expect(gexf.xmlns).toBe('http://gexf.net/1.3');
    const graph = gexf.graph as Record<string, unknown>;
    expect(graph).toMatchObject({ mode: 'dynamic', timeformat: 'datetime', defaultedgetype: 'directed' });
    const nodes = (graph.nodes as { node: Element[] }).node;
    const edges = (graph.edges as { edge: Element[] }).edge;
    expect(nodes).toHaveLength(nodeCount);
    expect(edges).toHaveLength(edgeCount);
    const withSpells = nodes.filter((node) => node.spells);
    expect(withSpells).toHaveLength(seed.positions!.length);
    const spell = (
      withSpells.find((node) => node.id === 'pos-russia-contested-regions')!.spells as { spell: Element[] }
    ).spell[0];
    expect(spell).toEqual({ start: '2025-11-24T00:00:00Z' });
    const holds = edges.filter((edge) => edge.label === 'HOLDS');
    expect(holds.every((edge) => edge.spells)).toBe(true);
    const declared = (graph.attributes as Element[]).flatMap((group) => group.attribute as Element[]);
    expect(new Set(declared.map((attribute) => attribute.type))).toEqual(
      new Set(['string', 'double', 'boolean']),
    );

    const network = parse((await fetchExport(app, 'gexf', { graph: 'network', asOf: AS_OF })).body).gexf
      .graph as Record<string, { edge?: Element[]; node?: Element[] }>;
    expect(network.mode).toBe('static');
    expect(network.edges.edge).toHaveLength(expectedNetwork().edges.length);
    expect(network.edges.edge!.every((edge) => Number(edge.weight) >= 0)).toBe(true);
  });

  it('escapes text and closes spells of superseded positions', async () => {
    await importDataset(app, trickyDataset());
    const gexfText = (await fetchExport(app, 'gexf')).body;
    const nodes = ((parse(gexfText).gexf.graph as Record<string, unknown>).nodes as { node: Element[] }).node;
    const old = nodes.find((node) => node.id === 'pos-a-leaf-1')!;
    expect((old.spells as { spell: Element[] }).spell[0]).toEqual({
      start: '2025-01-01T00:00:00Z',
      end: '2025-02-01T00:00:00Z',
    });
    const statement = (old.attvalues as { attvalue: Element[] }).attvalue.find(
      (value) => value.for === 'statement',
    )!;
    expect(statement.value).toBe(TRICKY);
    const graphmlText = (await fetchExport(app, 'graphml')).body;
    const graph = parse(graphmlText).graphml.graph as Record<string, Element[]>;
    const actor = graph.node.find((node) => node.id === 'a-one')!;
    const name = (actor.data as Element[]).find((entry) => entry.key === 'n_name')!;
    expect(name.text).toBe(`One ${TRICKY}`);
  });
});
