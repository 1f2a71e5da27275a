/**
 * The per-document half of the build over a whole folder, on every core. Files are read one at a time
 * and handed to a pool of worker threads (os.availableParallelism() of them) that run analyseFile; only
 * the small analysed results come back, so memory follows the output, not the size of the folder.
 * Results already in the cache are not analysed again. The corpus-wide half (assembleTimeline) stays
 * on the main thread: it needs every document at once.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AnalysisCache, documentKey, type AnalysisResult } from './cache';
import { analyseSafely, type AnalysisJob, type AnalysisReply, type WorkerSetup } from './worker';

export interface CorpusFile {
  id: string; // path relative to the input folder
  full: string; // where to read it
}

export interface AnalyseCorpusOptions {
  /** Worker threads; 1 analyses on the main thread. Default: one per core. */
  jobs?: number;
  cache?: AnalysisCache | null;
  /** Below this many documents to analyse, starting workers costs more than it saves. */
  minForWorkers?: number;
  onProgress?: (progress: { done: number; total: number; cached: number }) => void;
}

/** Jobs a worker holds at once: one running, one waiting, so it never idles while the main thread reads. */
const PER_WORKER = 2;

/** Workers run the TypeScript sources through tsx, as the CLI itself does (`tsx src/extract/cli.ts`). */
function startWorker(setup: WorkerSetup): Worker {
  const compiled = import.meta.url.endsWith('.js');
  return new Worker(new URL(compiled ? './worker.js' : './worker-entry.mjs', import.meta.url), { workerData: setup });
}

export class AnalysisPool {
  private readonly workers: Array<{ worker: Worker; busy: number }>;
  private readonly queue: AnalysisJob[] = [];
  private readonly pending = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();
  private readonly roomWaiters: Array<() => void> = [];
  private seq = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(size: number, cache: AnalysisCache | null) {
    const setup: WorkerSetup = { role: 'chronolens-analysis', cacheRoot: cache?.root ?? null, version: cache?.version ?? '' };
    this.workers = Array.from({ length: size }, () => {
      const slot = { worker: startWorker(setup), busy: 0 };
      slot.worker.on('message', (reply: AnalysisReply) => {
        slot.busy--;
        const job = this.pending.get(reply.seq);
        this.pending.delete(reply.seq);
        job?.resolve(reply.result);
        this.dispatch();
      });
      slot.worker.on('error', (e) => this.fail(new Error(`an analysis worker failed: ${e.message}`)));
      slot.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`an analysis worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  get size() {
    return this.workers.length;
  }

  /** Analyses one document in a worker. The bytes are moved to the worker, not copied. */
  analyse(id: string, bytes: Uint8Array, key: string | null): Promise<AnalysisResult> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, id, bytes, key });
      this.dispatch();
    });
  }

  /** Resolves when the pool can take more work without holding more than a few files' bytes in its queue. */
  async room(): Promise<void> {
    while (this.queue.length >= this.workers.length && !this.failure) await new Promise<void>((r) => this.roomWaiters.push(r));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private dispatch() {
    for (const slot of this.workers) {
      while (slot.busy < PER_WORKER && this.queue.length) {
        const job = this.queue.shift()!;
        slot.busy++;
        const whole = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength;
        slot.worker.postMessage(job, whole ? [job.bytes.buffer as ArrayBuffer] : []);
      }
    }
    if (this.queue.length < this.workers.length) for (const wake of this.roomWaiters.splice(0)) wake();
  }

  private fail(error: Error) {
    if (this.failure || this.closing) return;
    this.failure = error;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
    for (const wake of this.roomWaiters.splice(0)) wake();
  }
}

async function readBytes(full: string): Promise<Uint8Array> {
  const buffer = await readFile(full);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * analyseFile for every file, in parallel, through the cache. Results come in no particular order
 * (assembleTimeline does not care); a file that cannot be read yields an 'unreadable' warning.
 */
export async function analyseCorpus(files: CorpusFile[], options: AnalyseCorpusOptions = {}): Promise<AnalysisResult[]> {
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length));
  const minForWorkers = options.minForWorkers ?? 20;
  const cache = options.cache ?? null;
  const results: AnalysisResult[] = [];
  const inFlight: Array<Promise<void>> = [];
  let cached = 0;
  const done = (result: AnalysisResult) => {
    results.push(result);
    options.onProgress?.({ done: results.length, total: files.length, cached });
  };
  const here = async (job: { id: string; bytes: Uint8Array; key: string | null }) => {
    const result = analyseSafely(job.id, job.bytes);
    if (cache && job.key) await cache.set(job.key, result);
    done(result);
  };
  let pool: AnalysisPool | null = null;
  // Misses seen before we know whether the folder is big enough to be worth the workers.
  let waiting: Array<{ id: string; bytes: Uint8Array; key: string | null }> = [];
  const toPool = (p: AnalysisPool, job: { id: string; bytes: Uint8Array; key: string | null }) => {
    const analysed = p.analyse(job.id, job.bytes, job.key).then(done);
    analysed.catch(() => {}); // a failed pool is reported once, by room() or Promise.all below
    inFlight.push(analysed);
  };

  try {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(file.full);
      } catch (err) {
        done({ doc: null, warnings: [{ doc: file.id, code: 'unreadable', message: `could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}), skipped` }] });
        continue;
      }
      const key = cache ? documentKey(file.id, bytes) : null;
      const hit = key ? await cache!.get(key) : null;
      if (hit) {
        cached++;
        done(hit);
      } else if (jobs === 1) {
        await here({ id: file.id, bytes, key });
      } else if (pool) {
        await pool.room();
        toPool(pool, { id: file.id, bytes, key });
      } else {
        waiting.push({ id: file.id, bytes, key });
        if (waiting.length >= minForWorkers) {
          pool = new AnalysisPool(jobs, cache);
          for (const job of waiting) toPool(pool, job);
          waiting = [];
        }
      }
    }
    for (const job of waiting) await here(job);
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  return results;
}
