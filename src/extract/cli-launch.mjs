// `npm run extract`: runs cli.ts from one JavaScript bundle of it, in plain Node, in this very process.
//
// Why: `node --import tsx src/extract/cli.ts` starts tsx's loader on a thread of its own and sends every module of the
// extractor through it to be compiled: about 0.7 CPU s of the process's 1.4 s on a one-article folder (docs/performance.md,
// "Build step, 6 Dec 2026"), paid again by every build. The bundle is made once with esbuild (tsx's own compiler, the one
// worker-bundle.ts uses for the worker threads), kept under node_modules/.cache/chronolens-cli and named after a hash of
// the sources it may read, so a changed source always gets a new bundle. Libraries stay outside it and load from
// node_modules. Without esbuild the CLI runs through tsx: slower to start, same results; when the bundle cannot be built or
// written it does too, and says so on stderr. `node --import tsx src/extract/cli.ts` still works and writes the same bytes.
//
// package.json runs it with `--v8-pool-size=1`: one thread for V8's background work (concurrent marking, parallel
// scavenges, optimising compiles) instead of Node's default four, which on 2 cores compete with the two threads that
// analyse; about 13 % fewer CPU seconds on bpoil_bbc, same output (docs/performance.md, "Build step, 6 Dec 2026").
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EXTRACT_DIR = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(EXTRACT_DIR, 'cli.ts');
/** Every folder of ours the CLI imports from (src/story: span.ts). A source anywhere else would need adding here. */
const SOURCE_DIRS = ['.', '../schema', '../story'].map((d) => path.join(EXTRACT_DIR, d));
const BUNDLE_DIR = path.join(EXTRACT_DIR, '../../node_modules/.cache/chronolens-cli');
/** How long a bundle of other sources is kept (another checkout may share this node_modules). */
const KEEP_OTHER_BUNDLES_MS = 24 * 3600 * 1000;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sourceFiles(full);
    return /\.(ts|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

/** A hash of every source the bundle can hold, the options it is built with and esbuild's version. */
function sourcesHash(esbuildVersion) {
  // The bundle holds this checkout's own path (the `import.meta.url` it is given), so the path is hashed too: a second
  // checkout linked to this node_modules, or this one moved, must not start a bundle whose src/extract is elsewhere or
  // gone ("ENOENT: no such file or directory, open '/old/checkout/src/extract/worker.ts'").
  const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n${EXTRACT_DIR}\n`);
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(dir).sort()) hash.update(path.relative(EXTRACT_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function stale(file) {
  try {
    return Date.now() - statSync(file).mtimeMs > KEEP_OTHER_BUNDLES_MS;
  } catch {
    return false;
  }
}

/** The bundle of cli.ts for the sources as they are now (built if needed), or null to run through tsx. */
function cliBundle() {
  let tmp = null;
  let esbuild;
  try {
    esbuild = createRequire(import.meta.url)('esbuild');
  } catch {
    // (no esbuild installed: tsx, silently)
    return null;
  }
  try {
    const file = path.join(BUNDLE_DIR, `cli-${sourcesHash(esbuild.version)}.mjs`);
    if (existsSync(file)) return file;
    mkdirSync(BUNDLE_DIR, { recursive: true });
    tmp = `${file}.${process.pid}.tmp`;
    esbuild.buildSync({
      entryPoints: [CLI],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // As worker-bundle.ts: regular expressions with \p{…} stay literals, not `new RegExp(…)` on every call.
      supported: { 'regexp-unicode-property-escapes': true },
      // The modules that read import.meta.url (cache.ts: the sources the extractor version hashes; worker-bundle.ts and
      // parallel.ts: the worker threads' script) all live in src/extract, beside cli.ts: they get cli.ts's own URL, the
      // same folder as when tsx runs them, not the bundle's.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(CLI).href) },
      packages: 'external',
      outfile: tmp,
      logLevel: 'silent',
    });
    // Renamed into place, so a build starting at the same time never loads half a file.
    renameSync(tmp, file);
    for (const old of readdirSync(BUNDLE_DIR)) {
      const at = path.join(BUNDLE_DIR, old);
      if (/^cli-[0-9a-f]{16}\.mjs$/.test(old) && at !== file && stale(at)) rmSync(at, { force: true });
    }
    return file;
  } catch (error) {
    // A bundle that fails to build or write (a bundling error, a full disk) says so: running through tsx gives the same
    // results, only slower, and would hide it.
    process.stderr.write(`cli-launch: bundle failed (${String(error?.message ?? error).split('\n')[0]}), running through tsx\n`);
    if (tmp) rmSync(tmp, { force: true });
    return null;
  }
}

const bundle = cliBundle();
if (bundle) await import(pathToFileURL(bundle).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(CLI).href);
}
