/**
 * What the per-document cache keys on: the extractor's code and the document's name and bytes, so a
 * result is reused only when analysing again could not give anything else.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisCache, defaultCacheRoot, documentKey, extractorVersion } from './cache';
import { analyseFile } from './pipeline';

const bytes = (s: string) => new TextEncoder().encode(s);
const root = mkdtempSync(join(tmpdir(), 'chronolens-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the cache key', () => {
  it('names one version of the extractor code, the same on every call', () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorVersion()).toBe(extractorVersion());
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
});
