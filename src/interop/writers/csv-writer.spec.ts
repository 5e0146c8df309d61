import { PassThrough } from 'node:stream';
import { TextSink } from '../sink';
import { CsvRecord, writeCsv } from './csv-writer';

async function csvOf(columns: string[], pages: CsvRecord[][]): Promise<string> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  async function* each() {
    yield* pages;
  }
  const sink = new TextSink(stream);
  await writeCsv(sink, columns, each());
  await sink.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('writeCsv', () => {
  it('writes RFC 4180: CRLF after each record, quotes only where a field needs them, "" for a quote', async () => {
    // Expected text written by hand from RFC 4180 (section 2): fields with a comma, a quote or a
    // line break are enclosed in double quotes, a quote inside one is doubled.
    const text = await csvOf(
      ['id', 'text', 'value', 'flag', 'note'],
      [
        [
          { id: 'a', text: 'plain', value: 1.5, flag: true, note: null },
          { id: 'b', text: 'comma, here', value: -0.25, flag: false, note: undefined },
        ],
        [],
        [{ id: 'c', text: 'say "hi"\r\nnext', value: 0, flag: false, note: '' }],
      ],
    );
    expect(text).toBe(
      'id,text,value,flag,note\r\n' +
        'a,plain,1.5,true,\r\n' +
        'b,"comma, here",-0.25,false,\r\n' +
        'c,"say ""hi""\r\nnext",0,false,\r\n',
    );
  });

  it('quotes a field that starts or ends with a space, so that readers which trim keep it', async () => {
    const text = await csvOf(['name'], [[{ name: ' padded ' }, { name: 'in side' }]]);
    expect(text).toBe('name\r\n" padded "\r\nin side\r\n');
  });

  it('writes only the header when there are no records', async () => {
    expect(await csvOf(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
