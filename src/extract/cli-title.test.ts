/**
 * The collection's name in the timeline file: `extract --title`, else the input folder's name; a folder named for
 * what it holds ("documents") names nothing, and the file then has no title (old files have none either).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline } from '../schema/timeline';

const root = resolve(__dirname, '../..');
const seed = readFileSync(join(root, 'data/documents/000_3f11fcf595ef8854.txt'));
let dir: string;

function extract(folder: string, extra: string[] = []) {
  const input = join(dir, folder);
  mkdirSync(input, { recursive: true });
  writeFileSync(join(input, 'article.txt'), seed);
  const out = join(dir, `${folder.replace(/\W/g, '_')}.json`);
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/extract/cli.ts'), '--input', input, '--out', out, ...extra], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const parsed = parseTimeline(readFileSync(out, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.timeline;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chronolens-title-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the collection title', { timeout: 120_000 }, () => {
  it('is what --title says', () => {
    expect(extract('bpoil_bbc', ['--title', 'BP oil spill, as the BBC told it']).title).toBe('BP oil spill, as the BBC told it');
  });

  it("is the input folder's name without --title", () => {
    expect(extract('bpoil_bbc').title).toBe('bpoil bbc');
  });

  it('is left out for a folder named "documents", as in an old file', () => {
    expect(extract('project/documents').title).toBeUndefined();
  });
});
