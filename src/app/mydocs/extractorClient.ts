/**
 * The page's side of the extraction worker. The worker is created on first use: until then the page has only
 * the worker's URL, not its code, so the first load does not carry the extractor.
 */
import { parseTimeline, type TimelineFile, type WholeTimeline } from '../../schema/timeline';
import type { ExtractorReply, ExtractorRequest, ExtractorSetup, WorkerFile } from './extractorProtocol';

export type OnProgress = (done: number, total: number, label: string) => void;

type Pending = { resolve: (reply: ExtractorReply) => void; reject: (e: Error) => void; onProgress?: OnProgress };
type RequestBody = ExtractorRequest extends infer R ? (R extends ExtractorRequest ? Omit<R, 'seq'> : never) : never;

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, Pending>();

function failAll(message: string) {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'chronolens-extractor' });
  w.onmessage = (event: MessageEvent<ExtractorReply>) => {
    const reply = event.data;
    const p = pending.get(reply.seq);
    if (!p) return;
    if (reply.kind === 'progress') return p.onProgress?.(reply.done, reply.total, reply.label);
    pending.delete(reply.seq);
    p.resolve(reply);
  };
  w.onerror = (event) => failAll(`the extractor stopped: ${event.message || 'it could not be loaded'}`);
  const setup: ExtractorSetup = { kind: 'setup', siteBase: new URL(import.meta.env.BASE_URL, document.baseURI).href };
  w.postMessage(setup);
  worker = w;
  return w;
}

function send(body: RequestBody, onProgress?: OnProgress): Promise<ExtractorReply> {
  const w = startWorker();
  const n = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(n, { resolve, reject, onProgress });
    w.postMessage({ ...body, seq: n } as ExtractorRequest);
  });
}

/**
 * Starts the extractor and has it load what a merge needs (the timeline's analyses file, the language model) while
 * the reader is still choosing what to add. Never fails: a merge does the same work again when this could not.
 */
export async function prepareExtractor(analyses?: string, base?: WholeTimeline): Promise<void> {
  await send({ kind: 'prepare', analyses, base }).catch(() => undefined);
}

/** Would the extractor read this file? Its reason when not ("binary data (looks like PNG image), not text"). */
export async function checkFile(file: WorkerFile): Promise<{ ok: true } | { ok: false; message: string }> {
  const reply = await send({ kind: 'check', file });
  if (reply.kind === 'checked') return reply.ok ? { ok: true } : { ok: false, message: reply.message };
  throw new Error(reply.kind === 'failed' ? reply.message : 'unexpected answer from the extractor');
}

/** The loaded timeline plus the reader's documents, built by the worker and validated here, at the boundary. */
export async function buildWith(
  base: WholeTimeline,
  mine: WorkerFile[],
  onProgress?: OnProgress,
  analyses?: string,
): Promise<{ timeline: TimelineFile; text: string; originals: 'files' | 'texts' }> {
  const reply = await send({ kind: 'build', base, mine, analyses }, onProgress);
  if (reply.kind === 'failed') throw new Error(reply.message);
  if (reply.kind !== 'built') throw new Error('unexpected answer from the extractor');
  const parsed = parseTimeline(reply.text);
  if (!parsed.ok) throw new Error(parsed.error);
  return { timeline: parsed.timeline, text: reply.text, originals: reply.originals };
}

/**
 * Which extractor this page runs: this module's own address. The built chunk's name carries a hash of its content,
 * which names the worker's file, itself named by a hash of the extractor: another extractor, another address.
 */
// (Under `vite dev` the address stays the same across edits of the extractor: a value of this page load makes no
// kept merge outlive an edit.)
export const EXTRACTOR_BUILD = import.meta.env.DEV ? `${import.meta.url}#${Date.now()}` : import.meta.url;
