import { DATASET_FORMAT } from '../../datasets/dataset.types';
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

/** JSON.stringify with two-space indentation, every line but the first shifted by `depth` spaces. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);
}

async function writeArray<T>(
  sink: TextSink,
  key: string,
  pages: AsyncIterable<T[]>,
  toEntity: (row: T) => unknown,
): Promise<void> {
  await sink.write(`,\n  ${JSON.stringify(key)}: [`);
  let first = true;
  for await (const rows of pages) {
    if (rows.length === 0) continue;
    // A page at a time (one stringify, one write), its elements indented two levels down as the
    // whole dataset's JSON.stringify has them: stringified inside an object of their own, whose
    // brackets are cut off (cheaper than re-indenting the text of a page of 10,000 positions).
    const page = JSON.stringify({ [key]: rows.map(toEntity) }, null, 2);
    const opening = `{\n  ${JSON.stringify(key)}: [`.length;
    await sink.write(`${first ? '' : ','}${page.slice(opening, -'\n  ]\n}'.length)}`);
    first = false;
  }
  await sink.write(first ? ']' : '\n  ]');
}

/**
 * The dataset format faultline/1, written entity by entity in id order. The text is exactly
 * `JSON.stringify(dataset, null, 2)` plus a final newline, so importing it into an empty
 * database and exporting again gives the same file.
 */
export async function writeJson(reader: ExportReader, sink: TextSink): Promise<void> {
  const dataset = await reader.dataset();
  await sink.write(`{\n  "format": ${JSON.stringify(DATASET_FORMAT)},\n  "dataset": ${indented(dataset, 2)}`);
  await writeArray(sink, 'actors', reader.actors(), toDatasetActor);
  await writeArray(sink, 'issues', reader.issues(), toDatasetIssue);
  await writeArray(sink, 'sources', reader.sources(), toDatasetSource);
  await writeArray(sink, 'events', reader.events(), toDatasetEvent);
  await writeArray(sink, 'proposals', reader.proposals(), toDatasetProposal);
  await writeArray(sink, 'positions', reader.datasetPositions(), toDatasetPosition);
  await writeArray(sink, 'relations', reader.relations(), toDatasetRelation);
  if (reader.filter.changes) await writeArray(sink, 'changes', reader.changes(), toDatasetChange);
  await sink.write('\n}\n');
}
