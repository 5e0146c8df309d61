import { once } from 'node:events';
import { Writable } from 'node:stream';

/** Bytes gathered before a write to the stream: few large writes instead of many small ones. */
const CHUNK = 1 << 16;

/**
 * Text output to a Node stream with backpressure: writes are buffered into chunks, and a full
 * stream is waited for (drain) before more is read from the database, so memory stays flat.
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;
  /** Characters written in all (after the last flush). */
  written = 0;

  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.written += chunk.length;
    if (this.stream.destroyed || this.stream.writableEnded) throw new Error('the output was closed');
    if (!this.stream.write(chunk, 'utf8')) await drained(this.stream);
  }

  /** Flushes and ends the stream; resolves once everything is handed to the operating system. */
  async end(): Promise<void> {
    await this.flush();
    const finished = new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.once('finish', () => resolve());
    });
    this.stream.end();
    await finished;
  }
}

async function drained(stream: Writable): Promise<void> {
  const controller = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: controller.signal }),
      once(stream, 'close', { signal: controller.signal }).then(() => {
        throw new Error('the output was closed');
      }),
    ]);
  } finally {
    controller.abort();
  }
}
