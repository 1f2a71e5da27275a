/**
 * One analysis worker: receives a file's bytes, runs the per-document half of the build (analyseFile),
 * stores the result in the cache and sends it back. Started by parallel.ts, one per core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseFile } from './pipeline';
import { AnalysisCache, type AnalysisResult } from './cache';

export interface AnalysisJob {
  seq: number;
  id: string;
  bytes: Uint8Array;
  /** Cache key of the document, or null when the cache is off. */
  key: string | null;
}

export interface WorkerSetup {
  role: 'chronolens-analysis';
  cacheRoot: string | null;
  version: string;
  /** the cache is a split build's shared one (cache.ts, CacheOptions.shared) */
  shared: boolean;
}

/** A worker says `ready` once its modules are loaded (seconds: compromise, the lexicons), then one reply per job. */
export type AnalysisReply = { ready: true } | { seq: number; result: AnalysisResult };

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
  port.on('message', async (job: AnalysisJob) => {
    const result = analyseSafely(job.id, job.bytes);
    if (cache && job.key) await cache.set(job.key, result);
    port.postMessage({ seq: job.seq, result } satisfies AnalysisReply);
  });
  port.postMessage({ ready: true } satisfies AnalysisReply);
}
