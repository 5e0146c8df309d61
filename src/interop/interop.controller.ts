import { Controller, Get, HttpStatus, Logger, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/domain-error';
import { exportMedia, parseExportOptions } from './export-options';
import { ExportOptions } from './export-types';
import { ExportService } from './export.service';

type QueryValue = string | string[] | undefined;

/** Repeated query parameters (?issues=a&issues=b) count as one comma-separated list. */
function single(value: QueryValue): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * GET /export/:format?asOf=&issues=a,b&actors=x,y&graph=knowledge|network&table=positions&changes=true:
 * the export streamed as the response body, read from the database a page at a time.
 */
@Controller('export')
export class InteropController {
  private readonly logger = new Logger('Export');

  constructor(private readonly exports: ExportService) {}

  @Get(':format')
  async export(
    @Param('format') format: string,
    @Query() query: Record<string, QueryValue>,
    @Res() response: Response,
  ): Promise<void> {
    let options: ExportOptions;
    try {
      options = parseExportOptions({
        format,
        asOf: single(query.asOf),
        issues: single(query.issues),
        actors: single(query.actors),
        graph: single(query.graph),
        table: single(query.table),
        changes: single(query.changes),
      });
      await this.exports.checkFilter(options);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.code === 'NOT_FOUND' ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
      response
        .status(status)
        .json({ error: { code: error.code, field: error.field, message: error.message } });
      return;
    }
    const media = exportMedia(options);
    response.status(HttpStatus.OK);
    response.setHeader('content-type', media.contentType);
    response.setHeader('content-disposition', `attachment; filename="${media.fileName}"`);
    try {
      await this.exports.export(options, response);
    } catch (error) {
      // The status line is sent: the only way left to say "incomplete" is to break the connection.
      this.logger.error({ msg: 'export failed', format: options.format, error: String(error) });
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
