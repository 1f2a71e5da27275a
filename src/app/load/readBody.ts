/**
 * Reads a response body as it arrives and decodes it chunk by chunk, while the rest is still downloading (the page
 * is mostly idle then; response.text() decoded 65 MB on the page after the last byte). Unless the response says
 * it has at most `large` bytes, onLarge is called before the first chunk is read and may return a sink (a worker),
 * which is then handed every chunk after this thread has decoded it: the worker decodes its own copy as the
 * download goes on, not after it, and has started up by the time the download ends. (Started only once 1 MB had
 * arrived, a worker took seconds to start on a busy page.) The caller drops the sink if the body turns out small.
 */
export interface ChunkSink {
  /** the chunk is the sink's from now on (it may be transferred to a worker) */
  push(chunk: Uint8Array): void;
}

export interface Body {
  text: string;
  /** in bytes */
  size: number;
}

export async function readBody(response: Response, large: number, onLarge: () => ChunkSink | null): Promise<Body> {
  const decoder = new TextDecoder(); // UTF-8, a byte order mark dropped, as response.text() does
  const declared = Number(response.headers.get('Content-Length') ?? NaN); // absent when compressed on the fly
  const sink = declared <= large ? null : onLarge();
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = decoder.decode(bytes);
    sink?.push(bytes);
    return { text, size: bytes.byteLength };
  }
  const reader = response.body.getReader();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    size += value.byteLength;
    sink?.push(value);
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), size };
}
