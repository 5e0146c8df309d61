import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { checkSemantics, UNPARSEABLE_DATE } from './dataset-semantics';
import type { DatasetIssueReport, FaultlineDataset } from './dataset.types';

export type { DatasetIssueReport } from './dataset.types';

export type DatasetValidationResult =
  { ok: true; dataset: FaultlineDataset } | { ok: false; errors: DatasetIssueReport[] };

const SCHEMA_FILE = join('schemas', 'faultline-dataset-1.schema.json');

/**
 * The schema lives at the repository root, outside src/, so it is read from disk rather than
 * imported: an import would fall outside rootDir of the build config. Walking up from this file
 * finds it both from src/datasets (tests, ts-node) and from dist/datasets (built server).
 */
export function findSchemaFile(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, SCHEMA_FILE);
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${SCHEMA_FILE} not found above ${start}`);
  }
}

export const datasetSchema: Record<string, unknown> = JSON.parse(
  readFileSync(findSchemaFile(), 'utf8'),
) as Record<string, unknown>;

// Compiled once: compiling costs far more than validating.
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateSchema = ajv.compile<FaultlineDataset>(datasetSchema);

/**
 * Validates a parsed faultline/1 file: the JSON Schema first, then the semantic rules (ids,
 * references, ranges, intervals, issue cycles). Both always run, so a caller sees every problem
 * at once instead of fixing them one round trip at a time.
 */
export function validateDataset(input: unknown): DatasetValidationResult {
  const valid = validateSchema(input);
  const schemaErrors = valid ? [] : toReports(validateSchema.errors ?? []);
  const flagged = new Set(schemaErrors.map((e) => e.path));
  // An unparseable date the schema already rejected would only repeat its message.
  const semanticErrors = checkSemantics(input).filter(
    (e) => !(e.message === UNPARSEABLE_DATE && flagged.has(e.path)),
  );
  if (valid && semanticErrors.length === 0) return { ok: true, dataset: input };
  return { ok: false, errors: dedupe([...schemaErrors, ...semanticErrors]) };
}

/** JSON pointer (/positions/3/value) to JSON path ($.positions[3].value). */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '$';
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => {
      if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return `${path}.${segment}`;
      return `${path}[${JSON.stringify(segment)}]`;
    }, '$');
}

function childPath(pointer: string, property: string): string {
  return pointerToPath(`${pointer}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

function toReports(errors: ErrorObject[]): DatasetIssueReport[] {
  // anyOf lists one failure per branch; keep only the anyOf summary.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  return errors
    .filter((e) => e.keyword !== 'if') // the failing then/else branch reports the real cause
    .filter((e) => !anyOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`)))
    .map(toReport);
}

function toReport(error: ErrorObject): DatasetIssueReport {
  const at = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: childPath(error.instancePath, String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return {
        path: childPath(error.instancePath, String(params.additionalProperty)),
        message: 'is not an allowed property',
      };
    case 'dependentRequired':
      return {
        path: childPath(error.instancePath, String(params.missingProperty)),
        message: `is required when ${String(params.property)} is present`,
      };
    case 'false schema':
      return { path: at, message: 'is not allowed for this relation type' };
    case 'enum':
      return { path: at, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path: at, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'anyOf':
      return {
        path: at,
        message: error.schemaPath.includes('dateOrDateTime')
          ? 'must be an ISO 8601 date (YYYY-MM-DD) or date-time with time zone'
          : 'does not match any allowed form',
      };
    case 'pattern':
      return {
        path: at,
        message: error.schemaPath.includes('/$defs/id/')
          ? 'must be a slug: lowercase letters, digits and hyphens, not starting with a hyphen'
          : 'must contain non-whitespace text',
      };
    default:
      return { path: at, message: error.message ?? `fails ${error.keyword}` };
  }
}

function dedupe(reports: DatasetIssueReport[]): DatasetIssueReport[] {
  const seen = new Set<string>();
  return reports.filter((r) => {
    const key = `${r.path}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
