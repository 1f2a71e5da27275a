/**
 * npm run extract -- [--input DIR] [--out FILE] [--title TEXT] [--actors FILE] [--jobs N] [--no-cache] [--cache DIR] [--follow-links] [--analyses]
 *                     [--shard i/n | --merge]
 * The command line of the build step: arguments, the terminal, and the order of things. The folder walk is
 * inputFolder.ts, actors.json is actorsFile.ts, the atomic write is outputFile.ts; reading and analysing the
 * documents on every core is parallel.ts, the per-document cache cache.ts, a build split over machines
 * (--shard, --merge) shard.ts.
 *
 * It runs as one process (`node src/extract/cli-launch.mjs`, see package.json: this file bundled by esbuild, or
 * through tsx without esbuild; `node --import tsx src/extract/cli.ts` also works), so stopping it stops everything,
 * worker threads included; stopWithParent.ts (imported first) stops it when `npm run extract` is killed.
 */
import './stopWithParent';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { assembleTimelineInParallel } from './parallel-drafts';
import { parseActorsFile } from './actorsFile';
import { analysesFileFor, encodeAnalyses } from './analysesFile';
import { AnalysisCache, defaultCacheRoot, extractorVersion, writeWholeFile } from './cache';
import type { ActorOverrides } from './canonical';
import { type IncrementalBuild, openIncremental } from './incremental';
import { type ListedFile, listDocuments } from './inputFolder';
import { OutputError, writeTimelineParts } from './outputFile';
import { type AnalysisPool, analyseCorpus } from './parallel';
import { explainMissing, inShard, type MissingDocument, parseShard, type Shard, type ShardRecord, shardName } from './shard';
import { forTerminal } from './terminal';
import type { BuildWarning } from './types';

const USAGE = `Usage: npm run extract -- [--input DIR] [--out FILE] [--title TEXT] [--actors FILE] [--jobs N] [--no-cache] [--cache DIR] [--follow-links]
                          [--analyses] [--shard i/n | --merge]
  --input DIR      folder of .txt, .md and .html articles (default: data/documents)
  --out FILE       timeline to write (default: data/timeline.json), its document texts beside it (timeline.texts.json)
  --title TEXT     the collection's name, shown by the app (default: the input folder's name)
  --actors FILE    optional actor corrections (default: data/actors.json when it exists)
  --jobs N         documents analysed in parallel (default: one per core)
  --no-cache       analyse every document again (default: reuse the results of unchanged documents)
  --cache DIR      where those results are kept (default: node_modules/.cache/chronolens-extract)
  --follow-links   also read links that lead outside the input folder (default: skip them with a warning)
  --analyses       also write each document's analysis beside the timeline (timeline.analyses.json), so the
                   site's "Add documents" analyses only the reader's articles (src/extract/analysesFile.ts)
  --shard i/n      analyse only slice i (0 to n-1) of n into --cache DIR, and write no timeline
  --merge          write the timeline from the analyses the shards left in --cache DIR, analysing nothing`;

/** Every line the CLI prints, with the control characters a file name may hold made visible (terminal.ts). */
const say = (line: string) => process.stdout.write(`${forTerminal(line)}\n`);
const complain = (line: string) => process.stderr.write(`${forTerminal(line)}\n`);

class UserError extends Error {}

interface Options {
  input: string;
  out: string;
  title: string | null;
  actors: string | null;
  jobs: number | undefined;
  cache: boolean;
  cacheDir: string | null;
  followLinks: boolean;
  analyses: boolean;
  shard: Shard | null;
  merge: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    input: 'data/documents',
    out: 'data/timeline.json',
    title: null,
    actors: null,
    jobs: undefined,
    cache: true,
    cacheDir: null,
    followLinks: false,
    analyses: false,
    shard: null,
    merge: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new UserError(`${a} needs a value.\n${USAGE}`);
      return v;
    };
    if (a === '--input') opts.input = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--title') opts.title = value().trim() || null;
    else if (a === '--actors') opts.actors = value();
    else if (a === '--jobs') {
      opts.jobs = Number(value());
      if (!Number.isInteger(opts.jobs) || opts.jobs < 1) throw new UserError(`--jobs needs a whole number of at least 1.\n${USAGE}`);
    } else if (a === '--no-cache') opts.cache = false;
    else if (a === '--cache' || a === '--cache-dir') opts.cacheDir = value();
    else if (a === '--follow-links') opts.followLinks = true;
    else if (a === '--analyses') opts.analyses = true;
    else if (a === '--shard') {
      const shard = parseShard(argv[++i] ?? '');
      if ('error' in shard) throw new UserError(shard.error);
      opts.shard = shard;
    } else if (a === '--merge') opts.merge = true;
    else if (a === '--help' || a === '-h') {
      // The usage is our own text of several lines: each goes out as a line of its own.
      for (const line of USAGE.split('\n')) say(line);
      process.exit(0);
    } else throw new UserError(`Unknown option ${a}.\n${USAGE}`);
  }
  const split = opts.shard ? `--shard ${shardName(opts.shard)}` : opts.merge ? '--merge' : null;
  if (opts.shard && opts.merge) throw new UserError('--shard and --merge are two steps: run every --shard i/n first, then --merge once.');
  if (split && !opts.cache) throw new UserError(`${split} works through the cache: leave out --no-cache.`);
  if (split && !opts.cacheDir)
    throw new UserError(
      `${split} needs --cache DIR, the folder where the shards leave their analyses for the merge (shared storage when they run on several machines).`,
    );
  return opts;
}

/**
 * The collection's name when --title is not given: the input folder's ("bpoil_bbc" → "bpoil bbc"). A folder named
 * for what it holds ("documents", "articles") names no collection; the file then has no title and the app names the
 * collection after its most reported actors.
 */
const GENERIC_FOLDERS = new Set(['documents', 'docs', 'articles', 'input', 'data', 'texts', 'text', 'news', 'corpus', 'files', 'pages']);
function titleFromFolder(input: string): string | undefined {
  const name = path.basename(path.resolve(input)).replace(/[_-]+/g, ' ').trim();
  return name && !GENERIC_FOLDERS.has(name.toLowerCase()) ? name : undefined;
}

/**
 * The actor corrections: the file given with --actors, or actors.json beside the output when there is one. Only a
 * file that is not there counts as absent; one that is there but cannot be read or used stops the build with
 * the reason, naming the file and the entry (actorsFile.ts).
 */
async function readOverrides(file: string, explicit: boolean): Promise<ActorOverrides | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !explicit) return undefined;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : code;
    throw new UserError(`Cannot read the actor corrections file ${file}: ${why}.`);
  }
  const parsed = parseActorsFile(text, file);
  if (!parsed.ok) throw new UserError(parsed.error);
  return parsed.overrides;
}

/** A progress bar with an ETA on stderr, for a person watching a large build (never in a pipe or a log). */
function progressBar(total: number) {
  const started = Date.now();
  let drawn = 0;
  return ({ done, cached }: { done: number; cached: number }) => {
    if (!process.stderr.isTTY || total < 50) return;
    const now = Date.now();
    if (done < total && now - drawn < 100) return;
    drawn = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    // Cached documents cost nothing: the ETA follows the rate of the ones analysed.
    const analysed = done - cached;
    const elapsed = (now - started) / 1000;
    const eta = analysed > 0 ? Math.round((elapsed / analysed) * (total - done)) : 0;
    const reused = cached ? `, ${cached} cached` : '';
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} documents${reused}, ETA ${eta}s  `);
    if (done === total) process.stderr.write('\n');
  };
}

async function checkInput(opts: Options) {
  const stat = await fs.stat(opts.input).catch(() => null);
  if (!stat?.isDirectory()) throw new UserError(`Input folder not found: ${opts.input}`);
}

/** The documents of the input folder: every file listed but the actor corrections and the timeline itself. */
async function inputDocuments(opts: Options, warnings: BuildWarning[]): Promise<ListedFile[]> {
  const listed = await listDocuments(opts.input, warnings, { followLinks: opts.followLinks });
  return listed.filter((f) => f.id !== 'actors.json' && f.id !== path.basename(opts.out));
}

/**
 * --shard i/n: the per-document half of one slice, into the shared cache. Documents already there (an
 * earlier or interrupted run of this shard) are not analysed again. Once every entry is written, a record
 * of the slice is left beside them for the merge to explain a missing document.
 */
async function runShard(opts: Options, shard: Shard) {
  const listingWarnings: BuildWarning[] = [];
  await checkInput(opts);
  const all = await inputDocuments(opts, listingWarnings);
  const files = all.filter((f) => inShard(f.id, shard));
  const cache = new AnalysisCache(opts.cacheDir!, extractorVersion(), { shared: true });
  const record: ShardRecord = { shard, documents: {} };
  const warnings = listingWarnings.filter((w) => inShard(w.doc, shard));
  let cached = 0;
  const bar = progressBar(files.length);
  await analyseCorpus(files, {
    jobs: opts.jobs,
    cache,
    keepResults: false,
    onResult: (file, key, result) => {
      if (key) record.documents[file.id] = key;
      warnings.push(...result.warnings);
    },
    onProgress: (p) => {
      cached = p.cached;
      bar(p);
    },
  });
  await cache.writeShardRecord(record);
  warnings.sort((a, b) => a.doc.localeCompare(b.doc) || a.code.localeCompare(b.code));
  for (const w of warnings) complain(`warning: ${w.doc}: ${w.message}`);
  say(
    `shard ${shardName(shard)}: ${files.length} of ${all.length} documents in ${opts.cacheDir} (${cached} already there), ${warnings.length} warnings; --merge writes the timeline once every shard has run`,
  );
}

/**
 * --merge: the analyses of the input folder's documents, from the cache only. A document without one stops
 * the merge before anything is written, naming it and its shard (shard.ts, explainMissing).
 */
async function analysesFromShards(opts: Options, files: ListedFile[]) {
  const root = opts.cacheDir!;
  if (!(await fs.stat(root).catch(() => null))?.isDirectory()) throw new UserError(`Cache folder not found: ${root} (the --cache DIR the shards wrote to).`);
  const cache = new AnalysisCache(root, extractorVersion(), { shared: true });
  const missing: MissingDocument[] = [];
  // Every analysis is read from the shards' entries (a missing one stops the merge), but the events stage of the
  // documents whose inputs are unchanged since the last merge is reused (incremental.ts).
  const incremental = await openIncremental(cache, opts.input);
  const analysed = await incremental.analyse(files, { readAll: true, onMissing: (file, key, status) => missing.push({ id: file.id, key, status }) });
  if (!missing.length) return { analysed, incremental };
  const { count, records } = await cache.readShardRecords();
  const others = count === null && missing.length === files.length ? await cache.otherVersions() : [];
  if (others.length)
    throw new UserError(
      `cannot merge: ${root} holds analyses by another version of the extractor (${others.join(', ')}), none by this one (${cache.version}). ` +
        'The shards and the merge must run the same code: run the shards again with this version, or merge with theirs.',
    );
  throw new UserError(explainMissing(missing, files.length, count, records, { cache: root, version: cache.version }));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.shard) return runShard(opts, opts.shard);
  await checkInput(opts);
  const overrides = await readOverrides(opts.actors ?? path.join(path.dirname(opts.out), 'actors.json'), opts.actors !== null);
  const warnings: BuildWarning[] = [];
  const files = await inputDocuments(opts, warnings);

  let analysed: Awaited<ReturnType<typeof analyseCorpus>>;
  let incremental: IncrementalBuild | null = null;
  // The analysis workers stay for the events stage, each holding the documents it analysed (parallel-drafts.ts).
  const workers: { pool: AnalysisPool | null } = { pool: null };
  if (opts.merge) ({ analysed, incremental } = await analysesFromShards(opts, files));
  else if (opts.cache) {
    const cache = new AnalysisCache(opts.cacheDir ?? defaultCacheRoot());
    // Old versions are cleared from the private cache only: a --cache DIR may be shared with other builds.
    if (!opts.cacheDir) await cache.pruneOtherVersions();
    // What the last build of this folder left (incremental.ts): unchanged files are not read again.
    incremental = await openIncremental(cache, opts.input);
    analysed = await incremental.analyse(files, { jobs: opts.jobs, onProgress: progressBar(files.length), keepWorkers: workers });
  } else analysed = await analyseCorpus(files, { jobs: opts.jobs, onProgress: progressBar(files.length), keepWorkers: workers });
  // Encoded before the corpus-wide half runs: the file holds what analyseFile gave, whatever assembly does with it.
  const analysesText = opts.analyses ? encodeAnalyses(analysed, extractorVersion()) : null;
  // Not checked against the schema here: writeTimelineParts checks the file it writes, with the warnings added below.
  const timeline = await assembleTimelineInParallel(
    analysed,
    { overrides, title: opts.title ?? titleFromFolder(opts.input), memo: incremental?.memo, check: false },
    workers.pool,
  ).finally(() => workers.pool?.close());
  timeline.warnings = [...warnings, ...timeline.warnings].sort((a, b) => a.doc.localeCompare(b.doc) || a.code.localeCompare(b.code));
  for (const w of timeline.warnings) complain(`warning: ${w.doc}: ${w.message}`);
  if (timeline.documents.length === 0) throw new UserError(`No usable documents in ${opts.input} (${timeline.warnings.length} skipped).`);

  // Written atomically: a crash never leaves a half-written timeline behind. Two parts: the texts apart, read only
  // when a reader opens a document (src/schema/timeline.ts).
  const written = await writeTimelineParts(opts.out, timeline);
  // After the timeline: the file names the text of each analysis, so one left from an earlier build is never used
  // for a document that changed since (analysesFile.ts).
  const analysesOut = opts.analyses ? path.join(path.dirname(opts.out), analysesFileFor(path.basename(opts.out))) : null;
  if (analysesOut && analysesText !== null) await writeWholeFile(analysesOut, Buffer.from(analysesText, 'utf8'));
  await incremental?.commit();
  const reuse = incremental?.stats;
  const reused = [
    reuse?.unchanged ? `${reuse.unchanged} of ${reuse.unchanged + reuse.read} documents unchanged since the last build (not read again)` : '',
    reuse?.draftsReused ? `events of ${reuse.draftsReused} of ${reuse.draftsReused + reuse.draftsMade} documents reused` : '',
  ].filter(Boolean);
  if (reused.length) say(reused.join('; '));
  say(
    `${opts.out}: ${timeline.documents.length} documents, ${timeline.events.length} events, ${timeline.actors.length} actors, ${timeline.warnings.length} warnings; texts in ${path.basename(written.texts)}${analysesOut ? `, analyses in ${path.basename(analysesOut)}` : ''} beside it`,
  );
}

main().catch((err) => {
  // A UserError's lines are ours (the usage, a merge's list of missing documents, file names escaped in it):
  // each is printed as a line of its own.
  if (err instanceof UserError) {
    const [first, ...more] = err.message.split('\n');
    complain(`extract: ${first}`);
    for (const line of more) complain(line);
  } else if (err instanceof OutputError) complain(`extract: ${err.message}`);
  else complain(`extract: unexpected failure: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
