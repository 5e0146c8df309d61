import { AttributeDef, AttributeValue, ExportGraphModel } from '../graph-model';
import { TextSink } from '../sink';
import { xmlText, xmlValue } from '../xml';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

/** Key ids are unique per file: the attribute name with n_ (nodes), e_ (edges) or g_ (graph). */
function keys(kind: 'node' | 'edge' | 'graph', attributes: AttributeDef[]): string {
  return attributes
    .map(
      (attribute) =>
        `  <key id="${kind[0]}_${attribute.name}" for="${kind}" attr.name="${attribute.name}" attr.type="${attribute.type}"/>\n`,
    )
    .join('');
}

function data(prefix: string, attributes: AttributeDef[], values: Record<string, AttributeValue>): string {
  let out = '';
  for (const attribute of attributes) {
    const text = xmlValue(attribute.type, values[attribute.name]);
    if (text !== null) out += `      <data key="${prefix}_${attribute.name}">${text}</data>\n`;
  }
  return out;
}

const GRAPH_ATTRIBUTES: AttributeDef[] = [{ name: 'description', type: 'string' }];
const LABEL: AttributeDef[] = [{ name: 'label', type: 'string' }];

/**
 * GraphML 1.0 with typed keys (string, double, int, boolean) and nothing vendor-specific: one
 * graph per file. Every node has a `label` besides its attributes; edges are numbered e0, e1, …
 */
export async function writeGraphml(model: ExportGraphModel, sink: TextSink): Promise<void> {
  await sink.write(HEADER);
  await sink.write(keys('graph', GRAPH_ATTRIBUTES));
  await sink.write(keys('node', [...LABEL, ...model.nodeAttributes]));
  await sink.write(keys('edge', [...LABEL, ...model.edgeAttributes]));
  const direction = model.directed ? 'directed' : 'undirected';
  await sink.write(`  <graph id="${model.id}" edgedefault="${direction}">\n`);
  await sink.write(`    <data key="g_description">${xmlText(model.description)}</data>\n`);
  for await (const nodes of model.nodes()) {
    for (const node of nodes) {
      const attributes = data('n', [...LABEL, ...model.nodeAttributes], {
        ...node.attributes,
        label: node.label,
      });
      await sink.write(`    <node id="${xmlText(node.id)}">\n${attributes}    </node>\n`);
    }
  }
  let count = 0;
  for await (const edges of model.edges()) {
    for (const edge of edges) {
      const attributes = data('e', [...LABEL, ...model.edgeAttributes], {
        ...edge.attributes,
        label: edge.label,
      });
      await sink.write(
        `    <edge id="e${count++}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">\n${attributes}    </edge>\n`,
      );
    }
  }
  await sink.write('  </graph>\n</graphml>\n');
}
