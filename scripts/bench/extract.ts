/**
 * Extraction benchmark: `npm run extract` end to end (process start to timeline written) on generated
 * corpora, in a child process so its start-up, worker threads and peak memory are all counted. After each
 * run, its peer: chrono-node alone parsing the same files (chrono-peer.ts), so that every figure has a ratio
 * measured under the same load. With a Timeline17 folder, the same on real news: the 8 development topics,
 * each built as its own timeline.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../generate-corpus';
import { DEVELOPMENT_TOPICS } from '../eval/timeline17';
import type { ChronoPeerRun } from './chrono-peer';
import { generateCorpus } from './corpus';
import { median } from './stats';

export interface ExtractResult {
  documents: number;
  megabytes: number;
  /** Median wall-clock seconds of the cold runs (empty cache). */
  seconds: number;
  mbPerSecondPerCore: number;
  /** Largest peak resident memory of the runs, workers included (they are threads of the one process). */
  peakMB: number;
  /** Median CPU seconds (user + system) of the runs: what the work costs when the machine is shared. */
  cpuSeconds: number;
  runs: number;
  cores: number;
  events: number;
  /** Seconds to rebuild after adding one document to the built folder (everything else from the cache). */
  addOneSeconds: number | null;
  /** CPU seconds of that rebuild: steadier than its wall-clock seconds on a shared machine. */
  addOneCpuSeconds?: number | null;
  /** Megabytes of articles per CPU second (median CPU seconds): per core, whatever else the machine runs. */
  mbPerCpuSecond: number;
  /** The peer, chrono-node alone on the same files, run right after each of ours: median CPU seconds. */
  chrono: { cpuSeconds: number; mbPerCpuSecond: number; dates: number };
  /** Median over the runs of our CPU seconds divided by chrono's in the run after: the figure to compare across days. */
  cpuRatioToChrono: number;
}

/** The real-text row: Timeline17's development topics, each extracted as its own timeline, the figures summed. */
export interface RealTextResult {
  corpus: string;
  topics: string[];
  documents: number;
  megabytes: number;
  /** Median over the runs of the wall seconds of all topics. */
  seconds: number;
  mbPerSecondPerCore: number;
  cpuSeconds: number;
  mbPerCpuSecond: number;
  peakMB: number;
  events: number;
  chrono: { cpuSeconds: number; mbPerCpuSecond: number; dates: number };
  cpuRatioToChrono: number;
  runs: number;
  cores: number;
}

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
/** Generated corpora, kept between benchmark runs (generation is deterministic, so it is safe to reuse). */
const SHARED = path.join(tmpdir(), 'chronolens-bench');
/**
 * This run's own folder: its outputs, caches and input folders. Two benchmarks on one machine (a shared build
 * machine, or two branches measured side by side) would otherwise write the same timeline and cache, and one's
 * added article would land in the other's corpus (it failed with ENOTEMPTY).
 */
export const WORK = path.join(SHARED, `run-${process.pid}`);
const TIMEOUT_MS = 30 * 60_000;

/**
 * A generated corpus as this run's input folder: generated once into the shared folder (written under a name of
 * its own and renamed, so a concurrent run never reads half of it), then hard-linked into this run's folder,
 * where the incremental run may add its article.
 */
async function corpus(documents: number, seed: number): Promise<{ dir: string; bytes: number }> {
  const name = `corpus-${documents}-seed${seed}`;
  const shared = path.join(SHARED, name);
  if (!existsSync(path.join(shared, '.complete'))) {
    const fresh = path.join(SHARED, `${name}.${process.pid}.tmp`);
    await rm(fresh, { recursive: true, force: true });
    const written = await writeCorpus(fresh, documents, seed);
    await writeFile(path.join(fresh, '.complete'), String(written));
    await rm(shared, { recursive: true, force: true });
    await rename(fresh, shared).catch(async (err: NodeJS.ErrnoException) => {
      // Another run renamed its identical corpus there first.
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
      await rm(fresh, { recursive: true, force: true });
    });
  }
  const dir = path.join(WORK, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const f of await readdir(shared)) {
    if (f.startsWith('.')) continue;
    await link(path.join(shared, f), path.join(dir, f));
    bytes += statSync(path.join(dir, f)).size;
  }
  return { dir, bytes };
}

/** Removes this run's folder; the generated corpora stay for the next run. */
export async function removeRunFolder(): Promise<void> {
  await rm(WORK, { recursive: true, force: true });
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  summary: string;
}

/** The peer on the same folder, in its own process (chrono-peer.ts). */
function runChronoPeer(dir: string): Promise<ChronoPeerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/chrono-peer.ts'), dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`chrono peer failed (${code}): ${stderr.slice(-500)}`));
      resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChronoPeerRun);
    });
  });
}

/**
 * The command of `npm run extract`, read from package.json (`node` and its flags, then the CLI: cli-launch.mjs), run by
 * this Node in the project's folder: the bench measures what a user runs, flags included.
 */
function extractCommand(): string[] {
  const script = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { extract: string } }).scripts.extract;
  const [node, ...rest] = script.trim().split(/\s+/);
  if (node !== 'node') throw new Error(`package.json's extract script does not start with node: ${script}`);
  return [process.execPath, ...rest];
}

/** Runs the CLI under /usr/bin/time (for peak RSS and CPU of the process and its threads). */
function runExtract(args: string[], timeoutMs: number): Promise<Run> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const node = [...extractCommand(), ...args];
  const [cmd, ...argv] = timeBin ? [timeBin, '-f', 'BENCH %e %U %S %M', ...node] : node;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`extract failed (${code}): ${stderr.slice(-500)}`));
      const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      resolve({
        seconds: m ? Number(m[1]) : wall,
        cpuSeconds: m ? Number(m[2]) + Number(m[3]) : NaN,
        peakMB: m ? Number(m[4]) / 1024 : NaN,
        summary: stdout.trim().split('\n').pop() ?? '',
      });
    });
  });
}

export async function benchExtract(sizes: number[], runsFor: (documents: number) => number, log: (line: string) => void): Promise<ExtractResult[]> {
  const cores = availableParallelism();
  const results: ExtractResult[] = [];
  for (const documents of sizes) {
    const { dir, bytes } = await corpus(documents, 1);
    const out = path.join(WORK, `timeline-${documents}.json`);
    const runs: Run[] = [];
    const peers: ChronoPeerRun[] = [];
    const count = runsFor(documents);
    // Cold runs start from an empty cache (and fill it, as a first build does); the last one's cache
    // then serves the incremental run: one article added to the built folder.
    const cacheDir = path.join(WORK, `cache-${documents}`);
    for (let i = 0; i < count; i++) {
      await rm(cacheDir, { recursive: true, force: true });
      const run = await runExtract(['--input', dir, '--out', out, '--cache', cacheDir], TIMEOUT_MS);
      const peer = await runChronoPeer(dir);
      log(
        `  extract ${documents} documents, run ${i + 1}/${count}: ${run.seconds.toFixed(1)} s, ${run.cpuSeconds.toFixed(1)} CPU s, ${run.peakMB.toFixed(0)} MB peak (${run.summary.replace(/^.*?: /, '')}); chrono alone ${peer.cpuSeconds.toFixed(2)} CPU s`,
      );
      runs.push(run);
      peers.push(peer);
    }
    const [extra] = [...generateCorpus(999, 1)];
    const extraFile = path.join(dir, `zz-added-${extra.name}`);
    let addOneSeconds: number | null = null;
    let addOneCpuSeconds: number | null = null;
    try {
      await writeFile(extraFile, extra.text);
      const added = await runExtract(['--input', dir, '--out', out, '--cache', cacheDir], TIMEOUT_MS);
      addOneSeconds = added.seconds;
      addOneCpuSeconds = Number.isNaN(added.cpuSeconds) ? null : added.cpuSeconds;
      log(`  extract ${documents} documents + 1 added, the rest from the cache: ${addOneSeconds.toFixed(1)} s, ${added.cpuSeconds.toFixed(1)} CPU s`);
    } finally {
      await rm(extraFile, { force: true });
      await rm(cacheDir, { recursive: true, force: true });
    }
    const seconds = median(runs.map((r) => r.seconds));
    const megabytes = bytes / 1e6;
    const cpuSeconds = median(runs.map((r) => r.cpuSeconds));
    results.push({
      documents,
      megabytes: round(megabytes, 2),
      seconds: round(seconds, 2),
      mbPerSecondPerCore: round(megabytes / seconds / cores, 3),
      peakMB: Math.round(Math.max(...runs.map((r) => r.peakMB))),
      cpuSeconds: round(cpuSeconds, 1),
      runs: runs.length,
      cores,
      events: Number(/(\d+) events/.exec(runs[0]?.summary ?? '')?.[1] ?? NaN),
      addOneSeconds: addOneSeconds === null ? null : round(addOneSeconds, 2),
      addOneCpuSeconds: addOneCpuSeconds === null ? null : round(addOneCpuSeconds, 2),
      mbPerCpuSecond: round(megabytes / cpuSeconds, 3),
      ...peerFigures(megabytes, runs, peers),
    });
  }
  return results;
}

function peerFigures(megabytes: number, runs: Array<{ cpuSeconds: number }>, peers: ChronoPeerRun[]) {
  const chronoCpu = median(peers.map((p) => p.cpuSeconds));
  return {
    chrono: { cpuSeconds: round(chronoCpu, 2), mbPerCpuSecond: round(megabytes / chronoCpu, 2), dates: peers[0]?.dates ?? 0 },
    cpuRatioToChrono: round(median(runs.map((r, i) => r.cpuSeconds / peers[i].cpuSeconds)), 1),
  };
}

/**
 * Real news, end to end: each development topic of Timeline17 under dir (dir/<topic>/*.md, converted as
 * benchmarks/timeline17/README.md says) built as its own timeline from an empty cache, as a user builds one
 * story; the figures of one run are the sums over the topics. The text stays where it is, never copied.
 */
export async function benchRealText(dir: string, runsCount: number, log: (line: string) => void): Promise<RealTextResult> {
  // Only the development topics, by name: the other topics of Timeline17 are the held-out measure.
  const topics: string[] = DEVELOPMENT_TOPICS.filter((t) => existsSync(path.join(dir, t)));
  if (!topics.length) throw new Error(`no Timeline17 development topic (${DEVELOPMENT_TOPICS.join(', ')}) in ${dir}`);
  const cores = availableParallelism();
  let bytes = 0;
  let documents = 0;
  for (const t of topics)
    for (const f of await readdir(path.join(dir, t)))
      if (!f.startsWith('.')) {
        bytes += statSync(path.join(dir, t, f)).size;
        documents++;
      }
  const runs: Run[] = [];
  const peers: ChronoPeerRun[] = [];
  let events = 0;
  for (let i = 0; i < runsCount; i++) {
    const sum: Run = { seconds: 0, cpuSeconds: 0, peakMB: 0, summary: '' };
    const peer: ChronoPeerRun = { documents: 0, bytes: 0, dates: 0, cpuSeconds: 0, seconds: 0 };
    events = 0;
    for (const topic of topics) {
      const cacheDir = path.join(WORK, `cache-real-${topic}`);
      await rm(cacheDir, { recursive: true, force: true });
      const run = await runExtract(['--input', path.join(dir, topic), '--out', path.join(WORK, `real-${topic}.json`), '--cache', cacheDir], TIMEOUT_MS);
      await rm(cacheDir, { recursive: true, force: true });
      const p = await runChronoPeer(path.join(dir, topic));
      sum.seconds += run.seconds;
      sum.cpuSeconds += run.cpuSeconds;
      sum.peakMB = Math.max(sum.peakMB, run.peakMB);
      events += Number(/(\d+) events/.exec(run.summary)?.[1] ?? 0);
      peer.cpuSeconds += p.cpuSeconds;
      peer.dates += p.dates;
    }
    log(
      `  real text (${topics.length} Timeline17 topics), run ${i + 1}/${runsCount}: ${sum.seconds.toFixed(1)} s, ${sum.cpuSeconds.toFixed(1)} CPU s, ${sum.peakMB.toFixed(0)} MB peak, ${events} events; chrono alone ${peer.cpuSeconds.toFixed(2)} CPU s`,
    );
    runs.push(sum);
    peers.push(peer);
  }
  const megabytes = bytes / 1e6;
  const seconds = median(runs.map((r) => r.seconds));
  const cpuSeconds = median(runs.map((r) => r.cpuSeconds));
  return {
    corpus: 'Timeline17 development topics, each its own timeline',
    topics,
    documents,
    megabytes: round(megabytes, 2),
    seconds: round(seconds, 2),
    mbPerSecondPerCore: round(megabytes / seconds / cores, 3),
    cpuSeconds: round(cpuSeconds, 1),
    mbPerCpuSecond: round(megabytes / cpuSeconds, 3),
    peakMB: Math.round(Math.max(...runs.map((r) => r.peakMB))),
    events,
    ...peerFigures(megabytes, runs, peers),
    runs: runs.length,
    cores,
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
