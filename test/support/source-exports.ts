import fs from 'node:fs';
import path from 'node:path';

const SOURCE = path.join(__dirname, '..', '..', 'src');

/**
 * What the source files whose text matches `declaring` export (specs left out), for tests that
 * check a rule over every class of a kind: new classes are found without a list to keep up.
 */
export function sourceExports(declaring: RegExp): unknown[] {
  return fs
    .readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => path.join(SOURCE, file))
    .filter((file) => declaring.test(fs.readFileSync(file, 'utf8')))
    .flatMap((file) => {
      // The files are found at run time: a static import cannot name them.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return Object.values(require(file) as Record<string, unknown>);
    });
}
