/**
 * The per-document cache of the build step: what analyseFile learnt from one file, stored under a hash
 * of the extractor's own code, the file's id and its bytes. Adding one article to a folder of 10,000
 * built ones re-analyses that one article; editing any extractor source (or upgrading the NLP
 * libraries) changes the version and so every key, so a stale result is never reused.
 *
 * Lives in node_modules/.cache (the convention of Babel, ESLint and Vite): never committed, and never
 * beside the output, because data/ is the site's public folder and would ship the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { analyseFile } from './pipeline';

export type AnalysisResult = ReturnType<typeof analyseFile>;

/** Bump when the shape of a cached entry changes without any extractor source changing. */
const CACHE_FORMAT = 1;
const EXTRACT_DIR = path.dirname(fileURLToPath(import.meta.url));
const SOURCE_DIRS = [EXTRACT_DIR, path.join(EXTRACT_DIR, '../schema')];
/** Libraries whose version changes what a document yields. */
const LIBRARIES = ['compromise', 'chrono-node', 'htmlparser2'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sourceFiles(full);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

function libraryVersion(name: string): string {
  const manifest = path.join(EXTRACT_DIR, '../../node_modules', name, 'package.json');
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

let version: string | null = null;
let written = 0;

/** A short hash of everything that decides what analyseFile returns: our sources and the NLP libraries. */
export function extractorVersion(): string {
  if (version) return version;
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\n`);
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(dir).sort()) {
      hash.update(path.relative(EXTRACT_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  for (const lib of LIBRARIES) hash.update(`${lib}@${libraryVersion(lib)}\n`);
  version = hash.digest('hex').slice(0, 16);
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

export class AnalysisCache {
  /** Entries of this extractor version: root/<version>/<key[0..2]>/<key>.json */
  readonly dir: string;

  constructor(
    readonly root: string,
    readonly version = extractorVersion(),
  ) {
    this.dir = path.join(root, version);
  }

  private file(key: string) {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<AnalysisResult | null> {
    try {
      return JSON.parse(await readFile(this.file(key), 'utf8')) as AnalysisResult;
    } catch {
      return null; // missing, or torn by a crash: analyse again
    }
  }

  /** Written to a temporary name and renamed, so a concurrent reader never sees half an entry. */
  async set(key: string, result: AnalysisResult): Promise<void> {
    const file = this.file(key);
    const tmp = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(tmp, JSON.stringify(result));
      await rename(tmp, file);
    } catch {
      await rm(tmp, { force: true }).catch(() => {}); // a cache that cannot be written only costs time
    }
  }

  /** Removes entries of other extractor versions: they can never be read again. */
  async pruneOtherVersions(): Promise<void> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    await Promise.all(
      entries
        .filter((e) => e.isDirectory() && e.name !== this.version && /^[0-9a-f]{16}$/.test(e.name))
        .map((e) => rm(path.join(this.root, e.name), { recursive: true, force: true }).catch(() => {})),
    );
  }
}
