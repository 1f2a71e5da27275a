/**
 * What the per-document cache keys on: the extractor's code and the document's name and bytes, so a
 * result is reused only when analysing again could not give anything else.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisCache, decodeEntry, defaultCacheRoot, documentKey, extractorVersion, sourceDirs, sourcesVersion } from './cache';
import { analyseFile } from './pipeline';

const bytes = (s: string) => new TextEncoder().encode(s);
const root = mkdtempSync(join(tmpdir(), 'chronolens-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the cache key', () => {
  it('names one version of the extractor code, the same on every call', () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorVersion()).toBe(extractorVersion());
  });

  it('changes with a source of any folder the extractor imports from (src/story: span.ts), not with one it never reads', () => {
    const src = join(root, 'src-copy');
    for (const dir of ['extract', 'schema', 'story']) cpSync(join(__dirname, '..', dir), join(src, dir), { recursive: true });
    const extractDir = join(src, 'extract');
    const before = sourcesVersion(extractDir);
    appendFileSync(join(src, 'story', 'span.ts'), '\n// edited\n');
    const edited = sourcesVersion(extractDir);
    expect(edited).not.toBe(before);
    mkdirSync(join(src, 'app'));
    writeFileSync(join(src, 'app', 'unrelated.ts'), 'export const unrelated = 1;\n');
    expect(sourcesVersion(extractDir)).toBe(edited);
  });

  it('hashes every folder of ours that esbuild puts in the CLI and worker bundles', () => {
    const esbuild = createRequire(import.meta.url)('esbuild') as {
      buildSync(options: Record<string, unknown>): { metafile: { inputs: Record<string, unknown> } };
    };
    const project = join(__dirname, '../..');
    const dirs = sourceDirs();
    for (const entry of ['cli.ts', 'worker.ts']) {
      const { metafile } = esbuild.buildSync({
        entryPoints: [join(__dirname, entry)],
        absWorkingDir: project,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const outside = Object.keys(metafile.inputs).filter((input) => !dirs.some((d) => resolve(project, input).startsWith(d + sep)));
      expect(outside, entry).toEqual([]);
    }
  });

  it('changes with a single byte of the article, and with its file name (results carry the name)', () => {
    const key = documentKey('a.txt', bytes('Officials met on Friday.'));
    expect(documentKey('a.txt', bytes('Officials met on Friday.'))).toBe(key);
    expect(documentKey('a.txt', bytes('Officials met on Friday!'))).not.toBe(key);
    expect(documentKey('b.txt', bytes('Officials met on Friday.'))).not.toBe(key);
  });

  it('lives in node_modules/.cache, never beside the timeline in the public data folder', () => {
    expect(defaultCacheRoot(join(__dirname, '../..'))).toBe(join(__dirname, '../../node_modules/.cache/chronolens-extract'));
  });
});

describe('a cached result', () => {
  it('reads back equal to what analyseFile returned', async () => {
    const cache = new AnalysisCache(root, 'v1');
    const file = { id: 'a.txt', bytes: bytes('Seoul, December 1, 2024 – Defense Minister Andrei Belousov met Kim Jong Un on Friday.\n') };
    const result = analyseFile(file);
    const key = documentKey(file.id, file.bytes);
    expect(await cache.get(key)).toBeNull();
    await cache.set(key, result);
    expect(await cache.get(key)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(await new AnalysisCache(root, 'v2').get(key)).toBeNull();
    expect(readdirSync(join(root, 'v1', key.slice(0, 2)))).toEqual([`${key}.json`]); // no temporary file left behind
  });

  it('is written when its folder is missing, also when the folder was removed after an earlier write', async () => {
    // (the folder of an entry is made only when opening the entry finds it missing)
    const cache = new AnalysisCache(root, 'v-removed');
    const file = { id: 'b.txt', bytes: bytes('LONDON, April 20 - BP said on Tuesday it had stopped the leak.\n') };
    const result = analyseFile(file);
    const key = documentKey(file.id, file.bytes);
    await cache.set(key, result);
    rmSync(join(root, 'v-removed'), { recursive: true, force: true });
    await cache.set(key, result);
    expect(await cache.get(key)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(readdirSync(join(root, 'v-removed', key.slice(0, 2)))).toEqual([`${key}.json`]);
  });
});

describe('the cache as storage shared by shards on several machines', () => {
  const file = { id: 'b.txt', bytes: bytes('Washington, April 22, 2010 – The Deepwater Horizon rig sank on Thursday.\n') };
  const result = analyseFile(file);
  const key = documentKey(file.id, file.bytes);
  const entryPath = (cache: AnalysisCache) => join(cache.dir, key.slice(0, 2), `${key}.json`);

  it('never hands out an entry cut short, padded or altered in one byte: it reads as damaged', async () => {
    const cache = new AnalysisCache(root, 'shared-1', { shared: true });
    await cache.set(key, result);
    const whole = readFileSync(entryPath(cache));
    expect(decodeEntry(whole)).toEqual({ status: 'hit', result: JSON.parse(JSON.stringify(result)) });
    const flipped = Buffer.from(whole);
    flipped[flipped.length - 20] ^= 1;
    for (const torn of [
      whole.subarray(0, whole.length - 1),
      whole.subarray(0, whole.length >> 1),
      Buffer.concat([whole, Buffer.from(' ')]),
      flipped,
      Buffer.alloc(0),
    ]) {
      writeFileSync(entryPath(cache), torn);
      expect((await cache.read(key)).status).toBe('damaged');
      expect(await cache.get(key)).toBeNull();
    }
    rmSync(entryPath(cache));
    expect(await cache.read(key)).toEqual({ status: 'missing' });
  });

  it('takes many writers of the same entry at once, while readers see either nothing or the whole entry', async () => {
    const cache = new AnalysisCache(root, 'shared-2', { shared: true });
    const seen = new Set<string>();
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const entry = await cache.read(key);
        seen.add(entry.status);
        if (entry.status === 'hit') expect(entry.result).toEqual(JSON.parse(JSON.stringify(result)));
      }
    })();
    await Promise.all(Array.from({ length: 40 }, () => cache.set(key, result)));
    writing = false;
    await reader;
    expect(seen.has('damaged')).toBe(false);
    expect(await cache.get(key)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(readdirSync(join(cache.dir, key.slice(0, 2)))).toEqual([`${key}.json`]); // every temporary file renamed or removed
  });

  it('fails the run when a shared cache cannot be written, where a private one only costs time', async () => {
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    await expect(new AnalysisCache(blocked, 'v1', { shared: true }).set(key, result)).rejects.toThrow(`cannot write to the cache ${blocked}`);
    await expect(new AnalysisCache(blocked, 'v1').set(key, result)).resolves.toBeUndefined();
  });

  it('keeps what each shard finished, and the merge reads the records of the latest split', async () => {
    const cache = new AnalysisCache(root, 'shared-3', { shared: true });
    expect(await cache.readShardRecords()).toEqual({ count: null, records: new Map() });
    await cache.writeShardRecord({ shard: { index: 0, count: 8 }, documents: { 'old.txt': 'k0' } });
    await new Promise((r) => setTimeout(r, 20));
    await cache.writeShardRecord({ shard: { index: 1, count: 4 }, documents: { 'a.txt': 'k1' } });
    const { count, records } = await cache.readShardRecords();
    expect(count).toBe(4);
    expect([...records.values()]).toEqual([{ shard: { index: 1, count: 4 }, documents: { 'a.txt': 'k1' } }]);
  });

  it('names the other extractor versions it holds (a merge run with other code than its shards says so)', async () => {
    const other = new AnalysisCache(root, 'aaaaaaaaaaaaaaaa');
    await other.set(key, result);
    expect(await new AnalysisCache(root, 'bbbbbbbbbbbbbbbb').otherVersions()).toContain('aaaaaaaaaaaaaaaa');
  });
});
