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
    const body = await readBody(chunked(text, 3), 1_000_000, () => null);
    expect(body.text).toBe(await new Response(new TextEncoder().encode(text)).text());
    expect(body.size).toBe(new TextEncoder().encode(text).byteLength);
  });

  it('starts the worker before the first chunk when the size is not said, and hands it every byte', async () => {
    const text = 'x'.repeat(1000);
    const { chunks, sink } = collector();
    let started = 0;
    const body = await readBody(chunked(text, 64), 100, () => (started++, sink));
    expect(started).toBe(1);
    expect(body.size).toBe(1000);
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(text);
  });

  it('starts no worker for a response that says it is small', async () => {
    let started = 0;
    const body = await readBody(chunked('{"a":1}', 4, { 'Content-Length': '7' }), 100, () => (started++, null));
    expect(started).toBe(0);
    expect(body.text).toBe('{"a":1}');
  });
});
