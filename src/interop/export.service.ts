import { Injectable } from '@nestjs/common';
import { Writable } from 'node:stream';
import { DomainError } from '../common/domain-error';
import { DivergenceRepository, PointQuery } from '../divergence/divergence.repository';
import { CSV_TABLE_SPECS } from './csv-tables';
import { ExportProgress, ExportReader } from './export-reader';
import { CSV_TABLES, CsvTable, ExportFilter, ExportOptions } from './export-types';
import { knowledgeGraph, networkGraph } from './graph-model';
import { InteropRepository } from './interop.repository';
import { TextSink } from './sink';
import { writeCsvTable } from './writers/csv-writer';
import { writeCypher } from './writers/cypher-writer';
import { writeGexf } from './writers/gexf-writer';
import { writeGraphml } from './writers/graphml-writer';
import { writeJson } from './writers/json-writer';
import { writeStatements } from './writers/statements-writer';

/** Rows written per step (the last progress report of each). */
export type ExportSummary = Record<string, number>;

/** The CSV tables of a folder export, in the order they are written (changes.csv on request). */
export function csvFolderTables(filter: Pick<ExportFilter, 'changes'>): CsvTable[] {
  return CSV_TABLES.filter((table) => table !== 'changes' || filter.changes);
}

/** Streams the graph out in the researchers' formats, reading it a page at a time. */
@Injectable()
export class ExportService {
  constructor(
    private readonly repository: InteropRepository,
    private readonly divergence: DivergenceRepository,
  ) {}

  /** NOT_FOUND naming the first unknown id of the issue or actor filter. */
  async checkFilter(filter: ExportFilter): Promise<void> {
    const missing = await this.repository.missingIds(filter);
    if (missing.issues.length > 0) {
      const index = (filter.issues ?? []).indexOf(missing.issues[0]);
      throw DomainError.notFound('Issue', missing.issues[0], `issues[${index}]`);
    }
    if (missing.holders.length > 0) {
      const index = (filter.holders ?? []).indexOf(missing.holders[0]);
      throw DomainError.notFound('Actor', missing.holders[0], `actors[${index}]`);
    }
  }

  /** Writes one export to one stream and ends it; CSV writes the table `options.table`. */
  async export(options: ExportOptions, stream: Writable, progress?: ExportProgress): Promise<ExportSummary> {
    const summary: ExportSummary = {};
    const reader = this.reader(options, summary, progress);
    const sink = new TextSink(stream);
    switch (options.format) {
      case 'json':
        await writeJson(reader, sink);
        break;
      case 'cypher':
        await writeCypher(reader, sink);
        break;
      case 'graphml':
        await writeGraphml(await this.graph(reader, options), sink);
        break;
      case 'gexf':
        await writeGexf(await this.graph(reader, options), sink);
        break;
      case 'csv':
        await writeCsvTable(reader, sink, options.table);
        break;
      case 'statements':
        await writeStatements(reader, sink);
        break;
    }
    await sink.end();
    return summary;
  }

  /** Every CSV table, each to the stream `open` gives for its file name (the network computed once). */
  async exportCsvFolder(
    filter: ExportFilter,
    open: (fileName: string) => Writable,
    progress?: ExportProgress,
  ): Promise<ExportSummary> {
    const summary: ExportSummary = {};
    const reader = this.reader(filter, summary, progress);
    for (const table of csvFolderTables(filter)) {
      const sink = new TextSink(open(CSV_TABLE_SPECS[table].file));
      await writeCsvTable(reader, sink, table);
      await sink.end();
    }
    return summary;
  }

  private reader(filter: ExportFilter, summary: ExportSummary, progress?: ExportProgress): ExportReader {
    const { asOf, issues, holders, changes } = filter;
    const points = (query: PointQuery) => this.divergence.points(query);
    return new ExportReader(
      this.repository,
      points,
      { asOf, issues, holders, changes },
      (step, done, total) => {
        summary[step] = done;
        progress?.(step, done, total);
      },
    );
  }

  private async graph(reader: ExportReader, options: ExportOptions) {
    return options.graph === 'network' ? networkGraph(await reader.network()) : knowledgeGraph(reader);
  }
}
