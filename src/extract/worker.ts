/**
 * One analysis worker: receives a file's bytes, runs the per-document half of the build (analyseFile),
 * stores the result in the cache and sends it back. Started by parallel.ts, one per core.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { type Analysed, analyseFile, eventDrafts } from './pipeline';
import { AnalysisCache, type AnalysisResult } from './cache';
import type { ResolvedActor } from './events';

export interface AnalysisJob {
  seq: number;
  id: string;
  bytes: Uint8Array;
  /** Cache key of the document, or null when the cache is off. */
  key: string | null;
}

/**
 * The events stage of documents this worker analysed (parallel-drafts.ts): each with its canonical actors and the day
 * its relative dates are read against, which only the main thread knows once every document is analysed.
 */
export interface DraftsJob {
  seq: number;
  drafts: Array<{ id: string; actors: ResolvedActor[]; published: string | null }>;
}

export interface WorkerSetup {
  role: 'chronolens-analysis';
  /** keep each document analysed here for a DraftsJob (the pool's caller asked for the drafts to be made in the workers) */
  hold: boolean;
  cacheRoot: string | null;
  version: string;
  /** the cache is a split build's shared one (cache.ts, CacheOptions.shared) */
  shared: boolean;
}

/** A worker says `ready` once its modules are loaded (seconds: compromise, the lexicons), then one reply per job. */
export type AnalysisReply =
  | { ready: true }
  | { seq: number; result: AnalysisResult }
  /** a DraftsJob's drafts, each document's as V8 serialises them, in the job's order (null: this worker does not hold it) */
  | { seq: number; drafts: Array<Uint8Array | null> };

/** analyseFile never throws for a bad document; anything else is still this document's problem, not the build's. */
export function analyseSafely(id: string, bytes: Uint8Array): AnalysisResult {
  try {
    return analyseFile({ id, bytes });
  } catch (e) {
    return { doc: null, warnings: [{ doc: id, code: 'analysis-failed', message: `could not be analysed: ${(e as Error).message}` }] };
  }
}

// Only as the pool's worker: imported anywhere else (a test runner's own worker thread) it does nothing.
const setup = workerData as WorkerSetup | undefined;
if (parentPort && setup?.role === 'chronolens-analysis') {
  const port = parentPort;
  const cache = setup.cacheRoot ? new AnalysisCache(setup.cacheRoot, setup.version, { shared: setup.shared }) : null;
  const held = new Map<string, Analysed>();
  port.on('message', async (job: AnalysisJob | DraftsJob) => {
    if ('drafts' in job) {
      const drafts = job.drafts.map(({ id, actors, published }) => {
        const doc = held.get(id);
        if (!doc) return null;
        held.delete(id);
        return serialize(eventDrafts(doc, actors, published));
      });
      // Sent as bytes, moved and not copied: the main thread deserialises them, and an incremental build stores them as they are.
      port.postMessage(
        { seq: job.seq, drafts } satisfies AnalysisReply,
        drafts.flatMap((d) => (d && d.byteOffset === 0 && d.byteLength === d.buffer.byteLength ? [d.buffer as ArrayBuffer] : [])),
      );
      return;
    }
    const result = analyseSafely(job.id, job.bytes);
    if (setup.hold && result.doc) held.set(job.id, result.doc);
    if (cache && job.key) await cache.set(job.key, result);
    port.postMessage({ seq: job.seq, result } satisfies AnalysisReply);
  });
  port.postMessage({ ready: true } satisfies AnalysisReply);
}
