#!/usr/bin/env node
// `npm run build:web`: type-checks the dashboard (web/tsconfig.json), then bundles web/src with
// esbuild into web/dist/ (index.html, app.js, app.css). Everything the page needs is bundled: it
// loads nothing from the internet. `--no-check` skips the type check (the bundle is the same).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const web = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(web);
const dist = path.join(web, 'dist');

if (!process.argv.includes('--no-check')) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const check = spawnSync(process.execPath, [tsc, '-p', path.join(web, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  if (check.status !== 0) {
    console.error('web: the type check failed (see above)');
    process.exit(1);
  }
}

fs.rmSync(dist, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [
    { in: path.join(web, 'src', 'main.ts'), out: 'app' },
    { in: path.join(web, 'src', 'styles.css'), out: 'app' },
  ],
  outdir: dist,
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  legalComments: 'linked',
  logLevel: 'warning',
});
fs.copyFileSync(path.join(web, 'src', 'index.html'), path.join(dist, 'index.html'));
fs.writeFileSync(path.join(dist, '.built'), new Date().toISOString());
console.log(`web: built ${path.relative(root, dist)}/`);
