import { ExportNetwork, ExportReader } from './export-reader';
import { DescribedPositionRow } from './export-rows';

/** Attribute types both GraphML (attr.type) and GEXF (type) name the same way, but for int. */
export type AttributeType = 'string' | 'double' | 'int' | 'boolean';
export type AttributeValue = string | number | boolean | null | undefined;

export interface AttributeDef {
  name: string;
  type: AttributeType;
}

/** A validity interval: from `start`, until `end` (null while current). */
export interface Spell {
  start: string;
  end: string | null;
}

export interface GraphNode {
  id: string;
  label: string;
  attributes: Record<string, AttributeValue>;
  spell?: Spell;
}

export interface GraphEdge {
  source: string;
  target: string;
  label: string;
  attributes: Record<string, AttributeValue>;
  spell?: Spell;
  weight?: number;
}

/** A graph to serialize: typed attribute declarations, then nodes and edges in pages. */
export interface ExportGraphModel {
  id: string;
  description: string;
  dynamic: boolean;
  directed: boolean;
  nodeAttributes: AttributeDef[];
  edgeAttributes: AttributeDef[];
  nodes(): AsyncIterable<GraphNode[]>;
  edges(): AsyncIterable<GraphEdge[]>;
}

const text = (...names: string[]): AttributeDef[] => names.map((name) => ({ name, type: 'string' }));
const double = (...names: string[]): AttributeDef[] => names.map((name) => ({ name, type: 'double' }));

export const KNOWLEDGE_NODE_ATTRIBUTES: AttributeDef[] = [
  ...text('type', 'name', 'kind', 'aliases', 'description', 'category', 'scaleMin', 'scaleMax'),
  ...text('publisher', 'title', 'url', 'publishedAt', 'reliability', 'date', 'place'),
  ...text('holder', 'issue'),
  ...double('capability', 'value', 'salience', 'acceptableMin', 'acceptableMax'),
  { name: 'redLine', type: 'boolean' },
  ...text('statement', 'codingNote'),
  ...double('codingConfidence', 'confidence'),
  ...text('validFrom', 'validTo', 'recordedAt'),
];

export const KNOWLEDGE_EDGE_ATTRIBUTES: AttributeDef[] = text('type', 'quote', 'role', 'stance', 'sourceId');

export const NETWORK_NODE_ATTRIBUTES: AttributeDef[] = [
  ...text('name', 'kind'),
  { name: 'community', type: 'int' },
  { name: 'degree', type: 'int' },
];

export const NETWORK_EDGE_ATTRIBUTES: AttributeDef[] = [
  ...double('weight', 'divergence', 'congruence', 'conflict', 'subtract'),
  { name: 'redLineConflicts', type: 'int' },
  { name: 'sharedIssues', type: 'int' },
];

async function* mapPages<T, U>(pages: AsyncIterable<T[]>, map: (row: T) => U[]): AsyncGenerator<U[]> {
  for await (const rows of pages) {
    const out = rows.flatMap(map);
    if (out.length > 0) yield out;
  }
}

function positionNode(row: DescribedPositionRow): GraphNode {
  const { holder, issue, value, salience, acceptableMin, acceptableMax, redLine } = row;
  return {
    id: row.id,
    label: `${row.holderName} on ${row.issueName}: ${value}`,
    spell: { start: row.validFrom, end: row.validTo },
    attributes: {
      type: 'Position',
      ...{ holder, issue, value, salience, acceptableMin, acceptableMax, redLine },
      statement: row.statement,
      codingNote: row.codingNote,
      codingConfidence: row.codingConfidence,
      confidence: row.confidence,
      validFrom: row.validFrom,
      validTo: row.validTo,
      recordedAt: row.recordedAt,
    },
  };
}

function positionEdges(row: DescribedPositionRow): GraphEdge[] {
  const spell = { start: row.validFrom, end: row.validTo };
  return [
    { source: row.holder, target: row.id, label: 'HOLDS', spell, attributes: { type: 'HOLDS' } },
    { source: row.id, target: row.issue, label: 'ON', spell, attributes: { type: 'ON' } },
    ...row.evidence.map((evidence): GraphEdge => ({
      source: row.id,
      target: evidence.source,
      label: 'EVIDENCED_BY',
      spell,
      attributes: { type: 'EVIDENCED_BY', quote: evidence.quote },
    })),
  ];
}

/**
 * The knowledge graph: actors, issues, sources, events, proposals and positions with their
 * relationships, nodes before edges, each kind in id order; positions carry their validity.
 */
export function knowledgeGraph(reader: ExportReader): ExportGraphModel {
  return {
    id: 'knowledge',
    description:
      'Faultline knowledge graph: actors, issues, positions with evidence, sources, events, proposals',
    dynamic: true,
    directed: true,
    nodeAttributes: KNOWLEDGE_NODE_ATTRIBUTES,
    edgeAttributes: KNOWLEDGE_EDGE_ATTRIBUTES,
    async *nodes() {
      yield* mapPages(reader.actors(), (row) => [
        {
          id: row.id,
          label: row.name,
          attributes: {
            type: 'Actor',
            name: row.name,
            kind: row.kind,
            aliases: row.aliases && row.aliases.length > 0 ? row.aliases.join('; ') : null,
            capability: row.capability,
            description: row.description,
          },
        },
      ]);
      yield* mapPages(reader.issues(), (row) => [
        {
          id: row.id,
          label: row.name,
          attributes: { type: 'Issue', ...row },
        },
      ]);
      yield* mapPages(reader.sources(), (row) => [
        { id: row.id, label: row.title ?? row.publisher, attributes: { type: 'Source', ...row } },
      ]);
      yield* mapPages(reader.events(), (row) => [
        { id: row.id, label: row.name, attributes: { type: 'Event', ...row } },
      ]);
      yield* mapPages(reader.proposals(), (row) => [
        { id: row.id, label: row.name, attributes: { type: 'Proposal', ...row } },
      ]);
      yield* mapPages(reader.positions(), (row) => [positionNode(row)]);
    },
    async *edges() {
      yield* mapPages(reader.issues('issue parents'), (row) =>
        row.parent
          ? [{ source: row.id, target: row.parent, label: 'PART_OF', attributes: { type: 'PART_OF' } }]
          : [],
      );
      yield* mapPages(reader.positions('position edges'), positionEdges);
      yield* mapPages(reader.relations(), (row) => [
        {
          source: row.from,
          target: row.to,
          label: row.type,
          attributes: {
            type: row.type,
            role: row.role,
            stance: row.stance,
            quote: row.quote,
            sourceId: row.source,
          },
        },
      ]);
    },
  };
}

/** The disagreement network at one instant: actors, and an edge for each pair sharing an issue. */
export function networkGraph(network: ExportNetwork): ExportGraphModel {
  return {
    id: 'network',
    description: `Faultline disagreement network at ${network.asOf}: weight = 1 - divergence`,
    dynamic: false,
    directed: false,
    nodeAttributes: NETWORK_NODE_ATTRIBUTES,
    edgeAttributes: NETWORK_EDGE_ATTRIBUTES,
    async *nodes() {
      yield network.nodes.map((node) => ({ id: node.id, label: node.name, attributes: { ...node } }));
    },
    async *edges() {
      yield network.edges.map((edge) => networkEdge(edge));
    },
  };
}

export function networkEdge(edge: ExportNetwork['edges'][number]): GraphEdge {
  const weight = edge.divergence === null ? 0 : 1 - edge.divergence;
  return {
    source: edge.source,
    target: edge.target,
    label: 'DISAGREEMENT',
    weight,
    attributes: {
      weight,
      divergence: edge.divergence,
      congruence: edge.congruence,
      conflict: edge.conflict,
      subtract: edge.subtract,
      redLineConflicts: edge.redLineConflicts,
      sharedIssues: edge.sharedIssues,
    },
  };
}
