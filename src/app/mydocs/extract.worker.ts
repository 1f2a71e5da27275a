/**
 * The extraction worker: the build step's stages run here, off the page's thread, so the page never freezes.
 * This file and everything it imports form a chunk of their own that the page loads only when a reader adds
 * documents (or has added some before).
 */
import '../zodConfig';
import { ExtractionSession } from './extractionSession';
import type { ExtractorReply, ExtractorRequest, ExtractorSetup } from './extractorProtocol';

// The DOM lib types `self` as a Window; in a dedicated worker postMessage takes no target origin.
const scope = self as unknown as { postMessage(reply: ExtractorReply): void; onmessage: ((e: MessageEvent) => void) | null };

let session: ExtractionSession | null = null;
let queue: Promise<void> = Promise.resolve();

async function readSite(siteBase: string, path: string): Promise<Uint8Array | null> {
  const base = new URL(siteBase);
  const url = new URL(path, base);
  // a second fence behind servedDocumentPath: nothing outside the site's own folder is ever fetched
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) return null;
  return new Uint8Array(await response.arrayBuffer());
}

async function handle(request: ExtractorRequest): Promise<ExtractorReply> {
  if (!session) return { seq: request.seq, kind: 'failed', message: 'the extractor was not set up' };
  if (request.kind === 'prepare') {
    await session.prepare(request.analyses, request.base);
    return { seq: request.seq, kind: 'prepared' };
  }
  if (request.kind === 'check') {
    const result = session.check(request.file);
    return result.ok
      ? { seq: request.seq, kind: 'checked', ok: true, warnings: result.warnings.length }
      : { seq: request.seq, kind: 'checked', ok: false, message: result.message };
  }
  const built = await session.build(
    request.base,
    request.mine,
    (done, total, label) => scope.postMessage({ seq: request.seq, kind: 'progress', done, total, label }),
    request.analyses,
  );
  return { seq: request.seq, kind: 'built', ...built };
}

scope.onmessage = (event: MessageEvent<ExtractorRequest | ExtractorSetup>) => {
  const message = event.data;
  if (message.kind === 'setup') {
    // (Under `vite dev` the code can change under an analyses file written before the edit: none is read there.)
    const extractor = import.meta.env.DEV ? null : ((import.meta.env.CHRONOLENS_EXTRACTOR as string | undefined) ?? null);
    session = new ExtractionSession((path) => readSite(message.siteBase, path), extractor);
    return;
  }
  // one request at a time, in order: a build must see the checks sent before it
  queue = queue.then(async () => {
    try {
      scope.postMessage(await handle(message));
    } catch (e) {
      scope.postMessage({ seq: message.seq, kind: 'failed', message: (e as Error)?.message ?? String(e) });
    }
  });
};
