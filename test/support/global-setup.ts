import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh file where every test app appends the query files it ran (checked in global-teardown),
 * and where the apps write the generated GraphQL schema (compared with the committed schema.gql).
 */
export default function globalSetup(): void {
  const file = path.join(os.tmpdir(), `faultline-executed-queries-${process.pid}.txt`);
  fs.writeFileSync(file, '');
  process.env.FAULTLINE_EXECUTED_QUERIES_FILE = file;
  process.env.FAULTLINE_SCHEMA_FILE = path.join(os.tmpdir(), `faultline-schema-${process.pid}.gql`);
}
