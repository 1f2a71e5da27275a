/**
 * The per-document cache of the build step: what analyseFile learnt from one file, stored under a hash
 * of the extractor's own code, the file's id and its bytes. Adding one article to a folder of 10,000
 * built ones re-analyses that one article; editing any extractor source (or upgrading the NLP
 * libraries) changes the version and so every key, so a stale result is never reused. "Extractor source"
 * is every folder of ours the extractor's bundles import from, not only src/extract (sourceDirs): the
 * version also names the worker threads' bundle (worker-bundle.ts).
 *
 * By default it lives in node_modules/.cache (the convention of Babel, ESLint and Vite): never committed,
 * and never beside the output, because data/ is the site's public folder and would ship the cache.
 *
 * It is also the meeting point of a build split over machines (`extract --shard i/n --cache DIR`, then
 * `--merge`, shard.ts): a shared folder that many processes on many hosts write at once. So an entry is
 * written under a temporary name unique across hosts and renamed into place, and it carries the length
 * and SHA-256 of its body: a reader takes an entry whole or not at all, even on storage where a crash or
 * a non-atomic rename (some object-store mounts) can leave a torn file behind.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { analyseFile } from './pipeline';
import type { ShardRecord } from './shard';

export type AnalysisResult = ReturnType<typeof analyseFile>;

/** Bump when the shape of a cached entry changes without any extractor source changing. */
const CACHE_FORMAT = 2;
const EXTRACT_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Where the extractor's bundles start: the CLI's (cli-launch.mjs) and the analysis worker's (worker-bundle.ts). */
const ENTRY_POINTS = ['cli.ts', 'worker.ts'];
/** A relative import or re-export (`from './x'`, `import('../y')`, `import './z'`). */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g;
/** Libraries whose version changes what a document yields. */
const LIBRARIES = ['compromise', 'chrono-node', 'htmlparser2', 'wink-nlp', 'wink-eng-lite-web-model'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sourceFiles(full);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

/** The file an import names: as written, or with .ts (for .js) added, or its folder's index.ts. */
function resolveImport(fromDir: string, spec: string): string | null {
  const base = path.resolve(fromDir, spec);
  for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * The folders whose sources the version hashes: src/extract and src/schema, and the top folder under src/ of every
 * module the bundles reach from their entry points by relative imports (src/story: importance.ts reads span.ts), so a
 * module imported from a new folder is never left out. Reading the imports costs tens of ms, once per process.
 */
export function sourceDirs(extractDir = EXTRACT_DIR): string[] {
  const src = path.dirname(extractDir);
  const dirs = new Set([extractDir, path.join(src, 'schema')]);
  const seen = new Set<string>();
  const queue = ENTRY_POINTS.map((f) => path.join(extractDir, f));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const rel = path.relative(src, file);
    const [top, ...rest] = rel.split(path.sep);
    dirs.add(top === '..' || rest.length === 0 ? path.dirname(file) : path.join(src, top));
    if (!/\.(ts|mts|tsx|js|mjs)$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolveImport(path.dirname(file), m[1]);
      if (target) queue.push(target);
    }
  }
  const all = [...dirs];
  return all.filter((d) => !all.some((o) => d.startsWith(o + path.sep))).sort();
}

function libraryVersion(name: string): string {
  const manifest = path.join(EXTRACT_DIR, '../../node_modules', name, 'package.json');
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The hash of the sources under extractDir's sourceDirs and of the NLP libraries' versions (extractorVersion). */
export function sourcesVersion(extractDir = EXTRACT_DIR): string {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\n`);
  for (const dir of sourceDirs(extractDir)) {
    for (const file of sourceFiles(dir).sort()) {
      hash.update(path.relative(extractDir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  for (const lib of LIBRARIES) hash.update(`${lib}@${libraryVersion(lib)}\n`);
  return hash.digest('hex').slice(0, 16);
}

let version: string | null = null;

/** A short hash of everything that decides what analyseFile returns: our sources and the NLP libraries. */
export function extractorVersion(): string {
  version ??= sourcesVersion();
  return version;
}

/** The key of one document: its id (results name it) and its bytes. */
export function documentKey(id: string, bytes: Uint8Array): string {
  return createHash('sha256').update(id).update('\0').update(bytes).digest('hex');
}

/** node_modules/.cache/chronolens-extract under the working folder, or .cache/ when there is no node_modules. */
export function defaultCacheRoot(cwd = process.cwd()): string {
  const modules = path.join(cwd, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'chronolens-extract') : path.join(cwd, '.cache', 'chronolens-extract');
}

/** The first line of every entry: what it is, then the SHA-256 and byte length of the JSON body after it. */
const ENTRY_MAGIC = 'chronolens-analysis';

export type EntryRead<T = AnalysisResult> = { status: 'hit'; result: T } | { status: 'missing' } | { status: 'damaged' };

/** An entry's bytes: the header line, then the value as JSON. */
export function encodeEntry(value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const digest = createHash('sha256').update(body).digest('hex');
  return Buffer.concat([Buffer.from(`${ENTRY_MAGIC} ${digest} ${body.length}\n`, 'utf8'), body]);
}

/** The value an entry holds, or 'damaged' when it is cut short, padded or altered in any byte. */
export function decodeEntry<T = AnalysisResult>(bytes: Buffer): EntryRead<T> {
  const nl = bytes.indexOf(10);
  const header = nl > 0 ? bytes.subarray(0, nl).toString('utf8').split(' ') : [];
  if (header.length !== 3 || header[0] !== ENTRY_MAGIC) return { status: 'damaged' };
  const body = bytes.subarray(nl + 1);
  if (body.length !== Number(header[2]) || createHash('sha256').update(body).digest('hex') !== header[1]) return { status: 'damaged' };
  try {
    return { status: 'hit', result: JSON.parse(body.toString('utf8')) as T };
  } catch {
    return { status: 'damaged' };
  }
}

/**
 * Writes a whole file under a fresh temporary name, then renames it into place: a reader sees the old bytes or the
 * new, never a half-written file, and two writers of the same key each rename a whole copy. `sync`: flushed to disk
 * first, for a cache other machines read (shared storage).
 */
export async function writeWholeFile(file: string, bytes: Buffer, sync = false): Promise<void> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    const handle = await openCreatingFolder(tmp);
    try {
      await handle.writeFile(bytes);
      if (sync) await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
}

/**
 * Opens a new file, making its folder only when the open finds it missing: a build writes hundreds of entries into
 * the same 256 folders, and a `mkdir -p` before each write cost about 2 % of the CPU of a build of bpoil_bbc
 * (291 articles, its system calls).
 */
async function openCreatingFolder(tmp: string) {
  try {
    return await open(tmp, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(path.dirname(tmp), { recursive: true });
    return await open(tmp, 'wx');
  }
}

export interface CacheOptions {
  /**
   * The cache of a split build (shards), the only copy of their work: each entry is flushed to the disk
   * before it is renamed into place, and an entry that cannot be written fails the run (it would otherwise
   * surface later as a document missing from the merge). A private cache is only ever a saving of time.
   */
  shared?: boolean;
}

export class AnalysisCache {
  /** Entries of this extractor version: root/<version>/<key[0..2]>/<key>.json */
  readonly dir: string;
  readonly shared: boolean;

  constructor(
    readonly root: string,
    readonly version = extractorVersion(),
    options: CacheOptions = {},
  ) {
    this.dir = path.join(root, version);
    this.shared = options.shared ?? false;
  }

  private file(key: string) {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached result of a document, or null when there is none that is whole (analyse it again). */
  async get(key: string): Promise<AnalysisResult | null> {
    const entry = await this.read(key);
    return entry.status === 'hit' ? entry.result : null;
  }

  /** Like get, but tells a missing entry from a damaged one (the merge names which it was). */
  async read(key: string): Promise<EntryRead> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file(key));
    } catch {
      return { status: 'missing' };
    }
    return decodeEntry(bytes);
  }

  /**
   * Written to a temporary name and renamed, so a concurrent reader never sees half an entry. The name is
   * random, not a process id: two pods on two hosts can both be pid 1. Two writers of the same entry (a
   * shard run twice at once) each rename a whole copy of the same bytes; the last rename wins.
   */
  async set(key: string, result: AnalysisResult): Promise<void> {
    try {
      await writeWholeFile(this.file(key), encodeEntry(result), this.shared);
    } catch (err) {
      if (this.shared) throw new Error(`cannot write to the cache ${this.root}: ${(err as Error).message}`);
      // a private cache that cannot be written only costs time
    }
  }

  private shardsDir(count?: number) {
    return count === undefined ? path.join(this.dir, 'shards') : path.join(this.dir, 'shards', String(count));
  }

  /** Written by a shard once every entry of its slice is in the cache (shard.ts, ShardRecord). */
  async writeShardRecord(record: ShardRecord): Promise<void> {
    const file = path.join(this.shardsDir(record.shard.count), `${record.shard.index}.json`);
    try {
      await writeWholeFile(file, encodeEntry(record), this.shared);
    } catch (err) {
      throw new Error(`cannot write to the cache ${this.root}: ${(err as Error).message}`);
    }
  }

  /**
   * The records of the finished shards of the latest split: when shards of several splits (4, then 8) have
   * written here, the split whose record was written last. count is null when no shard has finished.
   */
  async readShardRecords(): Promise<{ count: number | null; records: Map<number, ShardRecord> }> {
    const counts = (await readdir(this.shardsDir()).catch(() => [] as string[])).filter((n) => /^[1-9]\d*$/.test(n));
    let latest: { count: number; at: number } | null = null;
    for (const c of counts) {
      for (const f of await readdir(this.shardsDir(Number(c))).catch(() => [] as string[])) {
        if (!/^\d+\.json$/.test(f)) continue;
        const at = (await stat(path.join(this.shardsDir(Number(c)), f)).catch(() => null))?.mtimeMs ?? -1;
        if (!latest || at > latest.at) latest = { count: Number(c), at };
      }
    }
    const records = new Map<number, ShardRecord>();
    if (!latest) return { count: null, records };
    for (const f of await readdir(this.shardsDir(latest.count))) {
      if (!/^\d+\.json$/.test(f)) continue;
      const entry = decodeEntry<ShardRecord>(await readFile(path.join(this.shardsDir(latest.count), f)).catch(() => Buffer.alloc(0)));
      if (entry.status === 'hit') records.set(entry.result.shard.index, entry.result);
    }
    return { count: latest.count, records };
  }

  /** The other extractor versions with entries under the same root (the merge names them when this one has none). */
  async otherVersions(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => e.isDirectory() && e.name !== this.version && /^[0-9a-f]{16}$/.test(e.name))
      .map((e) => e.name)
      .sort();
  }

  /** Removes entries of other extractor versions: they can never be read again. */
  async pruneOtherVersions(): Promise<void> {
    await Promise.all((await this.otherVersions()).map((v) => rm(path.join(this.root, v), { recursive: true, force: true }).catch(() => {})));
  }
}
