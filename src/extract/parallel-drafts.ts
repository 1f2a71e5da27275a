/**
 * The events stage of the corpus-wide half on every core. The drafts of a document (pipeline.ts, eventDrafts) need the
 * canonical actors of the whole collection, so they cannot be made while the documents are analysed; made on the main
 * thread alone, one document after another, they were most of the build's serial tail while the other cores idled
 * (docs/performance.md). Here each analysis worker makes the drafts of the documents it analysed and still holds
 * (parallel.ts, keepWorkers), sent only their actors and date, while the main thread makes those of the rest (the ones
 * it analysed, or read from the cache) and then takes over documents no worker has been sent yet.
 *
 * The drafts are the same whichever thread makes them: eventDrafts is a function of the document's analysis, its actors
 * and its date, and a worker's copy of the analysis is the one the main thread was sent. They reach finishAssembly
 * through the same draftsOf (and memo) as before, so the timeline is the same bytes as assembleTimeline's.
 */
import { deserialize } from 'node:v8';
import type { DraftMention } from './events';
import type { AnalysisPool } from './parallel';
import { type Analysed, type AssemblyOptions, beginAssembly, finishAssembly } from './pipeline';
import type { AnalysisResult } from './cache';
import type { WholeTimeline } from '../schema/timeline';

/** Documents a worker is sent at once, and how many such batches it has in hand (one running, one waiting). */
const BATCH = 16;
const BATCHES_IN_HAND = 2;

/** Lets worker replies through between two documents drafted on the main thread. */
const yieldToWorkers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** assembleTimeline, with the first pass's drafts made by the pool's workers and the main thread together. */
export async function assembleTimelineInParallel(analysed: AnalysisResult[], options: AssemblyOptions, pool: AnalysisPool | null): Promise<WholeTimeline> {
  const assembly = beginAssembly(analysed, options);
  const first = new Map<string, DraftMention[]>();
  const queues: Analysed[][] = Array.from({ length: pool?.size ?? 0 }, () => []);
  const local: Analysed[] = [];
  for (const d of assembly.docs) {
    const n = pool?.holder(d.id);
    if (n === undefined) local.push(d);
    else queues[n].push(d);
  }
  const inHand = queues.map(() => 0);
  const pending = new Set<Promise<void>>();
  const send = (n: number) => {
    while (pool && inHand[n] < BATCHES_IN_HAND && queues[n].length) {
      const batch = queues[n].splice(0, BATCH);
      inHand[n]++;
      const request = pool
        .drafts(
          n,
          batch.map((d) => ({ id: d.id, actors: assembly.resolved.get(d.id)!, published: d.published?.value ?? null })),
        )
        .then(
          (made) => {
            for (const [i, d] of batch.entries()) {
              const serialized = made[i];
              first.set(d.id, assembly.draftsOf(d, serialized ? { drafts: deserialize(serialized) as DraftMention[], serialized } : undefined));
            }
          },
          // A worker that failed: its documents are drafted here.
          () => {
            for (const d of batch) first.set(d.id, assembly.draftsOf(d));
          },
        )
        .finally(() => {
          pending.delete(request);
          inHand[n]--;
          send(n);
        });
      pending.add(request);
    }
  };
  for (let n = 0; n < queues.length; n++) send(n);
  for (let i = 1; ; i++) {
    // The main thread's own documents first, then the last of the longest queue: documents no worker has been sent.
    const longest = queues.reduce((best, q) => (q.length > best.length ? q : best), [] as Analysed[]);
    const d = local.pop() ?? longest.pop();
    if (!d) break;
    first.set(d.id, assembly.draftsOf(d));
    if (i % 4 === 0) await yieldToWorkers();
  }
  while (pending.size) await Promise.all(pending);
  return finishAssembly(assembly, first, options);
}
