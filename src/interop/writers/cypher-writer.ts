import { cypher } from '../../database/cypher-registry';
import { readMigrationFiles } from '../../database/schema-migrations';
import { CypherValue, renderStatement } from '../cypher-literal';
import {
  toDatasetActor,
  toDatasetChange,
  toDatasetEvent,
  toDatasetIssue,
  toDatasetPosition,
  toDatasetProposal,
  toDatasetRelation,
  toDatasetSource,
} from '../dataset-entities';
import { ExportReader } from '../export-reader';
import { TextSink } from '../sink';

/** Rows per UNWIND statement of the script: long enough to be fast, short enough for any client. */
export const SCRIPT_BATCH_SIZE = 1000;

const HEADER = `// Faultline graph as Cypher statements without parameters, one per ';' at a line end.
// Run it on an empty Neo4j 5: cypher-shell -f this-file.cypher (or paste it into Neo4j Browser).
// It creates the constraints and indexes first, then the nodes and relationships in batches
// (UNWIND of literal lists), with the same statements an import runs.
`;

/** One UNWIND statement per batch of rows; `params` are the template's other parameters. */
async function unwind(
  sink: TextSink,
  template: string,
  pages: AsyncIterable<CypherValue[]>,
  params: Record<string, CypherValue> = {},
): Promise<void> {
  for await (const page of pages) {
    for (let start = 0; start < page.length; start += SCRIPT_BATCH_SIZE) {
      const rows = page.slice(start, start + SCRIPT_BATCH_SIZE);
      await sink.write(`\n${renderStatement(template, { ...params, rows })}`);
    }
  }
}

async function* mapped<T>(
  pages: AsyncIterable<T[]>,
  map: (row: T) => CypherValue | null,
): AsyncGenerator<CypherValue[]> {
  for await (const rows of pages) {
    const values = rows.map(map).filter((value): value is CypherValue => value !== null);
    if (values.length > 0) yield values;
  }
}

const value = (entity: object): CypherValue => entity as CypherValue;

/**
 * A Cypher script that recreates the exported graph: the schema migrations' constraints and
 * indexes, then each kind with the product's own import statements (cypher/datasets/*) whose
 * parameters are replaced by escaped literals.
 */
export async function writeCypher(reader: ExportReader, sink: TextSink): Promise<void> {
  const q = cypher().datasets;
  await sink.write(HEADER);
  for (const file of readMigrationFiles()) {
    for (const statement of file.statements) await sink.write(`\n${statement};\n`);
  }
  await unwind(
    sink,
    q.mergeActors.text,
    mapped(reader.actors(), (row) => value(toDatasetActor(row))),
  );
  await unwind(
    sink,
    q.mergeIssues.text,
    mapped(reader.issues(), (row) => value(toDatasetIssue(row))),
  );
  await unwind(
    sink,
    q.mergeIssueParents.text,
    mapped(reader.issues('issue parents'), (row) => (row.parent ? { id: row.id, parent: row.parent } : null)),
  );
  await unwind(
    sink,
    q.mergeSources.text,
    mapped(reader.sources(), (row) => value(toDatasetSource(row))),
  );
  await unwind(
    sink,
    q.mergeEvents.text,
    mapped(reader.events(), (row) => value(toDatasetEvent(row))),
  );
  await unwind(
    sink,
    q.mergeProposals.text,
    mapped(reader.proposals(), (row) => value(toDatasetProposal(row))),
  );
  for await (const rows of reader.datasetPositions()) {
    for (let start = 0; start < rows.length; start += SCRIPT_BATCH_SIZE) {
      const batch = rows.slice(start, start + SCRIPT_BATCH_SIZE);
      await sink.write(
        `\n${renderStatement(q.mergePositions.text, { rows: batch.map((row) => value(toDatasetPosition(row))) })}`,
      );
      await sink.write(
        `\n${renderStatement(cypher().positions.refreshConfidence.text, { ids: batch.map((row) => row.id) })}`,
      );
    }
  }
  await unwind(
    sink,
    q.mergeRelations.text,
    mapped(reader.relations(), (row) => value(toDatasetRelation(row))),
  );
  for (const dataset of await reader.datasetRows()) {
    await sink.write(`\n${renderStatement(q.mergeDataset.text, { dataset: value(dataset) })}`);
  }
  if (!reader.filter.changes) return;
  // The script keeps the entries as they were; running it is not an import by Faultline.
  await unwind(
    sink,
    q.mergeChanges.text,
    mapped(reader.changes(), (row) => value(toDatasetChange(row))),
    { importedIn: null },
  );
}
