/**
 * Incremental builds: adding one article to a built folder of 10,000 redoes the work that article touches,
 * and gives the very bytes a build from nothing gives.
 *
 * The per-document half was already incremental (cache.ts): an unchanged file's analysis is reused. What a
 * build of a large folder still spent its time on was around it: reading and hashing every file to find its
 * entry, reading 10,000 entries, and running the events stage over every document again. Here:
 *
 * - files whose size, times and inode are those of the last build are not read: the manifest gives their key,
 *   and their analyses come from one store of the folder's analyses (assembly-cache.ts), not 10,000 files;
 * - the events stage of a document (pipeline.ts, AssemblyMemo) is reused when its inputs are the same: the
 *   document's content, the canonical actors its mentions resolve to (id, name, kind, offsets) and the date
 *   its relative dates are read against. An article that brings a new spelling of a name that changes the
 *   actor's canonical name changes the inputs of exactly the documents that name it, which are redone.
 *
 * Everything else of the corpus-wide half runs again, over all documents: canonical actors, clustering,
 * importance and the write. That is what keeps the output byte-identical by construction: the same functions
 * run on the same inputs, and a reused value is the stored result of the same function on the same inputs.
 * Clustering is not split into independent blocks: mentions that may join one happening must share an actor
 * and a date within a week, and in a news archive the actors everyone names (a country, a president) chain
 * nearly all of them into one block (one of 8 blocks held 19,634 of 20,481 dated mentions at 10,000
 * generated articles), so a block cache would save nothing; one clustering pass over 20,000 mentions costs
 * well under a second.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { assemblyDir, BucketStore, type ManifestEntry, readManifest, sameStamp, writeManifest } from './assembly-cache';
import { sentenceSpans } from './analysesFile';
import type { AnalysisCache, AnalysisResult } from './cache';
import type { DraftMention } from './events';
import type { ListedFile } from './inputFolder';
import { type AnalyseCorpusOptions, analyseCorpus } from './parallel';
import type { Analysed, AssemblyMemo } from './pipeline';

export interface IncrementalStats {
  /** documents whose analysis came from the folder's store without reading the file */
  unchanged: number;
  /** documents read (new or changed, or not in the store): analysed, or taken from the per-document cache */
  read: number;
  /** documents whose events stage was reused, and those where it ran (a document dated by the build counts once) */
  draftsReused: number;
  draftsMade: number;
}

export interface IncrementalBuild {
  /** The analyses of the folder's files, as analyseCorpus gives them. */
  analyse(
    files: ListedFile[],
    options?: Pick<AnalyseCorpusOptions, 'jobs' | 'onProgress' | 'onMissing' | 'keepWorkers'> & {
      /** Read every file and take its analysis from the per-document cache, as a merge must (it names the missing ones). */
      readAll?: boolean;
    },
  ): Promise<AnalysisResult[]>;
  /** For assembleTimeline: stage results of the last build reused where their inputs are unchanged. */
  readonly memo: AssemblyMemo;
  /** Leaves this build's manifest and stores for the next (after the timeline is written). Never throws: it only saves time. */
  commit(): Promise<void>;
  readonly stats: IncrementalStats;
}

/** Bump when the encoding of the values below changes. */
const VALUES_FORMAT = 1;

export async function openIncremental(cache: AnalysisCache, input: string): Promise<IncrementalBuild> {
  const dir = assemblyDir(cache.dir, input);
  const manifestFile = path.join(dir, 'manifest.bin');
  const docs = new BucketStore(path.join(dir, `analyses-${VALUES_FORMAT}`));
  // Drafts are kept as V8 serialises them (Maps, Sets, undefined and all, whatever the events stage puts in them),
  // so the store belongs to one V8 version.
  const drafts = new BucketStore(path.join(dir, `drafts-${VALUES_FORMAT}-v8-${process.versions.v8}`));
  const [previous] = await Promise.all([readManifest(manifestFile), docs.load(), drafts.load()]);
  const manifest = new Map<string, ManifestEntry>();
  const keyOf = new Map<string, string>();
  const stats: IncrementalStats = { unchanged: 0, read: 0, draftsReused: 0, draftsMade: 0 };
  const draftsSeen = new Set<string>();
  const draftsRan = new Set<string>();
  const count = () => {
    stats.draftsMade = draftsRan.size;
    stats.draftsReused = draftsSeen.size - draftsRan.size;
  };

  const memo: AssemblyMemo = {
    drafts(doc, inputs, compute, serialized) {
      const docKey = keyOf.get(doc.id);
      draftsSeen.add(doc.id);
      if (!docKey) {
        draftsRan.add(doc.id);
        count();
        return compute();
      }
      const key = createHash('sha256').update(`drafts ${VALUES_FORMAT}\0${docKey}\0`).update(JSON.stringify(inputs)).digest('hex');
      const stored = drafts.get(key);
      if (stored) {
        count();
        return deserialize(stored) as DraftMention[];
      }
      draftsRan.add(doc.id);
      count();
      const made = compute();
      // serialised now: the value stored is the value returned, whatever later stages do with theirs (drafts a worker
      // made come with the bytes they were sent as, which are that value's serialisation)
      drafts.set(key, serialized ? Buffer.from(serialized.buffer, serialized.byteOffset, serialized.byteLength) : serialize(made));
      return made;
    },
  };

  return {
    memo,
    stats,
    async analyse(files, options = {}) {
      const results: AnalysisResult[] = [];
      const toRead: ListedFile[] = [];
      for (const file of files) {
        const known = previous.get(file.id);
        const stored = known && !options.readAll && file.stamp && sameStamp(file.stamp, known) ? docs.get(known.key) : undefined;
        const result = stored && decodeAnalysis(stored);
        if (!known || !result) {
          toRead.push(file);
          continue;
        }
        results.push(result);
        keyOf.set(file.id, known.key);
        manifest.set(file.id, known);
      }
      stats.unchanged = results.length;
      stats.read = toRead.length;
      const unchanged = results.length;
      options.onProgress?.({ done: unchanged, total: files.length, cached: unchanged });
      const stamps = new Map(toRead.map((f) => [f.id, f.stamp]));
      const read = await analyseCorpus(toRead, {
        jobs: options.jobs,
        cache,
        onMissing: options.onMissing,
        keepWorkers: options.keepWorkers,
        onResult: (file, key, result) => {
          if (!key) return;
          keyOf.set(file.id, key);
          docs.set(key, encodeAnalysis(result));
          const stamp = stamps.get(file.id);
          if (stamp) manifest.set(file.id, { key, ...stamp });
        },
        onProgress: (p) => options.onProgress?.({ done: unchanged + p.done, total: files.length, cached: unchanged + p.cached }),
      });
      return [...results, ...read];
    },
    async commit() {
      try {
        await Promise.all([docs.flush(), drafts.flush()]);
        // the manifest last: it only ever names keys whose analyses are in the store
        await writeManifest(manifestFile, manifest);
      } catch {
        // a store that cannot be written costs the next build time, never this one its output
      }
    },
  };
}

/**
 * An analysis as JSON, as the per-document cache keeps it, but with each sentence as its two offsets when its
 * text is the document's text between them (types.ts: Sentence), which is about half the bytes.
 */
export function encodeAnalysis(result: AnalysisResult): Buffer {
  const doc = result.doc;
  const spans = doc && sentenceSpans(doc);
  const value = spans ? { spans: true, result: { ...result, doc: { ...doc, sentences: spans } } } : { spans: false, result };
  return Buffer.from(JSON.stringify(value), 'utf8');
}

export function decodeAnalysis(bytes: Buffer): AnalysisResult | null {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as { spans: boolean; result: AnalysisResult };
    const doc = value.result.doc;
    if (value.spans && doc) {
      const flat = doc.sentences as unknown as number[];
      const sentences: Analysed['sentences'] = new Array(flat.length / 2);
      for (let i = 0; i < flat.length; i += 2) sentences[i / 2] = { start: flat[i], end: flat[i + 1], text: doc.text.slice(flat[i], flat[i + 1]) };
      doc.sentences = sentences;
    }
    return value.result;
  } catch {
    return null;
  }
}
