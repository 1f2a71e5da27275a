/**
 * npm run extract -- [--input DIR] [--out FILE] [--title TEXT] [--actors FILE] [--jobs N] [--no-cache] [--cache-dir DIR]
 * The command line of the build step: arguments, the folder walk, the terminal and the atomic write.
 * Reading and analysing the documents on every core is parallel.ts; the per-document cache is cache.ts.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { assembleTimeline } from './pipeline';
import { AnalysisCache, defaultCacheRoot } from './cache';
import { analyseCorpus, type CorpusFile } from './parallel';
import type { ActorOverrides } from './canonical';
import type { BuildWarning } from './types';
import { serializeTimeline } from './write';

const USAGE = `Usage: npm run extract -- [--input DIR] [--out FILE] [--title TEXT] [--actors FILE] [--jobs N] [--no-cache] [--cache-dir DIR]
  --input DIR      folder of .txt, .md and .html articles (default: data/documents)
  --out FILE       timeline to write (default: data/timeline.json)
  --title TEXT     the collection's name, shown by the app (default: the input folder's name)
  --actors FILE    optional actor corrections (default: data/actors.json when it exists)
  --jobs N         documents analysed in parallel (default: one per core)
  --no-cache       analyse every document again (default: reuse the results of unchanged documents)
  --cache-dir DIR  where those results are kept (default: node_modules/.cache/chronolens-extract)`;

class UserError extends Error {}

interface Options {
  input: string;
  out: string;
  title: string | null;
  actors: string | null;
  jobs: number | undefined;
  cache: boolean;
  cacheDir: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { input: 'data/documents', out: 'data/timeline.json', title: null, actors: null, jobs: undefined, cache: true, cacheDir: null };
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
    else if (a === '--cache-dir') opts.cacheDir = value();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UserError(`Unknown option ${a}.\n${USAGE}`);
  }
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

/** Lists files under dir (recursively), following symlinks once and never looping. */
async function listFiles(root: string, warnings: BuildWarning[]): Promise<Array<{ id: string; full: string }>> {
  const out: Array<{ id: string; full: string }> = [];
  const seen = new Set<string>();
  async function walk(dir: string) {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      warnings.push({ doc: path.relative(root, dir) || '.', code: 'unreadable', message: 'folder could not be resolved (broken link or loop)' });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, e.name);
      const id = path.relative(root, full).split(path.sep).join('/');
      if (e.name.startsWith('.')) continue;
      let stat: Awaited<ReturnType<typeof fs.stat>>;
      try {
        stat = await fs.stat(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        warnings.push({
          doc: id,
          code: 'unreadable',
          message: code === 'ELOOP' ? 'symbolic link loop, skipped' : `could not be read (${code ?? 'error'}), skipped`,
        });
        continue;
      }
      if (stat.isDirectory()) await walk(full);
      else if (stat.isFile()) out.push({ id, full });
    }
  }
  await walk(root);
  return out;
}

async function readOverrides(file: string | null, explicit: boolean): Promise<ActorOverrides | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    if (explicit) throw new UserError(`Cannot read actor corrections file ${file}.`);
    return undefined;
  }
  try {
    return JSON.parse(text) as ActorOverrides;
  } catch (e) {
    throw new UserError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
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

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const stat = await fs.stat(opts.input).catch(() => null);
  if (!stat?.isDirectory()) throw new UserError(`Input folder not found: ${opts.input}`);
  const overrides = await readOverrides(opts.actors ?? path.join(path.dirname(opts.out), 'actors.json'), opts.actors !== null);

  const warnings: BuildWarning[] = [];
  const listed = await listFiles(opts.input, warnings);
  const files: CorpusFile[] = listed.filter((f) => f.id !== 'actors.json' && f.id !== path.basename(opts.out));
  const cache = opts.cache ? new AnalysisCache(opts.cacheDir ?? defaultCacheRoot()) : null;
  await cache?.pruneOtherVersions();
  const analysed = await analyseCorpus(files, { jobs: opts.jobs, cache, onProgress: progressBar(files.length) });
  const timeline = assembleTimeline(analysed, { overrides, title: opts.title ?? titleFromFolder(opts.input) });
  timeline.warnings = [...warnings, ...timeline.warnings].sort((a, b) => a.doc.localeCompare(b.doc) || a.code.localeCompare(b.code));
  for (const w of timeline.warnings) process.stderr.write(`warning: ${w.doc}: ${w.message}\n`);
  if (timeline.documents.length === 0) throw new UserError(`No usable documents in ${opts.input} (${timeline.warnings.length} skipped).`);

  // Written atomically: a crash never leaves a half-written timeline behind.
  const outDir = path.dirname(opts.out);
  const tmp = path.join(outDir, `.${path.basename(opts.out)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(outDir, { recursive: true });
    await fs.writeFile(tmp, serializeTimeline(timeline));
    await fs.rename(tmp, opts.out);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw new UserError(`Cannot write ${opts.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  console.log(
    `${opts.out}: ${timeline.documents.length} documents, ${timeline.events.length} events, ${timeline.actors.length} actors, ${timeline.warnings.length} warnings`,
  );
}

main().catch((err) => {
  if (err instanceof UserError) console.error(`extract: ${err.message}`);
  else console.error(`extract: unexpected failure: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
