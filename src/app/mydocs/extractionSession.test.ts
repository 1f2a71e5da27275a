import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline, type SourceFile } from '../../extract/pipeline';
import { readWholeTimeline } from '../../extract/outputFile';
import { serializeTimeline } from '../../extract/write';
import { parseTimeline, type WholeTimeline } from '../../schema/timeline';
import { PASTED_ARTICLE } from './__fixtures__/pastedArticle';
import { analysesFileFor } from '../../extract/analysesFile';
import { extractorVersion } from '../../extract/cache';
import { BASE_LABEL, ExtractionSession, type SiteReader } from './extractionSession';
import { fileFromPaste, fileFromUpload } from './myDocument';

const SEEDS = 'data/documents';
const seeds: SourceFile[] = readdirSync(SEEDS)
  .sort()
  .map((id) => ({ id, bytes: new Uint8Array(readFileSync(path.join(SEEDS, id))) }));
const pasted = fileFromPaste(PASTED_ARTICLE);
const plain = fileFromUpload(
  'reuters-note.txt',
  new TextEncoder().encode(
    'Kim Jong Un inspects missile factory\nPyongyang, January 9, 2025 – North Korean leader Kim Jong Un inspected a missile factory on Wednesday, KCNA reported.\n',
  ),
);

/** The site as the built app serves it: data/ is the public folder, so documents/<id> are the seed files. */
function siteFrom(files: SourceFile[], reads: string[] = []): SiteReader {
  const byPath = new Map(files.map((f) => [`documents/${f.id.split('/').map(encodeURIComponent).join('/')}`, f.bytes]));
  return async (p) => {
    reads.push(p);
    return byPath.get(p) ?? null;
  };
}

/** The seed timeline as the CLI builds it (not data/timeline.json, which may predate the extractor's last change). */
const base: WholeTimeline = JSON.parse(serializeTimeline(buildTimeline(seeds)));

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'chronolens-mydocs-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run extract -- --input DIR --out FILE` on a folder holding these files, at their ids, as one file. */
async function runCli(files: SourceFile[], options: string[] = []): Promise<string> {
  // a folder named "documents" names no collection (the base timeline here has no title either)
  const runName = `${files.length}${options.join('')}`;
  const input = path.join(work, `input-${runName}`, 'documents');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(input, f.id)), { recursive: true });
    writeFileSync(path.join(input, f.id), f.bytes);
  }
  const out = path.join(work, `out-${runName}`, 'timeline.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const run = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['src/extract/cli.ts', '--input', input, '--out', out, ...options], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // the CLI writes two parts; the browser's merge gives one file, what "Download timeline" saves
  const whole = await readWholeTimeline(out);
  if (!whole.ok) throw new Error(whole.error);
  return serializeTimeline(whole.timeline);
}

describe('the browser path merges documents exactly as npm run extract', () => {
  // one session for these tests, as in the worker: what it analysed once it reuses
  const reads: string[] = [];
  const session = new ExtractionSession(siteFrom(seeds, reads));
  let cli = '';

  it('gives the CLI’s timeline.json byte for byte for the seeds plus a pasted article and a dropped file', async () => {
    const browser = await session.build(base, [pasted, plain]);
    expect(browser.originals).toBe('files');
    cli = await runCli([...seeds, pasted, plain]);
    expect(browser.text).toBe(cli);
  }, 90_000);

  it('analyses the loaded documents once: later builds fetch nothing again, and still match the CLI', async () => {
    const readsBefore = reads.length;
    expect(readsBefore).toBeGreaterThanOrEqual(seeds.length);
    await session.build(base, [pasted]);
    expect((await session.build(base, [pasted, plain])).text).toBe(cli);
    expect(reads.length).toBe(readsBefore);
    // and without the reader's documents it gives back the seed timeline itself
    expect((await session.build(base, [])).text).toBe(serializeTimeline(base));
  }, 60_000);

  it('the pasted article keeps its given title, publisher and date, and its markup as text', () => {
    const parsed = parseTimeline(cli);
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = parsed.timeline.documents.find((d) => d.id === pasted.id)!;
    expect(doc).toMatchObject({
      title: PASTED_ARTICLE.title,
      publisher: PASTED_ARTICLE.publisher,
      published: { value: PASTED_ARTICLE.date, precision: 'day', basis: 'metadata' },
    });
    expect(doc.text).toContain('<img src=x onerror="window.__pwned=1">');
    // Kim Jong Un from the seeds and from the paste are one actor
    expect(parsed.timeline.actors.filter((a) => a.name === 'Kim Jong Un')).toHaveLength(1);
  });

  it('refuses a file the extractor cannot read with the read stage’s reason', () => {
    const png = fileFromUpload('photo.txt', readFileSync('src/extract/__fixtures__/pixel.png'));
    expect(session.check(png)).toEqual({ ok: false, message: expect.stringMatching(/binary data.*PNG/) });
    expect(session.check(fileFromUpload('blank.txt', new TextEncoder().encode('  \n\n ')))).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    expect(session.check(plain)).toMatchObject({ ok: true });
  });
});

describe('when the loaded timeline’s files are not on the site', () => {
  it('merges with the documents’ kept texts, says so, and still gives a valid timeline with both', async () => {
    const session = new ExtractionSession(siteFrom([]));
    const result = await session.build(base, [pasted]);
    expect(result.originals).toBe('texts');
    const parsed = parseTimeline(result.text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.timeline.documents.map((d) => d.id)).toEqual([...base.documents.map((d) => d.id), pasted.id].sort());
    for (const d of base.documents) expect(parsed.timeline.documents.find((x) => x.id === d.id)!.text).toBe(d.text);
    expect(parsed.timeline.events.some((e) => e.mentions.some((m) => m.doc === pasted.id))).toBe(true);
  }, 60_000);

  it('treats a served file whose text differs from the timeline’s (edited since the build) as absent', async () => {
    const edited = seeds.map((f, i) => (i === 0 ? { ...f, bytes: new TextEncoder().encode('Something else entirely, written on March 3, 2025.') } : f));
    const result = await new ExtractionSession(siteFrom(edited)).build(base, []);
    expect(result.originals).toBe('texts');
  }, 60_000);
});

describe('a timeline whose document ids are paths out of the site', () => {
  it('never fetches a path outside documents/ for them, and rebuilds those documents from their kept texts', async () => {
    const climbing = structuredClone(base);
    const id = '../../../../package.json';
    const first = climbing.documents[0].id;
    climbing.documents[0].id = id;
    for (const e of climbing.events) for (const m of e.mentions) if (m.doc === first) m.doc = id;
    const reads: string[] = [];
    const result = await new ExtractionSession(siteFrom(seeds, reads)).build(climbing, []);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((p) => !p.startsWith('documents/') || p.split('/').includes('..'))).toEqual(['actors.json']);
    expect(result.originals).toBe('texts');
    const parsed = parseTimeline(result.text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.timeline.documents.find((d) => d.id === id)?.text).toBe(base.documents[0].text);
  }, 60_000);
});

describe('with the analyses file `extract --analyses` writes beside the timeline', () => {
  const analysesPath = analysesFileFor('timeline.json');
  let analyses: Uint8Array;
  let rebuilt = '';
  /** The site without the seed files: whatever the merge does not take from the analyses file, it must analyse again. */
  const siteWith =
    (reads: string[]): SiteReader =>
    async (p) => {
      reads.push(p);
      return p === analysesPath ? analyses : null;
    };

  beforeAll(async () => {
    await runCli(seeds, ['--analyses']);
    analyses = new Uint8Array(readFileSync(path.join(work, `out-${seeds.length}--analyses`, analysesPath)));
    rebuilt = await runCli([...seeds, pasted, plain]);
  }, 120_000);

  it('analyses only the reader’s documents, and gives the bytes of a rebuild of the whole folder with them', async () => {
    const reads: string[] = [];
    const session = new ExtractionSession(siteWith(reads), extractorVersion());
    const labels = new Set<string>();
    const result = await session.build(base, [pasted, plain], (_done, _total, label) => labels.add(label), analysesPath);
    expect(session.lastBuild).toEqual({ stored: seeds.length, analysed: 0 });
    // none of the loaded documents was fetched: each one's analysis is the one the CLI made from its file
    expect(reads.filter((p) => p.startsWith('documents/'))).toEqual([]);
    expect(result.originals).toBe('files');
    expect(result.text).toBe(rebuilt);
    // the progress line still says what is done
    expect([...labels]).toEqual([BASE_LABEL, 'Reading your documents', 'Merging events']);
  }, 60_000);

  it('is read once, when the dialog opens (prepare), and not again by the merge, which still gives a rebuild’s bytes', async () => {
    const reads: string[] = [];
    const session = new ExtractionSession(siteWith(reads), extractorVersion());
    // with the loaded timeline, prepare also runs the events stage of its documents, kept for the merge (memo)
    await session.prepare(analysesPath, base);
    expect(reads.filter((p) => p === analysesPath)).toHaveLength(1);
    expect((await session.build(base, [pasted, plain], undefined, analysesPath)).text).toBe(rebuilt);
    expect(reads.filter((p) => p === analysesPath)).toHaveLength(1);
    expect(session.lastBuild).toEqual({ stored: seeds.length, analysed: 0 });
    // and again, one document fewer, then back: the kept events stage never outlives its inputs
    expect((await session.build(base, [pasted], undefined, analysesPath)).text).toBe(await runCli([...seeds, pasted]));
    expect((await session.build(base, [pasted, plain], undefined, analysesPath)).text).toBe(rebuilt);
  }, 120_000);

  it('is not used when another extractor wrote it: every loaded document is analysed again, with the same result', async () => {
    const session = new ExtractionSession(siteWith([]), 'another-version');
    const result = await session.build(base, [pasted, plain], undefined, analysesPath);
    expect(session.lastBuild).toEqual({ stored: 0, analysed: seeds.length });
    expect(result.originals).toBe('texts');
    const parsed = parseTimeline(result.text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.timeline.documents).toHaveLength(seeds.length + 2);
  }, 60_000);

  it('analyses again a document whose text is not the one its entry was made from', async () => {
    const edited = structuredClone(base);
    edited.documents[0].text = `${edited.documents[0].text}\nA line added since the build, on March 3, 2025.`;
    const session = new ExtractionSession(siteWith([]), extractorVersion());
    await session.build(edited, [pasted], undefined, analysesPath);
    expect(session.lastBuild).toEqual({ stored: seeds.length - 1, analysed: 1 });
  }, 60_000);

  it('analyses again a document whose date the timeline gives otherwise (its page’s markup changed, not its text)', async () => {
    const redated = structuredClone(base);
    redated.documents[1].published = { value: '1999-01-01', precision: 'day', basis: 'metadata', text: '1999-01-01' };
    const session = new ExtractionSession(siteWith([]), extractorVersion());
    await session.build(redated, [pasted], undefined, analysesPath);
    expect(session.lastBuild).toEqual({ stored: seeds.length - 1, analysed: 1 });
  }, 60_000);
});
