/**
 * The command line on hostile and broken input (issue 6): it builds from what is usable, names every
 * problem file with a specific reason, never prints a stack trace, and fails with one clear line when
 * nothing can be done.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline } from '../schema/timeline';

const root = resolve(__dirname, '../..');
const cli = join(root, 'src/extract/cli.ts');
const tsx = join(root, 'node_modules/.bin/tsx');

function run(args: string[]) {
  const r = spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const seed = readFileSync(join(root, 'data/documents/000_3f11fcf595ef8854.txt'));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chronolens-hostile-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'good article.txt'), seed);
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  writeFileSync(join(docs, 'huge.txt'), 'A line of filler text with nothing to report in it at all.\n'.repeat(340_000)); // ~20 MB
  writeFileSync(join(docs, 'cp1252.txt'), Buffer.from('Caf\xe9 owners met on March 3, 2024 \x96 the mayor said.\n', 'latin1'));
  writeFileSync(join(docs, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The council met on May 5, 2024 to vote.\n', 'utf16le')]));
  writeFileSync(
    join(docs, 'page.html'),
    '<html><head><title>Council votes</title><script>window.__pwned = 1</script></head><body><article><h1>Council votes</h1>' +
      '<p onclick="alert(1)">The council approved the budget on June 2, 2024 after a long debate.</p><img src=x onerror="alert(2)"></article></body></html>',
  );
  writeFileSync(join(docs, 'no dates.md'), '# Notes\n\nNothing in this text says when anything happened.\n');
  writeFileSync(join(docs, 'one line.txt'), 'The ministers met in the capital and discussed trade. '.repeat(1900));
  writeFileSync(join(docs, 'Été à Séoul — notes.txt'), 'Seoul officials met on April 2, 2024 to discuss the summit.\n');
  mkdirSync(join(docs, 'loop'));
  symlinkSync(join(docs, 'loop'), join(docs, 'loop', 'again'));
  symlinkSync(join(docs, 'nowhere.txt'), join(docs, 'dangling.txt'));
  writeFileSync(join(docs, 'locked.txt'), 'secret');
  chmodSync(join(docs, 'locked.txt'), 0o000);
});

describe('npm run extract on a folder of hostile files', () => {
  it('builds from the usable files, names each problem file with its reason, and prints no stack trace', () => {
    const out = join(dir, 'out/timeline.json');
    const r = run(['--input', join(dir, 'docs'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ documents, \d+ events, \d+ actors, \d+ warnings/);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const parsed = parseTimeline(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const t = parsed.timeline;
    const warned = (doc: string) => t.warnings.filter((w) => w.doc === doc).map((w) => w.code);
    expect(warned('empty.txt')).toContain('empty');
    expect(warned('image.txt')).toContain('binary');
    expect(warned('huge.txt')).toContain('truncated');
    expect(warned('cp1252.txt')).toContain('decoded-windows-1252');
    expect(warned('dangling.txt')).toContain('unreadable');
    for (const w of t.warnings) expect(r.stderr).toContain(w.doc);
    const ids = t.documents.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining(['good article.txt', 'cp1252.txt', 'utf16.txt', 'page.html', 'no dates.md', 'one line.txt', 'Été à Séoul — notes.txt']),
    );
    expect(t.documents.find((d) => d.id === 'cp1252.txt')!.text).toContain('Café owners met on March 3, 2024 – the mayor');
    expect(t.documents.find((d) => d.id === 'utf16.txt')!.text).toContain('The council met on May 5, 2024');
    const page = t.documents.find((d) => d.id === 'page.html')!;
    expect(page.text).toContain('The council approved the budget on June 2, 2024');
    expect(page.text).not.toMatch(/__pwned|onerror|onclick|<script|alert/);
    expect(t.events.some((e) => e.date.value === '2024-06-02' && e.mentions[0].doc === 'page.html')).toBe(true);
  }, 180_000);

  it('gives byte-identical output on a second run', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const seeds = join(root, 'data/documents');
    expect(run(['--input', seeds, '--out', a]).code).toBe(0);
    expect(run(['--input', seeds, '--out', b]).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  }, 240_000);
});

describe('npm run extract when nothing can be done', { timeout: 60_000 }, () => {
  it('says in one line that the input folder is missing', () => {
    const r = run(['--input', join(dir, 'no-such-folder')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/input folder not found/i)]);
  });

  it('says in one line that the output cannot be written, and leaves nothing half-written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const good = join(dir, 'good');
    mkdirSync(good, { recursive: true });
    writeFileSync(join(good, 'a.txt'), seed);
    const r = run(['--input', good, '--out', join(blocker, 'timeline.json')]);
    expect(r.code).not.toBe(0);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('warning:')),
    ).toEqual([expect.stringMatching(/cannot write/i)]);
    expect(existsSync(join(blocker, 'timeline.json'))).toBe(false);
  }, 60_000);

  it('fails with one clear line when no document is usable', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    const r = run(['--input', bad, '--out', join(dir, 'bad.json')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no usable documents/i);
    expect(r.stderr).toMatch(/empty\.txt/);
  });
});
