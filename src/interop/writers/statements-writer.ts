import { STATEMENT_COLUMNS } from '../csv-tables';
import { ExportReader } from '../export-reader';
import { DescribedPositionRow } from '../export-rows';
import { TextSink } from '../sink';
import { CsvRecord, writeCsv } from './csv-writer';

/**
 * A position's evidence as statements, the unit discourse-network tools code: actor, concept
 * (the issue), qualifier (the position's value), date (validFrom), text (the verbatim quote) and
 * its source. A position with several quotes gives one statement per quote.
 */
export function statementRecords(row: DescribedPositionRow): CsvRecord[] {
  const base: CsvRecord = {
    position: row.id,
    date: row.validFrom,
    actor: row.holder,
    actor_name: row.holderName,
    concept: row.issue,
    concept_name: row.issueName,
    qualifier: row.value,
    salience: row.salience,
    red_line: row.redLine,
  };
  return row.evidence.map((evidence) => ({ ...base, text: evidence.quote, source: evidence.source }));
}

export async function writeStatements(reader: ExportReader, sink: TextSink): Promise<void> {
  async function* pages(): AsyncGenerator<CsvRecord[]> {
    for await (const rows of reader.positions()) yield rows.flatMap(statementRecords);
  }
  await writeCsv(sink, STATEMENT_COLUMNS, pages());
}
