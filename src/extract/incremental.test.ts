/**
 * Incremental builds (issue 15): after a folder is built, `npm run extract` with the same cache reads only the
 * files that changed and reuses the events stage of the documents whose inputs did not, and the timeline it
 * writes is byte for byte the one a build from nothing writes. The reference is the pipeline itself run on the
 * folder as it is (analyseFile on every file, assembleTimeline, serializeTimeline), with no cache of any kind.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { parseActorsFile } from './actorsFile';
import { type AnalysisResult, documentKey } from './cache';
import { decodeAnalysis, encodeAnalysis } from './incremental';
import { analyseFile, assembleTimeline } from './pipeline';
import { serializeTimeline } from './write';

const root = resolve(__dirname, '../..');
const cli = join(root, 'src/extract/cli.ts');
const work = mkdtempSync(join(tmpdir(), 'chronolens-incremental-'));
const docs = join(work, 'docs');
const cache = join(work, 'cache');
const out = join(work, 'timeline.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract() {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, '--input', docs, '--out', out, '--cache', cache], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(r.status, String(r.stderr)).toBe(0);
  return { timeline: readFileSync(out, 'utf8'), stdout: String(r.stdout) };
}

/** Analyses by content, made once: the reference build of each state of the folder analyses only what is new. */
const fresh = new Map<string, AnalysisResult>();

/** The timeline of the folder as it is now, from nothing. */
function fromNothing(): string {
  const analysed = readdirSync(docs)
    .sort()
    .map((id) => {
      const bytes = new Uint8Array(readFileSync(join(docs, id)));
      const key = documentKey(id, bytes);
      if (!fresh.has(key)) fresh.set(key, analyseFile({ id, bytes }));
      return structuredClone(fresh.get(key)!);
    });
  return serializeTimeline(assembleTimeline(analysed, { overrides: actorCorrections() }));
}

/** actors.json beside the output, which the CLI reads by default. */
function actorCorrections() {
  const file = join(work, 'actors.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = parseActorsFile(text, file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.overrides;
}

const unchanged = (stdout: string) => /(\d+) of (\d+) documents unchanged since the last build/.exec(stdout)?.slice(1).map(Number) ?? null;
const eventsReused = (stdout: string) => /events of (\d+) of (\d+) documents reused/.exec(stdout)?.slice(1).map(Number) ?? null;

beforeAll(() => {
  mkdirSync(docs, { recursive: true });
  // Generated articles: dated and undated ones (dated from the others), .txt, .md and .html.
  for (const article of generateCorpus(5, 200)) writeFileSync(join(docs, article.name), article.text);
});

describe('an incremental build', { timeout: 600_000 }, () => {
  it('writes the bytes of a build from nothing after an article is added, changed or removed', () => {
    const first = extract();
    expect(unchanged(first.stdout)).toBeNull(); // nothing to reuse yet
    expect(first.timeline).toBe(fromNothing());

    const [added] = [...generateCorpus(999, 1)];
    writeFileSync(join(docs, `zz-added-${added.name}`), added.text);
    const afterAdding = extract();
    expect(unchanged(afterAdding.stdout)).toEqual([200, 201]);
    const [reused, of] = eventsReused(afterAdding.stdout)!;
    expect(of).toBeGreaterThan(190);
    expect(reused).toBeGreaterThan(of / 2);
    expect(afterAdding.timeline).toBe(fromNothing());
    expect(afterAdding.timeline).not.toBe(first.timeline);

    // Another article's text under an existing name.
    const names = readdirSync(docs).sort();
    const [replacement] = [...generateCorpus(1234, 1)];
    writeFileSync(join(docs, names[7]), replacement.text);
    const afterChanging = extract();
    expect(unchanged(afterChanging.stdout)).toEqual([200, 201]);
    expect(afterChanging.timeline).toBe(fromNothing());

    rmSync(join(docs, names[3]));
    rmSync(join(docs, names[150]));
    const afterRemoving = extract();
    expect(unchanged(afterRemoving.stdout)).toEqual([199, 199]);
    expect(afterRemoving.timeline).toBe(fromNothing());

    const again = extract();
    expect(unchanged(again.stdout)).toEqual([199, 199]);
    expect(eventsReused(again.stdout)).toEqual([199, 199]);
    expect(again.timeline).toBe(afterRemoving.timeline);
  });

  it('merges a split build incrementally too: one more article sharded, then --merge, gives the same bytes', () => {
    extract();
    const shard = (args: string[]) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', cli, '--input', docs, '--out', out, '--cache', cache, ...args], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.status, String(r.stderr)).toBe(0);
      return String(r.stdout);
    };
    const [another] = [...generateCorpus(4321, 1)];
    writeFileSync(join(docs, `zz-sharded-${another.name}`), another.text);
    shard(['--shard', '0/1']);
    const merged = shard(['--merge']);
    const total = readdirSync(docs).length;
    expect(unchanged(merged)).toBeNull(); // a merge reads every analysis from the shards' entries
    expect(eventsReused(merged)![0]).toBeGreaterThan(total / 2);
    expect(readFileSync(out, 'utf8')).toBe(fromNothing());
  });

  it('sees a file rewritten with the same size and modification time', () => {
    extract();
    const name = readdirSync(docs).sort()[20];
    const file = join(docs, name);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    // Same length, other content: one digit of a date or a count changed.
    const at = text.search(/\d/);
    const edited = `${text.slice(0, at)}${text[at] === '1' ? '2' : '1'}${text.slice(at + 1)}`;
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const r = extract();
    expect(unchanged(r.stdout)?.[0]).toBe(readdirSync(docs).length - 1);
    expect(r.timeline).toBe(fromNothing());
  });

  it('renames an actor everywhere when actors.json changes, reusing the events of the documents that do not name it', () => {
    const before = extract();
    const actor = (JSON.parse(before.timeline) as { actors: Array<{ name: string; kind: string }> }).actors.find((a) => a.kind === 'person')!;
    writeFileSync(join(work, 'actors.json'), JSON.stringify({ actors: [{ name: `${actor.name} Junior`, aliases: [actor.name] }] }));
    try {
      const r = extract();
      expect(r.timeline).toContain(`${actor.name} Junior`);
      expect(r.timeline).toBe(fromNothing());
      const [reused, of] = eventsReused(r.stdout)!;
      expect(reused).toBeLessThan(of);
    } finally {
      rmSync(join(work, 'actors.json'));
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
    expect(r.timeline).toBe(fromNothing());
    rmSync(join(store, folder), { recursive: true });
    expect(extract().timeline).toBe(fromNothing());
  });
});

describe('the store of analyses', () => {
  it('gives back an analysis as the per-document cache does, sentences and all', () => {
    const result = analyseFile({
      id: 'a.txt',
      bytes: new TextEncoder().encode('Kyiv, 3 March 2024 (Reuters) - Ukraine’s president met the Polish prime minister on Friday. They spoke for an hour.'),
    });
    const viaJson = JSON.parse(JSON.stringify(result));
    expect(decodeAnalysis(encodeAnalysis(result))).toEqual(viaJson);
    expect(JSON.stringify(decodeAnalysis(encodeAnalysis(result)))).toBe(JSON.stringify(viaJson));
    // A sentence whose text is not the document's between its offsets is kept as it is.
    const odd = structuredClone(result);
    odd.doc!.sentences[0] = { ...odd.doc!.sentences[0], text: 'something else' };
    expect(decodeAnalysis(encodeAnalysis(odd))!.doc!.sentences[0].text).toBe('something else');
    expect(decodeAnalysis(Buffer.from('{"spans":tru'))).toBeNull();
  });
});
