/**
 * The key-dates figure on Timeline17's development topics (benchmarks/timeline17/README.md): each topic's
 * folder is extracted, `summarize` picks as many dates as the journalists' timeline has inside its first and
 * last date, and benchmarks/timeline17/score-tls.mjs scores that, beside the date-reference baseline
 * (tls-baseline.mjs) built in the same run. Only the 8 development topics are read, by name: the other nine
 * are the held-out measure and are never opened.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type EventRecord, parseTimeline } from '../../src/schema/timeline';
import { type FillerDocument, importanceDocuments, summarizeWithFiller } from '../../src/story/filler';
import { readTimelineTexts } from '../../src/story/read-texts';

export const DEVELOPMENT_TOPICS = [
  'bpoil_bbc',
  'bpoil_foxnews',
  'bpoil_guardian',
  'bpoil_reuters',
  'bpoil_washingtonpost',
  'H1N1_bbc',
  'H1N1_guardian',
  'H1N1_reuters',
] as const;

/** One journalists' timeline: [[day, [sentence, ...]], ...]. */
export type GoldTimeline = Array<[string, string[]]>;

/** Date F1 of the chosen days against one gold timeline's days (the labs' quick measure; `npm run eval` scores with score-tls). */
export function dateF1(chosen: readonly string[], gold: GoldTimeline): number {
  const g = new Set(gold.map(([d]) => d));
  const s = new Set(chosen);
  const hit = [...s].filter((d) => g.has(d)).length;
  const p = s.size ? hit / s.size : 0;
  const r = hit / g.size;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export interface TlsScore {
  dateF1: number;
  r1: number;
}

export interface TopicScore {
  topic: string;
  /** `summarize`'s dates and sentences. */
  ours: TlsScore;
  /** The timeline file itself, ranked by score-tls from the events' importance (the same ranking, other sentences). */
  timeline: TlsScore;
  baseline: TlsScore;
  /** The Date F1 a perfect ranking of the same events would reach (rankingCeiling): what is lost in the ranking, and what in the dates that have events. */
  ceiling: number;
  events: number;
  documents: number;
  /** summarize's filler days (src/story/filler.ts), summed over the topic's gold timelines: no events, so they can pass `ceiling`. */
  fillerDays: number;
}

export type TopicResult = TopicScore | { topic: string; missing: string };

interface Paths {
  root: string;
  cacheDir: string;
}

const SCRIPTS = 'benchmarks/timeline17';

/** Content hash of files (path and bytes), so a cached output is reused only when nothing it depends on changed. */
function hashFiles(root: string, files: string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(relative(root, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 20);
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/** Everything an extraction depends on besides its articles: the build step's code and the locked dependencies. */
function extractorHash(root: string): string {
  const code = ['src/extract', 'src/schema', 'src/story']
    .flatMap((d) => listFiles(join(root, d)))
    .filter((f) => /\.(ts|mjs|js|json)$/.test(f) && !f.endsWith('.test.ts'));
  return hashFiles(root, [...code, join(root, 'package-lock.json')]);
}

function run(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    const why = (r.stderr || r.stdout || r.error?.message || '').trim().split('\n').slice(-3).join(' | ');
    throw new Error(`${[command, ...args].map((a) => relative(cwd, a) || a).join(' ')} failed: ${why}`);
  }
  return r.stdout;
}

/** Runs make(out) unless out already exists; writes through a temporary name, so an interrupted run leaves no half file. */
function cached(out: string, make: (tmp: string) => void): string {
  if (existsSync(out)) return out;
  const tmp = `${out}.part`;
  make(tmp);
  renameSync(tmp, out);
  return out;
}

export function scoreTls(root: string, timelineFile: string, goldFile: string): TlsScore {
  const s = JSON.parse(run(process.execPath, [join(root, SCRIPTS, 'score-tls.mjs'), timelineFile, goldFile], root)) as { dateF1: number; r1: number };
  return { dateF1: s.dateF1, r1: s.r1 };
}

/** score-tls's own rule for how many sentences a date gets: the gold's mean per date, rounded, at least one. */
function sentencesPerDate(gold: GoldTimeline): number {
  return Math.max(1, Math.round(gold.reduce((n, [, ss]) => n + ss.length, 0) / gold.length));
}

/**
 * `summarize` for one gold timeline, written as a timeline score-tls reads: one pseudo-event per sentence, the
 * date's first sentence ranked first. Every summarised date is taken (there are no more than the gold has). With
 * the documents, as summarize does when the texts are beside the timeline, dates the event days leave are filled
 * (src/story/filler.ts); without them (docs null), the key dates alone.
 */
export function summaryAsTimeline(events: readonly EventRecord[], docs: readonly FillerDocument[] | null, gold: GoldTimeline) {
  const days = gold.map(([d]) => d).sort();
  const k = sentencesPerDate(gold);
  const summary = summarizeWithFiller(events, docs && (() => docs), { dates: gold.length, sentences: k, from: days[0], to: days.at(-1) });
  return {
    fillerDays: summary.filter((d) => d.filler).length,
    events: summary.flatMap(({ date: day, sentences }) =>
      sentences.map((sentence, i) => ({ date: { value: day, precision: 'day' }, importance: k - i, mentions: [{ doc: 'summary', sentence }] })),
    ),
  };
}

/**
 * The Date F1 of a perfect ranking of the events: every gold day that has a day-dated event inside the gold's
 * first..last date is picked first, then other days up to the gold's number. Below it the loss is the ranking's;
 * above it, it is in which days have events at all. score-tls's measure, averaged over the topic's gold timelines.
 */
export function rankingCeiling(events: ReadonlyArray<Pick<EventRecord, 'date'>>, golds: GoldTimeline[]): number {
  const days = new Set(events.filter((e) => e.date.precision === 'day').map((e) => e.date.value));
  let sum = 0;
  for (const gold of golds) {
    // A gold timeline may give one day twice (H1N1_bbc): as score-tls does, it asks for as many dates as it has
    // entries and recalls its distinct days.
    const g = [...new Set(gold.map(([d]) => d))].sort();
    const inRange = [...days].filter((d) => d >= g[0] && d <= g[g.length - 1]);
    const picked = Math.min(gold.length, inRange.length);
    const hits = Math.min(picked, inRange.filter((d) => g.includes(d)).length);
    sum += picked ? (2 * hits) / (g.length + picked) : 0;
  }
  return golds.length ? sum / golds.length : 0;
}

function scoreTopic(topic: string, dir: string, paths: Paths, extractor: string, log: (s: string) => void): TopicResult {
  const docsDir = join(dir, topic);
  const goldFile = join(dir, `${topic}.gold.json`);
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) return { topic, missing: `no folder ${docsDir}` };
  if (!existsSync(goldFile)) return { topic, missing: `no gold timeline ${goldFile}` };
  const { root, cacheDir } = paths;
  const inputs = hashFiles(docsDir, listFiles(docsDir));

  const timelineFile = cached(join(cacheDir, `${topic}-${inputs}-${extractor}.json`), (tmp) => {
    log(`timeline17: extracting ${topic}...`);
    run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/extract/cli.ts'), '--input', docsDir, '--out', tmp], root);
  });
  const chrono = join(root, 'node_modules/chrono-node/dist/esm/index.js');
  const baselineKey = hashFiles(root, [join(root, SCRIPTS, 'tls-baseline.mjs'), join(root, 'node_modules/chrono-node/package.json')]);
  const baselineFile = cached(join(cacheDir, `${topic}-${inputs}-baseline-${baselineKey}.json`), (tmp) => {
    log(`timeline17: building the date-reference baseline of ${topic}...`);
    run(process.execPath, [join(root, SCRIPTS, 'tls-baseline.mjs'), chrono, docsDir, tmp], root);
  });

  const parsed = parseTimeline(readFileSync(timelineFile, 'utf8'));
  if (!parsed.ok) throw new Error(`${topic}: the extracted timeline is invalid: ${parsed.error}`);
  const golds = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldTimeline[];
  const texts = readTimelineTexts(timelineFile, parsed.timeline);
  const docs = texts ? importanceDocuments(parsed.timeline.documents, texts) : null;
  // score-tls averages over a topic's gold timelines; summarize answers each one with its own number of dates.
  const ours = { dateF1: 0, r1: 0 };
  let fillerDays = 0;
  golds.forEach((gold, i) => {
    const summaryFile = join(cacheDir, `${topic}-summary-${i}.json`);
    const oneGold = join(cacheDir, `${topic}-gold-${i}.json`);
    const { fillerDays: fillers, events } = summaryAsTimeline(parsed.timeline.events, docs, gold);
    fillerDays += fillers;
    writeFileSync(summaryFile, JSON.stringify({ events }));
    writeFileSync(oneGold, JSON.stringify([gold]));
    const s = scoreTls(root, summaryFile, oneGold);
    ours.dateF1 += s.dateF1 / golds.length;
    ours.r1 += s.r1 / golds.length;
  });
  return {
    topic,
    ours,
    timeline: scoreTls(root, timelineFile, goldFile),
    baseline: scoreTls(root, baselineFile, goldFile),
    ceiling: rankingCeiling(parsed.timeline.events, golds),
    events: parsed.timeline.events.length,
    documents: parsed.timeline.documents.length,
    fillerDays,
  };
}

export function scoreTimeline17(dir: string, root: string, log: (s: string) => void = () => {}): TopicResult[] {
  const cacheDir = join(tmpdir(), 'chronolens-eval-t17');
  mkdirSync(cacheDir, { recursive: true });
  const extractor = extractorHash(root);
  return DEVELOPMENT_TOPICS.map((topic) => scoreTopic(topic, dir, { root, cacheDir }, extractor, log));
}

const f3 = (x: number) => x.toFixed(3);

/** One line per topic and per mean, as `npm run eval` prints its figures. */
export function timeline17Lines(results: TopicResult[]): string[] {
  const lines: string[] = [];
  const scored = results.filter((r): r is TopicScore => 'ours' in r);
  for (const r of results) {
    if ('missing' in r) {
      lines.push(`timeline17 ${r.topic}: not scored (${r.missing})`);
      continue;
    }
    const note = Math.abs(r.timeline.dateF1 - r.ours.dateF1) > 1e-9 ? ` [timeline file ranked by score-tls: ${f3(r.timeline.dateF1)}]` : '';
    lines.push(
      `timeline17 ${r.topic}: Date F1 ${f3(r.ours.dateF1)} (baseline ${f3(r.baseline.dateF1)}, perfect ranking of these events ${f3(r.ceiling)}), ROUGE-1 ${f3(r.ours.r1)} (baseline ${f3(r.baseline.r1)}); ${r.documents} documents, ${r.events} events, ${r.fillerDays} filler days${note}`,
    );
  }
  if (!scored.length) return lines;
  const mean = (f: (r: TopicScore) => number) => scored.reduce((s, r) => s + f(r), 0) / scored.length;
  const of = scored.length === DEVELOPMENT_TOPICS.length ? '8 development topics' : `${scored.length} of the 8 development topics`;
  const ours = mean((r) => r.ours.dateF1);
  const base = mean((r) => r.baseline.dateF1);
  const diff = ours - base;
  lines.push(`timeline17 mean Date F1 (${of}): ${f3(ours)}, baseline ${f3(base)} (${diff >= 0 ? '+' : ''}${f3(diff)}) [target >= 0.75 and >= baseline + 0.08]`);
  lines.push(
    `timeline17 mean Date F1 of a perfect ranking of the same events (${of}): ${f3(mean((r) => r.ceiling))} (summarize's filler days are no events and can pass it)`,
  );
  lines.push(`timeline17 mean ROUGE-1 (${of}): ${f3(mean((r) => r.ours.r1))}, baseline ${f3(mean((r) => r.baseline.r1))}`);
  return lines;
}

export const TIMELINE17_HOW_TO =
  'timeline17: skipped (no converted development folder given: npm run eval -- --t17 DIR, or CHRONOLENS_T17=DIR; how to get one: benchmarks/timeline17/README.md)';
