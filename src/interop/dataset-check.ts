import fs from 'node:fs';
import { DomainError } from '../common/domain-error';
import { FaultlineDataset } from '../datasets/dataset.types';
import { validateDataset } from '../datasets/validate-dataset';
import { loadCsvDataset } from './csv-dataset';

export type ImportFormat = 'json' | 'csv';

/** Reads and validates a JSON dataset file; problems name the file and the JSON path. */
export function loadJsonDataset(file: string): FaultlineDataset {
  if (!fs.existsSync(file)) throw DomainError.badInput('file', `${file} does not exist`);
  let input: unknown;
  try {
    input = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw DomainError.badInput('file', `${file} is not valid JSON (${(error as Error).message})`);
  }
  const result = validateDataset(input);
  if (!result.ok) {
    throw DomainError.invalid(
      result.errors.map((error) => ({ field: `${file} ${error.path}`, message: error.message })),
    );
  }
  return result.dataset;
}

/** `--check`: validates a dataset (JSON file or CSV folder) without touching the database. */
export function checkDataset(format: ImportFormat, target: string): string {
  const dataset = format === 'csv' ? loadCsvDataset(target) : loadJsonDataset(target);
  const kinds = ['actors', 'issues', 'sources', 'events', 'proposals', 'positions', 'relations'] as const;
  const counts = kinds.map((kind) => `${dataset[kind]?.length ?? 0} ${kind}`).join(', ');
  return `${target} is a valid dataset ${dataset.dataset.id}: ${counts}; nothing was written`;
}
