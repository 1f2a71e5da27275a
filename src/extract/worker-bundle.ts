/**
 * What a worker thread runs. From the TypeScript sources (`tsx src/extract/cli.ts`), each worker would
 * register tsx and compile the extractor's modules again: about 1.3 s of CPU per worker before its first
 * document, on top of loading compromise and the lexicons. Instead the worker's sources are bundled once
 * into one JavaScript file with esbuild (tsx's own compiler), kept under node_modules/.cache and named
 * after the extractor version (a hash of the sources), so a changed source always gets a new bundle.
 * Libraries stay outside the bundle and load from node_modules as before. When esbuild is missing or the
 * bundle cannot be written, workers fall back to compiling through tsx (worker-entry.mjs): slower to
 * start, same results.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { extractorVersion } from './cache';

const EXTRACT_DIR = path.dirname(fileURLToPath(import.meta.url));

/** node_modules/.cache/chronolens-worker: beside node_modules, where bare imports of the bundle resolve. */
export function bundleDir(): string {
  return path.join(EXTRACT_DIR, '../../node_modules/.cache/chronolens-worker');
}

interface Esbuild {
  buildSync(options: Record<string, unknown>): unknown;
}

/** How long a bundle of another extractor version is kept. */
const KEEP_OTHER_BUNDLES_MS = 24 * 3600 * 1000;

function staleBundle(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > KEEP_OTHER_BUNDLES_MS;
  } catch {
    return false;
  }
}

/** The bundled worker for this extractor version (built now if needed), or null to use the tsx entry. */
export function workerBundle(version = extractorVersion(), dir = bundleDir()): URL | null {
  const file = path.join(dir, `worker-${version}.mjs`);
  if (existsSync(file)) return pathToFileURL(file);
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
    mkdirSync(dir, { recursive: true });
    esbuild.buildSync({
      entryPoints: [path.join(EXTRACT_DIR, 'worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Regular expressions with \p{…} stay literals: for any target but esnext esbuild rewrites each as
      // `new RegExp(…)`, which builds the object again on every call of the function that holds it (the actor
      // tokeniser tests three per word). Node 20 knows every property this code names.
      supported: { 'regexp-unicode-property-escapes': true },
      packages: 'external',
      outfile: tmp,
      logLevel: 'silent',
    });
    // Renamed into place, so a build running at the same time never starts a worker from half a file.
    renameSync(tmp, file);
    // Bundles of other versions are left for a day: two checkouts may share one node_modules (a worktree linked to
    // it), and a build of the other checkout starting its workers from its bundle must find it there.
    for (const old of readdirSync(dir)) {
      const at = path.join(dir, old);
      if (/^worker-[0-9a-f]{16}\.mjs$/.test(old) && at !== file && staleBundle(at)) rmSync(at, { force: true });
    }
    return pathToFileURL(file);
  } catch {
    rmSync(tmp, { force: true });
    return null;
  }
}
