import fc from 'fast-check';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { json } from 'body-parser';
import { jsonBody } from './json-body';

type Middleware = (request: Request, response: Response, next: NextFunction) => void;

/** body-parser's JSON parser (the server's, as jsonBody makes it), noting that it read the body. */
function notingBodyParser(): Middleware {
  const bodyParser = json({ limit: LIMIT });
  return (request, response, next) => {
    (request as { plainPath?: boolean }).plainPath = false;
    bodyParser(request, response, next);
  };
}

const LIMIT = 2_000;

/** What a server answers: 200 with the body it parsed, or the status of the parser's error. */
type Outcome = { status: number; body?: unknown; plainPath?: boolean };

/** A server running `middleware` in order, then answering what they made of the body. */
async function serve(middleware: Middleware[]): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const run = (index: number, error?: unknown): void => {
      const req = request as Request;
      if (error !== undefined) {
        response.writeHead(Number((error as { status?: number }).status) || 500).end('{}');
      } else if (index < middleware.length) {
        middleware[index](req, response as Response, (next?: unknown) => run(index + 1, next));
      } else {
        const outcome = {
          body: req.body as unknown,
          plainPath: (req as { plainPath?: boolean }).plainPath ?? true,
        };
        response.writeHead(200).end(JSON.stringify(outcome));
      }
    };
    run(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** POSTs `body` with `headers`, and a Content-Length unless `chunked`. */
function send(url: string, body: Buffer, headers: Record<string, string>, chunked = false): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': body.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Outcome;
          resolve(
            response.statusCode === 200 ? { ...answer, status: 200 } : { status: response.statusCode ?? 0 },
          );
        });
      },
    );
    request.on('error', reject);
    // Written before the end, a body goes chunked: Node sets a Content-Length only for `end(body)`.
    if (chunked) request.write(body);
    request.end(chunked ? undefined : body);
  });
}

describe('jsonBody', () => {
  let withPlainPath: Awaited<ReturnType<typeof serve>>;
  let bodyParserAlone: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    withPlainPath = await serve([jsonBody(LIMIT, notingBodyParser())]);
    bodyParserAlone = await serve([notingBodyParser()]);
  });
  afterAll(async () => {
    await withPlainPath.close();
    await bodyParserAlone.close();
  });

  /** The same request to both servers: the answers must agree. */
  async function compare(body: Buffer, headers: Record<string, string>, chunked = false) {
    const [plain, reference] = await Promise.all([
      send(withPlainPath.url, body, headers, chunked),
      send(bodyParserAlone.url, body, headers, chunked),
    ]);
    expect({ status: plain.status, body: plain.body }).toEqual({
      status: reference.status,
      body: reference.body,
    });
    return plain;
  }

  it('reads a plain JSON body itself and answers as body-parser would', async () => {
    const body = Buffer.from(JSON.stringify({ query: '{ issues { id } }', variables: { x: 'é👩🏽' } }));
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON']) {
      const outcome = await compare(body, { 'content-type': type });
      expect(outcome).toMatchObject({ status: 200, plainPath: true });
    }
  });

  it('leaves compressed, other-charset, chunked and oversized bodies to body-parser', async () => {
    const json = JSON.stringify({ query: '{ issues { id } }' });
    const gzipped = await compare(gzipSync(json), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(gzipped).toMatchObject({ status: 200, plainPath: false, body: { query: '{ issues { id } }' } });
    const utf16 = await compare(Buffer.from(json, 'utf16le'), {
      'content-type': 'application/json; charset=utf-16le',
    });
    expect(utf16).toMatchObject({ status: 200, plainPath: false });
    const chunked = await compare(Buffer.from(json), { 'content-type': 'application/json' }, true);
    expect(chunked).toMatchObject({ status: 200, plainPath: false });
    expect(
      (await compare(Buffer.from('x'.repeat(LIMIT + 1)), { 'content-type': 'application/json' })).status,
    ).toBe(413);
  });

  it('agrees with body-parser on any body: the same value, or the same error status', async () => {
    const text = fc.oneof(
      fc.json(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('', ' ', '\ufeff{}', '\u00a0{}', ' \n\t[1, 2]', '"text"', '12', 'null', '{"a":', '[]x'),
      fc.tuple(fc.constantFrom('', ' ', '\ufeff', '\r\n'), fc.json()).map(([prefix, json]) => prefix + json),
    );
    const body = fc.oneof(
      text.map((value) => Buffer.from(value, 'utf8')),
      fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (bytes) => {
        await compare(bytes, { 'content-type': 'application/json' });
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });
});
