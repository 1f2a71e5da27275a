/**
 * Workers start from one bundled JavaScript file per extractor version instead of compiling the
 * TypeScript sources each time (parallel.test.ts checks that their timelines are byte-identical).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workerBundle } from './worker-bundle';

const dir = mkdtempSync(join(tmpdir(), 'chronolens-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled worker', { timeout: 60_000 }, () => {
  it('is built once for a version of the extractor and then reused as it is', () => {
    const first = workerBundle('0123456789abcdef', dir)!;
    expect(first).not.toBeNull();
    const file = fileURLToPath(first);
    expect(readFileSync(file, 'utf8')).toContain('chronolens-analysis');
    expect(workerBundle('0123456789abcdef', dir)!.href).toBe(first.href);
  });

  it('is named after the extractor version: a changed source gets a new bundle, and a day-old one of another version goes', () => {
    const before = fileURLToPath(workerBundle('0123456789abcdef', dir)!);
    const after = fileURLToPath(workerBundle('fedcba9876543210', dir)!);
    expect(after).not.toBe(before);
    // (another checkout sharing node_modules may be starting workers from it right now)
    expect(existsSync(before)).toBe(true);
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000);
    utimesSync(before, dayAgo, dayAgo);
    rmSync(after);
    workerBundle('fedcba9876543210', dir);
    expect(existsSync(before)).toBe(false);
    expect(readdirSync(dir)).toEqual(['worker-fedcba9876543210.mjs']); // no temporary file left behind
  });

  it('leaves the libraries to node_modules rather than copying them in', () => {
    const text = readFileSync(fileURLToPath(workerBundle('fedcba9876543210', dir)!), 'utf8');
    expect(text).toMatch(/from ["']wink-nlp["']/);
    // (its English locale alone: chronoCalendarParser.ts)
    expect(text).toMatch(/from ["']chrono-node\/en["']/);
    // (the worker loads no compromise at all: glued-words.ts reads its words from lexicon/dictionary-words.ts)
    expect(text).not.toMatch(/from ["']compromise["']/);
  });
});
