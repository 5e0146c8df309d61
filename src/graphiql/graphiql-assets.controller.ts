import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

/** The IDE's files, served from installed packages so the IDE works with no internet. */
const ASSETS: Record<string, { module: string; type: string }> = {
  'react.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

@Controller('graphiql')
export class GraphiqlAssetsController {
  @Get(':file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!asset) throw new NotFoundException(`no IDE asset "${file}"`);
    response.type(asset.type).setHeader('cache-control', 'public, max-age=86400');
    response.sendFile(require.resolve(asset.module));
  }
}
