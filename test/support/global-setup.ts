import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh file where every test app appends the query files it ran (checked in global-teardown). */
export default function globalSetup(): void {
  const file = path.join(os.tmpdir(), `faultline-executed-queries-${process.pid}.txt`);
  fs.writeFileSync(file, '');
  process.env.FAULTLINE_EXECUTED_QUERIES_FILE = file;
}
