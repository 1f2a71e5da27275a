/**
 * Building on every core and from the cache must never change a byte of the timeline: the same folder
 * gives the same file whether its documents were analysed on one thread, on worker threads, or read
 * back from an earlier run.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { AnalysisCache } from './cache';
import { type AnalysisPool, analyseCorpus, type CorpusFile } from './parallel';
import { assembleTimelineInParallel } from './parallel-drafts';
import { assembleTimeline, buildTimeline, type SourceFile } from './pipeline';
import { serializeTimeline } from './write';

const work = mkdtempSync(join(tmpdir(), 'chronolens-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The five seed articles and 15 synthetic ones (the benchmark's generator: titles, datelines, chrome, .html and .md). */
const docs = join(work, 'docs');
mkdirSync(docs);
const seedsDir = join(__dirname, '../../data/documents');
for (const f of readdirSync(seedsDir)) writeFileSync(join(docs, f), readFileSync(join(seedsDir, f)));
for (const a of generateCorpus(11, 15)) writeFileSync(join(docs, a.name), a.text);

const listing = (): CorpusFile[] =>
  readdirSync(docs)
    .sort()
    .map((id) => ({ id, full: join(docs, id) }));
const sources = (): SourceFile[] => listing().map((f) => ({ id: f.id, bytes: new Uint8Array(readFileSync(f.full)) }));
/** The single-threaded build of the folder as it is now, computed once per state of the folder. */
const baselines = new Map<string, string>();
function expected() {
  const state = listing()
    .map((f) => `${f.id}:${readFileSync(f.full).length}`)
    .join('|');
  if (!baselines.has(state)) baselines.set(state, serializeTimeline(buildTimeline(sources())));
  return baselines.get(state)!;
}

async function build(options: Parameters<typeof analyseCorpus>[1]) {
  let cached = 0;
  const results = await analyseCorpus(listing(), { ...options, onProgress: (p) => (cached = p.cached) });
  return { json: serializeTimeline(assembleTimeline(results)), cached };
}

describe('building a folder on every core', { timeout: 120_000 }, () => {
  it('gives the byte-identical timeline of the single-threaded build when two worker threads share the documents', async () => {
    const { json } = await build({ jobs: 2, minForWorkers: 0, mainThreadAnalyses: false, cache: null });
    expect(json).toBe(expected());
  });

  it('gives the same timeline when the main thread and a worker share the documents', async () => {
    const { json } = await build({ jobs: 2, minForWorkers: 0, cache: null });
    expect(json).toBe(expected());
  });

  it('analyses a small folder on the main thread, with the same result', async () => {
    const { json } = await build({ jobs: 4, minForWorkers: 1000, cache: null });
    expect(json).toBe(expected());
  });

  it('gives the same timeline when the workers that analysed the documents make their events too', async () => {
    const workers: { pool: AnalysisPool | null } = { pool: null };
    const results = await analyseCorpus(listing(), { jobs: 2, minForWorkers: 0, mainThreadAnalyses: false, cache: null, keepWorkers: workers });
    const pool = workers.pool!;
    try {
      // every document was analysed in a worker, which holds it for the events stage
      expect(listing().every((f) => pool.holder(f.id) !== undefined)).toBe(true);
      expect(serializeTimeline(await assembleTimelineInParallel(results, {}, pool))).toBe(expected());
    } finally {
      await pool.close();
    }
  });

  it('gives the same timeline when the main thread makes the events of documents a worker holds', async () => {
    const workers: { pool: AnalysisPool | null } = { pool: null };
    const results = await analyseCorpus(listing(), { jobs: 2, minForWorkers: 0, cache: null, keepWorkers: workers });
    const pool = workers.pool!;
    // a worker asked for a document it does not hold answers null, and the main thread drafts it
    expect(await pool.drafts(0, [{ id: 'no-such-document.txt', actors: [], published: null }])).toEqual([null]);
    // a stopped worker's documents are drafted on the main thread
    await pool.close();
    expect(serializeTimeline(await assembleTimelineInParallel(results, {}, pool))).toBe(expected());
  });

  it("names a file it cannot read ('unreadable') and builds the rest", async () => {
    const files = [...listing(), { id: 'gone.txt', full: join(docs, 'no-such-file.txt') }];
    const results = await analyseCorpus(files, { jobs: 1, cache: null });
    expect(results.find((r) => r.warnings.some((w) => w.doc === 'gone.txt'))?.warnings[0].code).toBe('unreadable');
    expect(results.filter((r) => r.doc)).toHaveLength(20);
  });
});

describe('the per-document cache', { timeout: 120_000 }, () => {
  const root = join(work, 'cache');

  it('re-analyses only the one article added to a built folder, and the timeline is byte-identical to a fresh build', async () => {
    const cache = new AnalysisCache(root, 'test-version-1');
    const first = await build({ jobs: 2, minForWorkers: 0, mainThreadAnalyses: false, cache }); // the workers write the cache
    expect(first.cached).toBe(0);
    expect(first.json).toBe(expected());

    const [added] = [...generateCorpus(12, 1)];
    writeFileSync(join(docs, `zz_${added.name}`), added.text);
    const second = await build({ jobs: 2, minForWorkers: 0, mainThreadAnalyses: false, cache });
    expect(second.cached).toBe(20);
    expect(second.json).toBe(expected());
  });

  it('analyses a changed article again and reuses the others', async () => {
    const cache = new AnalysisCache(root, 'test-version-1');
    const changed = listing()[7];
    writeFileSync(changed.full, readFileSync(changed.full, 'utf8').replace(/\.\n/, '. The talks ended late.\n'));
    const run = await build({ jobs: 1, cache });
    expect(run.cached).toBe(listing().length - 1);
    expect(run.json).toBe(expected());
  });

  it('never reuses results of another version of the extractor, and prunes them', async () => {
    const cache = new AnalysisCache(root, 'aaaaaaaaaaaaaaaa');
    const run = await build({ jobs: 1, cache });
    expect(run.cached).toBe(0);
    await new AnalysisCache(root, 'bbbbbbbbbbbbbbbb').pruneOtherVersions();
    expect(readdirSync(root).sort()).toEqual(['test-version-1']); // only hex versions are ours to prune
  });
});
