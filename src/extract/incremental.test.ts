/**
 * Incremental builds (issue 15): after a folder is built, `npm run extract` with the same cache reads only the
 * files that changed and reuses the events stage of the documents whose inputs did not, and writes byte for byte
 * what a build from nothing writes. The reference is the CLI of the same code on the folder as it is, with none of
 * what an earlier build of the folder left (incremental.ts), only the per-document analyses (cache.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { decodeAnalysis, encodeAnalysis } from './incremental';
import { analyseFile } from './pipeline';

const root = resolve(__dirname, '../..');
const cli = join(root, 'src/extract/cli.ts');
const work = mkdtempSync(join(tmpdir(), 'chronolens-incremental-'));
const docs = join(work, 'docs');
const cache = join(work, 'cache');
const outDir = join(work, 'out');
const out = join(outDir, 'timeline.json');
const actors = join(work, 'actors.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  const corrections = existsSync(actors) ? ['--actors', actors] : [];
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, '--input', docs, ...corrections, ...args], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  expect(r.status, String(r.stderr)).toBe(0);
  return String(r.stdout);
}

/** Every file a build wrote (the timeline, and any part written beside it), by name. */
function written(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** An incremental build: the CLI with the cache of the builds before it. */
function extract() {
  rmSync(outDir, { recursive: true, force: true });
  const stdout = run(['--out', out, '--cache', cache]);
  return { files: written(outDir), timeline: readFileSync(out, 'utf8'), stdout };
}

/** The folder as it is now, built from its documents' analyses alone: the incremental stores removed before the run. */
function fromNothing(): Record<string, string> {
  const ref = join(work, 'reference');
  const refCache = join(work, 'reference-cache');
  for (const version of existsSync(refCache) ? readdirSync(refCache) : []) rmSync(join(refCache, version, 'assembly'), { recursive: true, force: true });
  rmSync(ref, { recursive: true, force: true });
  const stdout = run(['--out', join(ref, 'timeline.json'), '--cache', refCache]);
  expect(stdout).not.toMatch(/unchanged|reused/);
  return written(ref);
}

const unchanged = (stdout: string) => /(\d+) of (\d+) documents unchanged since the last build/.exec(stdout)?.slice(1).map(Number) ?? null;
const eventsReused = (stdout: string) => /events of (\d+) of (\d+) documents reused/.exec(stdout)?.slice(1).map(Number) ?? null;

beforeAll(() => {
  mkdirSync(docs, { recursive: true });
  // Generated articles: dated and undated ones (dated from the others), .txt, .md and .html.
  for (const article of generateCorpus(5, 199)) writeFileSync(join(docs, article.name), article.text);
  // And one without a date of its own, which the build dates from what the others report ("On June 15, ...").
  const [undated] = [...generateCorpus(77, 1)];
  const withoutDates = undated.text
    .replace(/<meta property="article:published_time"[^>]*>/, '')
    .replace(new RegExp(`\\b(?:${MONTHS}) \\d{1,2}, \\d{4}`, 'g'), 'recently');
  // Its latest explicit date is the least it can be dated from.
  writeFileSync(join(docs, 'undated.html'), withoutDates.replace('</article>', '<p>The plan was first put forward on March 3, 2020.</p></article>'));
});

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

describe('an incremental build', { timeout: 600_000 }, () => {
  it('writes the bytes of a build from nothing after an article is added, changed or removed', () => {
    const first = extract();
    expect(unchanged(first.stdout)).toBeNull(); // nothing to reuse yet
    const undated = (JSON.parse(first.timeline) as { documents: Array<{ id: string; published: { basis: string } | null }> }).documents.find(
      (d) => d.id === 'undated.html',
    );
    expect(undated?.published?.basis).toBe('inferred');
    expect(first.files).toEqual(fromNothing());

    const [added] = [...generateCorpus(999, 1)];
    writeFileSync(join(docs, `zz-added-${added.name}`), added.text);
    const afterAdding = extract();
    expect(unchanged(afterAdding.stdout)).toEqual([200, 201]);
    const [reused, of] = eventsReused(afterAdding.stdout)!;
    expect(of).toBeGreaterThan(190);
    expect(reused).toBeGreaterThan(of / 2);
    expect(afterAdding.files).toEqual(fromNothing());
    expect(afterAdding.timeline).not.toBe(first.timeline);

    // Another article's text under an existing name.
    const names = readdirSync(docs).sort();
    const [replacement] = [...generateCorpus(1234, 1)];
    writeFileSync(join(docs, names[7]), replacement.text);
    const afterChanging = extract();
    expect(unchanged(afterChanging.stdout)).toEqual([200, 201]);
    expect(afterChanging.files).toEqual(fromNothing());

    rmSync(join(docs, names[3]));
    rmSync(join(docs, names[150]));
    const afterRemoving = extract();
    expect(unchanged(afterRemoving.stdout)).toEqual([199, 199]);
    expect(afterRemoving.files).toEqual(fromNothing());

    const again = extract();
    expect(unchanged(again.stdout)).toEqual([199, 199]);
    expect(eventsReused(again.stdout)).toEqual([199, 199]);
    expect(again.files).toEqual(afterRemoving.files);
  });

  it('merges a split build incrementally too: one more article sharded, then --merge, gives the same bytes', () => {
    extract();
    const [another] = [...generateCorpus(4321, 1)];
    writeFileSync(join(docs, `zz-sharded-${another.name}`), another.text);
    run(['--shard', '0/1', '--cache', cache]);
    rmSync(outDir, { recursive: true, force: true });
    const merged = run(['--out', out, '--merge', '--cache', cache]);
    const total = readdirSync(docs).length;
    expect(unchanged(merged)).toBeNull(); // a merge reads every analysis from the shards' entries
    expect(eventsReused(merged)![0]).toBeGreaterThan(total / 2);
    expect(written(outDir)).toEqual(fromNothing());
  });

  it('sees a file rewritten with the same size and modification time', () => {
    extract();
    const file = join(docs, readdirSync(docs).sort()[20]);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    // Same length, other content: one digit of a date or a count changed.
    const at = text.search(/\d/);
    writeFileSync(file, `${text.slice(0, at)}${text[at] === '1' ? '2' : '1'}${text.slice(at + 1)}`);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const r = extract();
    expect(unchanged(r.stdout)?.[0]).toBe(readdirSync(docs).length - 1);
    expect(r.files).toEqual(fromNothing());
  });

  it('renames an actor everywhere when actors.json changes, reusing the events of the documents that do not name it', () => {
    const before = extract();
    const actor = (JSON.parse(before.timeline) as { actors: Array<{ name: string; kind: string }> }).actors.find((a) => a.kind === 'person')!;
    writeFileSync(actors, JSON.stringify({ actors: [{ name: `${actor.name} Junior`, aliases: [actor.name] }] }));
    try {
      const r = extract();
      expect(r.timeline).toContain(`${actor.name} Junior`);
      expect(r.files).toEqual(fromNothing());
      const [reused, of] = eventsReused(r.stdout)!;
      expect(reused).toBeLessThan(of);
    } finally {
      rmSync(actors);
    }
  });

  it('builds the same bytes when its stores are damaged or gone', () => {
    extract();
    const store = join(cache, readdirSync(cache).find((d) => /^[0-9a-f]{16}$/.test(d))!, 'assembly');
    const [folder] = readdirSync(store);
    const analyses = join(store, folder, readdirSync(join(store, folder)).find((d) => d.startsWith('analyses-'))!);
    const buckets = readdirSync(analyses);
    truncateSync(join(analyses, buckets[0]), 100);
    writeFileSync(join(analyses, buckets[1]), 'not a bucket');
    rmSync(join(analyses, buckets[2]));
    const r = extract();
    expect(unchanged(r.stdout)![0]).toBeLessThan(readdirSync(docs).length);
    expect(r.files).toEqual(fromNothing());
    rmSync(join(store, folder), { recursive: true });
    expect(extract().files).toEqual(fromNothing());
  });
});

describe('the store of analyses', () => {
  it('gives back an analysis as the per-document cache does, sentences and all', () => {
    const result = analyseFile({
      id: 'a.txt',
      bytes: new TextEncoder().encode('Kyiv, 3 March 2024 (Reuters) - Ukraine’s president met the Polish prime minister on Friday. They spoke for an hour.'),
    });
    const viaJson = JSON.parse(JSON.stringify(result));
    expect(JSON.stringify(decodeAnalysis(encodeAnalysis(result)))).toBe(JSON.stringify(viaJson));
    expect(decodeAnalysis(encodeAnalysis(result))).toEqual(viaJson);
    // A sentence whose text is not the document's between its offsets is kept as it is.
    const odd = structuredClone(result);
    odd.doc!.sentences[0] = { ...odd.doc!.sentences[0], text: 'something else' };
    expect(decodeAnalysis(encodeAnalysis(odd))!.doc!.sentences[0].text).toBe('something else');
    expect(decodeAnalysis(Buffer.from('{"spans":tru'))).toBeNull();
  });
});
