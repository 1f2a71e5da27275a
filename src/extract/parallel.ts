/**
 * The per-document half of the build over a whole folder, on every core. Files are read one at a time
 * into a short queue that worker threads and the main thread both draw from, each running analyseFile;
 * only the small analysed results are kept, so memory follows the output, not the size of the folder.
 * Results already in the cache are not analysed again. The corpus-wide half (assembleTimeline) stays
 * on the main thread: it needs every document at once; but for its events stage the workers can stay, each
 * holding the documents it analysed (keepWorkers, parallel-drafts.ts).
 *
 * Why the main thread analyses too: a worker takes seconds to load its modules (compromise, the
 * lexicons), which the main thread has already paid. With one worker per core but one, the main thread
 * starts at once, the workers join when they are ready, and a small folder is done before they are:
 * workers can only make a build faster, never slower.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type AnalysisCache, documentKey, type AnalysisResult } from './cache';
import { analyseSafely, type AnalysisJob, type AnalysisReply, type DraftsJob, type WorkerSetup } from './worker';
import { workerBundle } from './worker-bundle';

export interface CorpusFile {
  id: string; // path relative to the input folder
  full: string; // where to read it
}

export interface AnalyseCorpusOptions {
  /** Threads that analyse, the main thread included; 1 analyses on the main thread only. Default: one per core. */
  jobs?: number;
  cache?: AnalysisCache | null;
  /** Below this many files, starting workers is not worth it. */
  minForWorkers?: number;
  /** false: only workers analyse (tests use it to make sure the workers' results are the ones used). */
  mainThreadAnalyses?: boolean;
  onProgress?: (progress: { done: number; total: number; cached: number }) => void;
  /**
   * false: results are handed to onResult and counted, not kept (a shard only fills the cache, and a shard
   * of a million articles must not hold them all). Default true.
   */
  keepResults?: boolean;
  /** Each file's result as it comes, with its cache key (null: no cache, or the file could not be read). */
  onResult?: (file: CorpusFile, key: string | null, result: AnalysisResult) => void;
  /**
   * Read the results from the cache only, analysing nothing (the merge of a split build): each file whose
   * entry is missing or damaged is handed here instead, with its key.
   */
  onMissing?: (file: CorpusFile, key: string, status: 'missing' | 'damaged') => void;
  /**
   * Given: the workers are not stopped at the end but left here, each holding the documents it analysed, for the
   * events stage (parallel-drafts.ts); the caller closes the pool. Left null when no worker was started.
   */
  keepWorkers?: { pool: AnalysisPool | null };
}

/** Jobs a worker holds at once: one running, one waiting, so it never idles while the main thread is busy. */
const PER_WORKER = 2;

interface QueuedJob {
  id: string;
  bytes: Uint8Array;
  key: string | null;
  resolve: (r: AnalysisResult) => void;
  reject: (e: Error) => void;
}

/**
 * Workers of a compiled build run worker.js; from the TypeScript sources they run the bundled worker
 * (worker-bundle.ts), or else compile the sources through tsx as the CLI itself does.
 */
function startWorker(setup: WorkerSetup, script: URL): Worker {
  return new Worker(script, { workerData: setup });
}

function workerScript(): URL {
  if (import.meta.url.endsWith('.js')) return new URL('./worker.js', import.meta.url);
  return workerBundle() ?? new URL('./worker-entry.mjs', import.meta.url);
}

export class AnalysisPool {
  private readonly workers: Array<{ worker: Worker; ready: boolean; busy: number }>;
  private readonly queue: QueuedJob[] = [];
  private readonly posted = new Map<number, QueuedJob>();
  private readonly draftsPosted = new Map<number, { resolve: (d: Array<Uint8Array | null>) => void; reject: (e: Error) => void }>();
  /** The worker that analysed each document, when the workers hold them (`hold`). */
  private readonly holders = new Map<string, number>();
  private readonly roomWaiters: Array<() => void> = [];
  private seq = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(
    size: number,
    cache: AnalysisCache | null,
    /** Jobs waiting in the queue before enqueue asks the caller to wait (room()). */
    private readonly limit = size * PER_WORKER,
    /** Workers keep the documents they analyse, for drafts() (AnalyseCorpusOptions.keepWorkers). */
    private readonly hold = false,
  ) {
    const setup: WorkerSetup = {
      role: 'chronolens-analysis',
      hold,
      cacheRoot: cache?.root ?? null,
      version: cache?.version ?? '',
      shared: cache?.shared ?? false,
    };
    const script = workerScript();
    this.workers = Array.from({ length: size }, (_, n) => {
      const slot = { worker: startWorker(setup, script), ready: false, busy: 0 };
      slot.worker.on('message', (reply: AnalysisReply) => {
        if ('ready' in reply) slot.ready = true;
        else if ('drafts' in reply) {
          const request = this.draftsPosted.get(reply.seq);
          this.draftsPosted.delete(reply.seq);
          request?.resolve(reply.drafts);
        } else {
          slot.busy--;
          const job = this.posted.get(reply.seq);
          this.posted.delete(reply.seq);
          if (this.hold && reply.result.doc && job) this.holders.set(job.id, n);
          job?.resolve(reply.result);
        }
        this.dispatch();
      });
      slot.worker.on('error', (e) => this.fail(new Error(`an analysis worker failed: ${e.message}`)));
      slot.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`an analysis worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  /** Queues one document for whichever thread is free first. */
  analyse(id: string, bytes: Uint8Array, key: string | null): Promise<AnalysisResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id, bytes, key, resolve, reject });
      this.dispatch();
    });
  }

  /** A queued job no worker has taken yet, for the main thread to analyse itself. */
  take(): QueuedJob | undefined {
    const job = this.queue.shift();
    this.wakeIfRoom();
    return job;
  }

  get full(): boolean {
    return this.queue.length >= this.limit;
  }

  /** Resolves when the queue has room again (a worker took or finished a job). */
  async room(): Promise<void> {
    while (this.full && !this.failure) await new Promise<void>((r) => this.roomWaiters.push(r));
    if (this.failure) throw this.failure;
  }

  /** The worker that holds a document analysed there (only when the pool was made to hold them). */
  holder(id: string): number | undefined {
    return this.holders.get(id);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * The drafts of documents worker `n` holds, for the given actors and dates (worker.ts, DraftsJob): each as V8's
   * serialisation, null for a document the worker does not hold.
   */
  drafts(n: number, drafts: DraftsJob['drafts']): Promise<Array<Uint8Array | null>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error('the analysis workers were stopped'));
    return new Promise((resolve, reject) => {
      const seq = this.seq++;
      this.draftsPosted.set(seq, { resolve, reject });
      this.workers[n].worker.postMessage({ seq, drafts } satisfies DraftsJob);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const request of this.draftsPosted.values()) request.reject(new Error('the analysis workers were stopped'));
    this.draftsPosted.clear();
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private dispatch() {
    for (const slot of this.workers) {
      while (slot.ready && slot.busy < PER_WORKER && this.queue.length) {
        const job = this.queue.shift()!;
        const seq = this.seq++;
        this.posted.set(seq, job);
        slot.busy++;
        const message: AnalysisJob = { seq, id: job.id, bytes: job.bytes, key: job.key };
        // The bytes move to the worker, not copied, when they own their whole buffer.
        const whole = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength;
        slot.worker.postMessage(message, whole ? [job.bytes.buffer as ArrayBuffer] : []);
      }
    }
    this.wakeIfRoom();
  }

  private wakeIfRoom() {
    if (!this.full) for (const wake of this.roomWaiters.splice(0)) wake();
  }

  private fail(error: Error) {
    if (this.failure || this.closing) return;
    this.failure = error;
    for (const job of [...this.posted.values(), ...this.queue.splice(0), ...this.draftsPosted.values()]) job.reject(error);
    this.posted.clear();
    this.draftsPosted.clear();
    for (const wake of this.roomWaiters.splice(0)) wake();
  }
}

/**
 * Read synchronously: `fs.promises.readFile` goes through libuv's thread pool in five round trips (open, fstat, read,
 * read to the end, close), about 0.2–0.3 CPU ms per file against 0.015 for `readFileSync` (873 reads of bpoil_bbc's
 * articles; under load 1.3 ms each, 3.5 % of a one-thread build of bpoil_bbc in `openFileHandle`). The main thread has
 * nothing to do while a document is read: the next step is analysing it.
 */
async function readBytes(full: string): Promise<Uint8Array> {
  const buffer = readFileSync(full);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Lets worker messages through between two documents analysed on the main thread. */
const yieldToWorkers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * analyseFile for every file, in parallel, through the cache. Results come in no particular order
 * (assembleTimeline does not care); a file that cannot be read yields an 'unreadable' warning.
 */
export async function analyseCorpus(files: CorpusFile[], options: AnalyseCorpusOptions = {}): Promise<AnalysisResult[]> {
  const threads = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length));
  const mainAnalyses = options.mainThreadAnalyses ?? true;
  const workerCount = mainAnalyses ? threads - 1 : threads;
  const useWorkers = threads > 1 && workerCount > 0 && files.length >= (options.minForWorkers ?? 20);
  const cache = options.cache ?? null;
  const results: AnalysisResult[] = [];
  const keep = options.keepResults ?? true;
  const inFlight: Array<Promise<void>> = [];
  let cached = 0;
  let finished = 0;
  const done = (file: CorpusFile, key: string | null, result: AnalysisResult | null) => {
    if (result) options.onResult?.(file, key, result);
    if (result && keep) results.push(result);
    options.onProgress?.({ done: ++finished, total: files.length, cached });
  };
  const analyseHere = async (id: string, bytes: Uint8Array, key: string | null) => {
    const result = analyseSafely(id, bytes);
    if (cache && key) await cache.set(key, result);
    return result;
  };
  const runTaken = async (job: QueuedJob) => {
    job.resolve(await analyseHere(job.id, job.bytes, job.key));
    await yieldToWorkers();
  };
  let pool: AnalysisPool | null = null;

  try {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(file.full);
      } catch (err) {
        done(file, null, {
          doc: null,
          warnings: [{ doc: file.id, code: 'unreadable', message: `could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}), skipped` }],
        });
        continue;
      }
      const key = cache ? documentKey(file.id, bytes) : null;
      const entry = key ? await cache!.read(key) : null;
      if (entry?.status === 'hit') {
        cached++;
        done(file, key, entry.result);
        continue;
      }
      if (options.onMissing && key && entry) {
        options.onMissing(file, key, entry.status);
        done(file, key, null);
        continue;
      }
      if (!useWorkers) {
        done(file, key, await analyseHere(file.id, bytes, key));
        continue;
      }
      // Workers start at the first document that needs analysing: a fully cached folder never starts one.
      pool ??= new AnalysisPool(workerCount, cache, undefined, !!options.keepWorkers);
      const analysed = pool.analyse(file.id, bytes, key).then((result) => done(file, key, result));
      analysed.catch(() => {}); // a failed pool is reported once, by room() or Promise.all below
      inFlight.push(analysed);
      while (pool.full) {
        const job = mainAnalyses ? pool.take() : undefined;
        if (job) await runTaken(job);
        else await pool.room();
      }
    }
    for (let job = mainAnalyses ? pool?.take() : undefined; job; job = pool!.take()) await runTaken(job);
    await Promise.all(inFlight);
  } catch (e) {
    await pool?.close();
    throw e;
  }
  if (options.keepWorkers) options.keepWorkers.pool = pool;
  else await pool?.close();
  return results;
}
