/**
 * Reads a response body as it arrives and decodes it chunk by chunk, while the rest is still downloading (the page
 * is mostly idle then; response.text() decoded 65 MB on the page after the last byte). When the response says it
 * has more than `large` bytes, or, not saying (compressed on the fly), once `early` bytes have come, onLarge is
 * called and may return a sink (a worker), which is then handed every chunk, those read so far and those to come,
 * after this thread has decoded it: the worker decodes its own copy as the download goes on, not after it, and has
 * started up by the time the download ends. (Started only once 1 MB had arrived, a worker took seconds to start on
 * a busy page.) The caller drops the sink if the body turns out small after all.
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

export async function readBody(response: Response, sizes: { large: number; early: number }, onLarge: () => ChunkSink | null): Promise<Body> {
  const decoder = new TextDecoder(); // UTF-8, a byte order mark dropped, as response.text() does
  const declared = Number(response.headers.get('Content-Length') ?? NaN); // absent when compressed on the fly
  let sink = declared > sizes.large ? onLarge() : null;
  // when the size is not said, the chunks before `early` bytes, kept for a sink that may yet start
  let pending: Uint8Array[] | null = sink || declared <= sizes.large ? null : [];
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = decoder.decode(bytes);
    if (pending && bytes.byteLength > sizes.early) sink = onLarge();
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
    if (sink) sink.push(value);
    else if (pending) {
      pending.push(value);
      if (size > sizes.early) {
        sink = onLarge();
        for (const chunk of sink ? pending : []) sink!.push(chunk);
        pending = null;
      }
    }
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), size };
}
