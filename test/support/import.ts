import { FaultlineDataset } from '../../src/datasets/dataset.types';
import { DatasetsService } from '../../src/datasets/datasets.service';
import { TestApp } from './test-app';

/** Loads a dataset through the same service the API and the CLI use. */
export async function importDataset(app: TestApp, dataset: FaultlineDataset | unknown): Promise<void> {
  await app.app.get(DatasetsService).import(dataset);
}
