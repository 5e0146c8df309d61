import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json: cypher/, seeds/ and schemas/ are found from it, built or not. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
