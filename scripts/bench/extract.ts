/**
 * Extraction benchmark: `npm run extract` end to end (process start to timeline written) on generated
 * corpora, in a child process so its start-up, worker threads and peak memory are all counted.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../generate-corpus';
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
}

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
export const WORK = path.join(tmpdir(), 'chronolens-bench');
const TIMEOUT_MS = 30 * 60_000;

/** A generated corpus, kept between benchmark runs (generation is deterministic, so it is safe to reuse). */
async function corpus(documents: number, seed: number): Promise<{ dir: string; bytes: number }> {
  const dir = path.join(WORK, `corpus-${documents}-seed${seed}`);
  const done = path.join(dir, '.complete');
  if (!existsSync(done)) {
    await rm(dir, { recursive: true, force: true });
    const bytes = await writeCorpus(dir, documents, seed);
    await writeFile(done, String(bytes));
  }
  let bytes = 0;
  for (const f of await readdir(dir)) if (!f.startsWith('.')) bytes += statSync(path.join(dir, f)).size;
  return { dir, bytes };
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  summary: string;
}

/** Runs the CLI under /usr/bin/time (for peak RSS and CPU of the process and its threads). */
function runExtract(args: string[], timeoutMs: number): Promise<Run> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const node = [process.execPath, '--import', 'tsx', path.join(ROOT, 'src/extract/cli.ts'), ...args];
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
    const count = runsFor(documents);
    // Cold runs start from an empty cache (and fill it, as a first build does); the last one's cache
    // then serves the incremental run: one article added to the built folder.
    const cacheDir = path.join(WORK, `cache-${documents}`);
    for (let i = 0; i < count; i++) {
      await rm(cacheDir, { recursive: true, force: true });
      const run = await runExtract(['--input', dir, '--out', out, '--cache', cacheDir], TIMEOUT_MS);
      log(
        `  extract ${documents} documents, run ${i + 1}/${count}: ${run.seconds.toFixed(1)} s, ${run.cpuSeconds.toFixed(1)} CPU s, ${run.peakMB.toFixed(0)} MB peak (${run.summary.replace(/^.*?: /, '')})`,
      );
      runs.push(run);
    }
    const [extra] = [...generateCorpus(999, 1)];
    const extraFile = path.join(dir, `zz-added-${extra.name}`);
    let addOneSeconds: number | null = null;
    try {
      await writeFile(extraFile, extra.text);
      addOneSeconds = (await runExtract(['--input', dir, '--out', out, '--cache', cacheDir], TIMEOUT_MS)).seconds;
      log(`  extract ${documents} documents + 1 added, the rest from the cache: ${addOneSeconds.toFixed(1)} s`);
    } finally {
      await rm(extraFile, { force: true });
      await rm(cacheDir, { recursive: true, force: true });
    }
    const seconds = median(runs.map((r) => r.seconds));
    const megabytes = bytes / 1e6;
    results.push({
      documents,
      megabytes: round(megabytes, 2),
      seconds: round(seconds, 2),
      mbPerSecondPerCore: round(megabytes / seconds / cores, 3),
      peakMB: Math.round(Math.max(...runs.map((r) => r.peakMB))),
      cpuSeconds: round(median(runs.map((r) => r.cpuSeconds)), 1),
      runs: runs.length,
      cores,
      events: Number(/(\d+) events/.exec(runs[0]?.summary ?? '')?.[1] ?? NaN),
      addOneSeconds: addOneSeconds === null ? null : round(addOneSeconds, 2),
    });
  }
  return results;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
