import { Module } from '@nestjs/common';
import { DatasetsModule } from '../datasets/datasets.module';
import { DivergenceModule } from '../divergence/divergence.module';
import { CsvImportService } from './csv-import.service';
import { ExportService } from './export.service';
import { InteropController } from './interop.controller';
import { InteropRepository } from './interop.repository';

/** Exports to the researchers' formats (JSON, Cypher, GraphML, GEXF, CSV, statements) and CSV import. */
@Module({
  imports: [DatasetsModule, DivergenceModule],
  controllers: [InteropController],
  providers: [InteropRepository, ExportService, CsvImportService],
  exports: [ExportService, CsvImportService],
})
export class InteropModule {}
