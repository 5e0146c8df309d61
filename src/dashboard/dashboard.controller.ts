import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { Public } from '../auth/public.decorator';
import { projectRoot } from '../common/project-root';

/** The built page (web/dist, made by `npm run build:web`): only plain file names, no dot files. */
const FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)+$/;

function distDir(): string {
  return path.join(projectRoot(), 'web', 'dist');
}

/**
 * The dashboard: GET / is the page, GET /dashboard/:file its script and style. The page is built
 * from the GraphQL API alone and loads nothing from elsewhere. The files need no key (like the
 * IDE's); the page sends the key its user gives with every GraphQL request.
 */
@Public()
@Controller()
export class DashboardController {
  @Get()
  page(@Res() response: Response): void {
    const file = path.join(distDir(), 'index.html');
    if (!fs.existsSync(file)) {
      response
        .status(503)
        .type('text/plain')
        .send(
          'The dashboard is not built: run `npm run build:web` (npm start does it). GraphQL is at /graphql.\n',
        );
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(file);
  }

  @Get('dashboard/:file')
  asset(@Param('file') name: string, @Res() response: Response): void {
    const file = path.join(distDir(), name);
    if (!FILE.test(name) || !fs.existsSync(file)) throw new NotFoundException(`no dashboard file "${name}"`);
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(file);
  }
}
