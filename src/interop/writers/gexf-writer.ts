import { AttributeDef, AttributeValue, ExportGraphModel, Spell } from '../graph-model';
import { TextSink } from '../sink';
import { xmlText, xmlValue } from '../xml';

const GEXF_TYPES: Record<AttributeDef['type'], string> = {
  string: 'string',
  double: 'double',
  int: 'integer',
  boolean: 'boolean',
};

function declarations(kind: 'node' | 'edge', attributes: AttributeDef[]): string {
  const lines = attributes.map(
    (attribute) =>
      `      <attribute id="${attribute.name}" title="${attribute.name}" type="${GEXF_TYPES[attribute.type]}"/>\n`,
  );
  return `    <attributes class="${kind}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues(attributes: AttributeDef[], values: Record<string, AttributeValue>): string {
  let out = '';
  for (const attribute of attributes) {
    const text = xmlValue(attribute.type, values[attribute.name]);
    if (text !== null) out += `          <attvalue for="${attribute.name}" value="${text}"/>\n`;
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
}

function spells(spell: Spell | undefined): string {
  if (!spell) return '';
  const end = spell.end === null ? '' : ` end="${xmlText(spell.end)}"`;
  return `        <spells>\n          <spell start="${xmlText(spell.start)}"${end}/>\n        </spells>\n`;
}

/**
 * GEXF 1.3. The knowledge graph is dynamic (timeformat datetime): each position node, and each
 * edge of a position, lives from validFrom to validTo (open while current), so Gephi's timeline
 * replays how positions moved. The network is static, at its asOf.
 */
export async function writeGexf(model: ExportGraphModel, sink: TextSink): Promise<void> {
  const mode = model.dynamic ? 'mode="dynamic" timeformat="datetime"' : 'mode="static"';
  const direction = model.directed ? 'directed' : 'undirected';
  await sink.write(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>Faultline</creator>
    <description>${xmlText(model.description)}</description>
  </meta>
  <graph ${mode} defaultedgetype="${direction}">
`);
  await sink.write(declarations('node', model.nodeAttributes));
  await sink.write(declarations('edge', model.edgeAttributes));
  await sink.write('    <nodes>\n');
  for await (const nodes of model.nodes()) {
    for (const node of nodes) {
      const body = attvalues(model.nodeAttributes, node.attributes) + spells(node.spell);
      await sink.write(
        `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}">\n${body}      </node>\n`,
      );
    }
  }
  await sink.write('    </nodes>\n    <edges>\n');
  let count = 0;
  for await (const edges of model.edges()) {
    for (const edge of edges) {
      const weight = edge.weight === undefined ? '' : ` weight="${edge.weight}"`;
      const body = attvalues(model.edgeAttributes, edge.attributes) + spells(edge.spell);
      await sink.write(
        `      <edge id="e${count++}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" label="${xmlText(edge.label)}"${weight}>\n${body}      </edge>\n`,
      );
    }
  }
  await sink.write('    </edges>\n  </graph>\n</gexf>\n');
}
