import { describe, expect, it } from 'vitest';
import { readBody } from './readBody';

function chunked(text: string, chunkSize: number, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += chunkSize) controller.enqueue(bytes.slice(at, at + chunkSize));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

function collector() {
  const chunks: Uint8Array[] = [];
  return { chunks, sink: { push: (chunk: Uint8Array) => void chunks.push(chunk) } };
}

describe('reading a timeline as it downloads', () => {
  it('decodes a body whose chunks split a character in two, as response.text() would', async () => {
    const text = '\uFEFF{"title":"Kim Jong Un – Séoul – 北京"}';
    const body = await readBody(chunked(text, 3), { large: 1_000_000, early: 100 }, () => null);
    expect(body.text).toBe(await new Response(new TextEncoder().encode(text)).text());
    expect(body.size).toBe(new TextEncoder().encode(text).byteLength);
  });

  it('starts the worker early in a download of unsaid size, and hands it every byte, those before too', async () => {
    const text = 'x'.repeat(1000);
    const { chunks, sink } = collector();
    let started = 0;
    const body = await readBody(chunked(text, 64), { large: 500, early: 100 }, () => {
      started++;
      return sink;
    });
    expect(started).toBe(1);
    expect(body.size).toBe(1000);
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(text);
  });

  it('starts the worker before the first chunk when the response says it is large', async () => {
    let startedAt = -1;
    let read = 0;
    const { sink } = collector();
    await readBody(chunked('y'.repeat(1000), 64, { 'Content-Length': '1000' }), { large: 500, early: 100 }, () => {
      startedAt = read;
      return {
        push: (chunk) => {
          read += chunk.byteLength;
          sink.push(chunk);
        },
      };
    });
    expect(startedAt).toBe(0);
    expect(read).toBe(1000);
  });

  it('starts no worker for a small file, said or not', async () => {
    let started = 0;
    await readBody(chunked('{"a":1}', 4, { 'Content-Length': '7' }), { large: 500, early: 100 }, () => {
      started++;
      return null;
    });
    await readBody(chunked('{"a":1}', 4), { large: 500, early: 100 }, () => {
      started++;
      return null;
    });
    expect(started).toBe(0);
  });

  it('starts no worker for a response that says it is small, however many bytes come', async () => {
    let started = 0;
    await readBody(chunked('z'.repeat(300), 64, { 'Content-Length': '300' }), { large: 500, early: 100 }, () => {
      started++;
      return null;
    });
    expect(started).toBe(0);
  });
});
