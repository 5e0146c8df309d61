import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import path from 'node:path';
import { Public } from '../auth/public.decorator';

/** The IDE's files, served from installed packages so the IDE works with no internet. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** Package files are found from package.json: React's `exports` map hides its umd/ folder. */
function assetPath(asset: { pkg: string; file: string }): string {
  return path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);
}

@Public()
@Controller('graphiql')
export class GraphiqlAssetsController {
  @Get(':file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!asset) throw new NotFoundException(`no IDE asset "${file}"`);
    response.type(asset.type).setHeader('cache-control', 'public, max-age=86400');
    response.sendFile(assetPath(asset));
  }
}
