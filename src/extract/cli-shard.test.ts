/**
 * A build split over machines (issue 15): `npm run extract -- --shard i/n --cache DIR` on each, then one
 * `--merge`, gives the very bytes of one `npm run extract` over the same folder, and a merge that cannot
 * go ahead says which documents are missing and which shard to run again. The extractor changes often, so
 * the reference is always a single run of the same code, never stored bytes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { parseTimeline } from '../schema/timeline';
import { documentKey } from './cache';
import { shardOf } from './shard';

const root = resolve(__dirname, '../..');
const cli = join(root, 'src/extract/cli.ts');
const work = mkdtempSync(join(tmpdir(), 'chronolens-shards-'));
const docs = join(work, 'docs');
const cache = join(work, 'cache');
const actors = join(work, 'actors.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The same, without waiting: the shards of a split run at the same time, as on a cluster. */
function start(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const shards = (n: number, cacheDir: string) =>
  Array.from({ length: n }, (_, i) => start(['--input', docs, '--shard', `${i}/${n}`, '--cache', cacheDir, '--jobs', '1']));

beforeAll(() => {
  // Generated articles (dated, undated, .txt, .md, .html), the five seed articles in a sub-folder, files
  // that only give warnings, and actor corrections, which only the merge reads.
  mkdirSync(join(docs, 'seeds'), { recursive: true });
  for (const article of generateCorpus(7, 48)) writeFileSync(join(docs, article.name), article.text);
  for (const f of readdirSync(join(root, 'data/documents'))) cpSync(join(root, 'data/documents', f), join(docs, 'seeds', f));
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  writeFileSync(actors, JSON.stringify({ actors: [], drop: ['Reuters'] }));
});

const documentCount = () => readdirSync(docs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

describe('npm run extract split into shards', { timeout: 400_000 }, () => {
  it('4 shards run at once into one cache, then a merge, write the byte-identical timeline of one run', async () => {
    const single = run(['--input', docs, '--out', join(work, 'single.json'), '--actors', actors, '--no-cache']);
    expect(single.stderr).not.toMatch(/extract:/);
    expect(single.code).toBe(0);

    const runs = await Promise.all(shards(4, cache));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    // Every document analysed by exactly one shard.
    const counts = runs.map((r) => Number(/shard \d\/4: (\d+) of (\d+) documents/.exec(r.stdout)?.[1]));
    expect(counts.reduce((a, b) => a + b)).toBe(documentCount());
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(existsSync(join(work, 'merged.json'))).toBe(false); // a shard writes no timeline

    const merge = run(['--input', docs, '--out', join(work, 'merged.json'), '--actors', actors, '--merge', '--cache', cache]);
    expect(merge.code, merge.stderr).toBe(0);
    const merged = readFileSync(join(work, 'merged.json'), 'utf8');
    // the same bytes, each naming its own texts file, and the same texts
    expect(merged.replace('"merged.texts.json"', '"single.texts.json"')).toBe(readFileSync(join(work, 'single.json'), 'utf8'));
    expect(readFileSync(join(work, 'merged.texts.json'), 'utf8')).toBe(readFileSync(join(work, 'single.texts.json'), 'utf8'));
    expect(merge.stdout).toBe(single.stdout.replace(/single\./g, 'merged.'));

    const parsed = parseTimeline(merged);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.timeline.documents.length).toBe(documentCount() - 2); // empty.txt and image.txt only warn
    expect(parsed.timeline.events.length).toBeGreaterThan(20);
    expect(parsed.timeline.warnings.map((w) => `${w.doc} ${w.code}`)).toEqual(expect.arrayContaining(['empty.txt empty', 'image.txt binary']));
    expect(parsed.timeline.actors.map((a) => a.name)).not.toContain('Reuters'); // actors.json applied at the merge
  });

  it('stops a merge before an article added since is analysed, naming it and its shard; that shard run again analyses only it', () => {
    const [extra] = [...generateCorpus(99, 1)];
    const added = `late/${extra.name}`;
    mkdirSync(join(docs, 'late'), { recursive: true });
    writeFileSync(join(docs, added), extra.text);
    const shard = shardOf(added, 4);
    const out = join(work, 'merged.json');
    const before = readFileSync(out, 'utf8');

    const refused = run(['--input', docs, '--out', out, '--merge', '--cache', cache]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').slice(0, 3)).toEqual([
      `extract: cannot merge: 1 of ${documentCount()} documents has no analysis in ${cache} by this version of the extractor (${versionOf(cache)}).`,
      `shard ${shard}/4 finished, but 1 of its documents has no analysis:`,
      `  ${added} — not in the input folder when its shard ran`,
    ]);
    expect(refused.stderr).toContain(`Run --shard ${shard}/4 again`);
    expect(readFileSync(out, 'utf8')).toBe(before); // the last good timeline is left as it was

    const again = run(['--input', docs, '--shard', `${shard}/4`, '--cache', cache]);
    const [, slice, already] = /: (\d+) of \d+ documents in .* \((\d+) already there\)/.exec(again.stdout) ?? [];
    expect(Number(already)).toBe(Number(slice) - 1);

    expect(run(['--input', docs, '--out', out, '--actors', actors, '--merge', '--cache', cache]).code).toBe(0);
    expect(run(['--input', docs, '--out', join(work, 'single-2.json'), '--actors', actors, '--no-cache']).code).toBe(0);
    expect(readFileSync(out, 'utf8').replace('"merged.texts.json"', '"single-2.texts.json"')).toBe(readFileSync(join(work, 'single-2.json'), 'utf8'));
    expect(readFileSync(join(work, 'merged.texts.json'), 'utf8')).toBe(readFileSync(join(work, 'single-2.texts.json'), 'utf8'));
  });

  it('names the documents of a shard that never finished, and the shard to run', () => {
    const partial = join(work, 'partial');
    cpSync(cache, partial, { recursive: true });
    const version = versionOf(partial);
    // As if shard 2/4 had died before its end: its record and its entries are not there.
    rmSync(join(partial, version, 'shards/4/2.json'));
    const lost: string[] = [];
    for (const e of readdirSync(docs, { recursive: true, withFileTypes: true })) {
      const id = join(e.parentPath, e.name).slice(docs.length + 1);
      if (!e.isFile() || shardOf(id, 4) !== 2) continue;
      const key = documentKey(id, readFileSync(join(docs, id)));
      rmSync(join(partial, version, key.slice(0, 2), `${key}.json`));
      lost.push(id);
    }
    const r = run(['--input', docs, '--out', join(work, 'partial.json'), '--merge', '--cache', partial]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`shard 2/4 has not finished (${lost.length} document${lost.length === 1 ? '' : 's'}):`);
    for (const id of lost.sort().slice(0, 10)) expect(r.stderr).toContain(`\n  ${id}\n`);
    expect(r.stderr).toContain('Run --shard 2/4 again');
    expect(existsSync(join(work, 'partial.json'))).toBe(false);
  });

  it('refuses to merge analyses made by another version of the extractor, and says so', () => {
    const old = join(work, 'old');
    cpSync(cache, old, { recursive: true });
    renameSync(join(old, versionOf(old)), join(old, '0123456789abcdef'));
    const r = run(['--input', docs, '--out', join(work, 'old.json'), '--merge', '--cache', old]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(`cannot merge: ${old} holds analyses by another version of the extractor (0123456789abcdef), none by this one`),
    ]);
  });

  it('refuses a shard number past the last one in one line, before reading anything', () => {
    const r = run(['--input', docs, '--shard', '4/4', '--cache', cache]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'extract: --shard 4/4: shards are numbered from 0 to 3 (e.g. --shard 0/4, --shard 1/4, --shard 2/4 and --shard 3/4 for four shards).',
    ]);
  });
});

/** The one extractor version folder the shards wrote. */
function versionOf(cacheDir: string): string {
  const [version] = readdirSync(cacheDir).filter((d) => /^[0-9a-f]{16}$/.test(d));
  return version;
}
