import { Injectable } from '@nestjs/common';
import { ImportProgress } from '../datasets/datasets.repository';
import { DatasetsService, ImportReport } from '../datasets/datasets.service';
import { loadCsvDataset } from './csv-dataset';

/** Imports a folder of CSV tables through the same all-or-nothing, idempotent import as JSON. */
@Injectable()
export class CsvImportService {
  constructor(private readonly datasets: DatasetsService) {}

  async import(folder: string, progress?: ImportProgress): Promise<ImportReport> {
    return this.datasets.import(loadCsvDataset(folder), progress);
  }
}
