/**
 * Linguistic-layer benchmark (`npm run bench -- --only nlp`, or `tsx scripts/bench/nlp.ts [--corpus DIR] [--runs N]`):
 * MB/s per core of src/extract/nlp (tokens + POS + sentences + noun phrases + verb groups + clauses) on real
 * news, stage by stage, against compromise (the project's other NLP dependency) on the same text.
 *
 * The text is the Timeline17 development topics (`../t17/OUT/<topic>/*.md` beside the checkout; see
 * ../shared/bench/timeline17/README.md), each file read and cleaned as `npm run extract` would, one
 * document at a time. Without that folder the generated benchmark corpus stands in (and the figures say so).
 * Timings are CPU seconds of this single thread (process.cpuUsage), so a busy machine slows the wall clock
 * but not the figure; medians of several runs. Read, not asserted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { cleanText } from '../../src/extract/clean';
import { analyseText } from '../../src/extract/nlp/analyse';
import { clausesOf } from '../../src/extract/nlp/clauses';
import { nounPhrases } from '../../src/extract/nlp/noun-phrases';
import { quotedTokens } from '../../src/extract/nlp/quotes';
import { sentencesOf } from '../../src/extract/nlp/sentences';
import { repairTags } from '../../src/extract/nlp/tag-repairs';
import { type TokenTable, tokenize } from '../../src/extract/nlp/tokens';
import { verbGroups } from '../../src/extract/nlp/verb-groups';
import { tagWithWink } from '../../src/extract/nlp/wink';
import { readDocument } from '../../src/extract/read';
import { generateCorpus } from './corpus';
import { median } from './stats';

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const DEVELOPMENT_TOPICS = [
  'bpoil_bbc',
  'bpoil_foxnews',
  'bpoil_guardian',
  'bpoil_reuters',
  'bpoil_washingtonpost',
  'H1N1_bbc',
  'H1N1_guardian',
  'H1N1_reuters',
];

export interface NlpStage {
  stage: string;
  cpuSeconds: number;
  mbPerSecond: number;
}

export interface NlpResult {
  corpus: string;
  documents: number;
  megabytes: number;
  runs: number;
  /** Cumulative rows: wink alone, then the layer stage by stage, then the whole analyseText. */
  stages: NlpStage[];
  /** compromise's nlp(text) (tokens and tags) and .clauses() on a sample of the same documents. */
  compromise: { documents: number; megabytes: number; tagMbPerSecond: number; clauseMbPerSecond: number };
  /** The same scan over the token table and over one object per token (why the table is parallel arrays). */
  layout: { arraysBuildScanSeconds: number; objectsBuildScanSeconds: number };
  clauses: number;
  sentences: number;
}

function loadDocuments(corpus: string | null): { name: string; texts: string[] } {
  const dir = corpus ?? path.resolve(ROOT, '../t17/OUT');
  const topics = DEVELOPMENT_TOPICS.filter((t) => existsSync(path.join(dir, t)));
  if (topics.length) {
    const texts: string[] = [];
    for (const topic of topics)
      for (const f of readdirSync(path.join(dir, topic)).sort()) {
        const r = readDocument(f, readFileSync(path.join(dir, topic, f)));
        if (r.ok) texts.push(cleanText(r.raw).text);
      }
    return { name: `Timeline17 development topics (${topics.length})`, texts };
  }
  const texts = [...generateCorpus(1000, 1)].map((a) => cleanText(a.text).text);
  return { name: 'generated corpus, 1,000 articles (Timeline17 not found)', texts };
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function timed(run: () => void): number {
  const c0 = cpu();
  run();
  return cpu() - c0;
}

/** One pass over the documents, stage by stage, adding each stage's CPU time. */
function stagePass(texts: string[]): number[] {
  const acc = [0, 0, 0, 0, 0, 0];
  for (const text of texts) {
    let c = cpu();
    const lap = (k: number) => {
      const now = cpu();
      acc[k] += now - c;
      c = now;
    };
    const tokens = tokenize(text);
    lap(0);
    const spans = sentencesOf(tokens);
    lap(1);
    repairTags(tokens, spans);
    const quoted = quotedTokens(tokens);
    lap(2);
    const nps = spans.map((s) => nounPhrases(tokens, s));
    lap(3);
    const vgs = spans.map((s) => verbGroups(tokens, s));
    lap(4);
    let id = 0;
    spans.forEach((s, k) => {
      id += clausesOf(tokens, s, k, nps[k], vgs[k], quoted, id).length;
    });
    lap(5);
  }
  return acc;
}

/** Build + scan: count verbs and capitalised words, from the table and from one object per token. */
function layoutPass(tables: TokenTable[]): { arrays: number; objects: number } {
  let sink = 0;
  const arrays = timed(() => {
    for (const t of tables) {
      const copy = { start: Int32Array.from(t.start), end: Int32Array.from(t.end), tag: t.tag.slice(), flags: Uint16Array.from(t.flags) };
      for (let i = 0; i < t.count; i++) if (copy.tag[i] === 'VERB' || (copy.flags[i] & 1) !== 0) sink += copy.end[i] - copy.start[i];
    }
  });
  const objects = timed(() => {
    for (const t of tables) {
      const list = new Array(t.count);
      for (let i = 0; i < t.count; i++) list[i] = { start: t.start[i], end: t.end[i], tag: t.tag[i], lemma: t.lemma[i], norm: t.norm[i], flags: t.flags[i] };
      for (const o of list) if (o.tag === 'VERB' || (o.flags & 1) !== 0) sink += o.end - o.start;
    }
  });
  if (sink < 0) console.log(sink);
  return { arrays, objects };
}

export async function benchNlp(options: { corpus?: string | null; runs?: number }, log: (line: string) => void = console.error): Promise<NlpResult> {
  const runs = options.runs ?? 5;
  const { name, texts } = loadDocuments(options.corpus ?? null);
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const mb = bytes / 1e6;
  log(`nlp benchmark: ${name}, ${texts.length} documents, ${mb.toFixed(2)} MB, ${runs} runs`);
  analyseText('Warm-up: the model loads once per thread.');
  const wink: number[] = [];
  const whole: number[] = [];
  const stages: number[][] = [];
  let clauses = 0;
  let sentences = 0;
  for (let r = 0; r < runs; r++) {
    wink.push(
      timed(() => {
        for (const t of texts) tagWithWink(t);
      }),
    );
    stages.push(stagePass(texts));
    let c = 0;
    let s = 0;
    whole.push(
      timed(() => {
        for (const t of texts) {
          const a = analyseText(t);
          c += a.clauses.length;
          s += a.sentences.length;
        }
      }),
    );
    clauses = c;
    sentences = s;
    log(`  run ${r + 1}: wink ${wink[r].toFixed(2)} s, layer ${whole[r].toFixed(2)} s CPU`);
  }
  const names = [
    'tokens + POS + lemmas (wink + table)',
    '+ sentences (segment.ts)',
    '+ tag repairs, quotations',
    '+ noun phrases',
    '+ verb groups',
    '+ clauses',
  ];
  const rows: NlpStage[] = [{ stage: 'wink readDoc + per-token reads', cpuSeconds: median(wink), mbPerSecond: mb / median(wink) }];
  let cumulative = 0;
  names.forEach((stage, k) => {
    cumulative += median(stages.map((s) => s[k]));
    rows.push({ stage, cpuSeconds: cumulative, mbPerSecond: mb / cumulative });
  });
  rows.push({ stage: 'analyseText (the layer, one call)', cpuSeconds: median(whole), mbPerSecond: mb / median(whole) });
  // compromise is ~20x slower: a sample of every 8th document, two runs.
  const sample = texts.filter((_, k) => k % 8 === 0);
  const sampleMb = sample.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
  log(`compromise on ${sample.length} documents (${sampleMb.toFixed(2)} MB)…`);
  const tagTimes: number[] = [];
  const clauseTimes: number[] = [];
  for (let r = 0; r < 2; r++) {
    tagTimes.push(
      timed(() => {
        for (const t of sample) nlp(t);
      }),
    );
    clauseTimes.push(
      timed(() => {
        for (const t of sample) nlp(t).clauses().out('array');
      }),
    );
  }
  const tables = texts.map((t) => tokenize(t));
  const layouts = [layoutPass(tables), layoutPass(tables), layoutPass(tables)];
  return {
    corpus: name,
    documents: texts.length,
    megabytes: Math.round(mb * 100) / 100,
    runs,
    stages: rows.map((r) => ({ ...r, cpuSeconds: round(r.cpuSeconds), mbPerSecond: round(r.mbPerSecond) })),
    compromise: {
      documents: sample.length,
      megabytes: round(sampleMb),
      tagMbPerSecond: round(sampleMb / median(tagTimes)),
      clauseMbPerSecond: round(sampleMb / median(clauseTimes)),
    },
    layout: { arraysBuildScanSeconds: round(median(layouts.map((l) => l.arrays))), objectsBuildScanSeconds: round(median(layouts.map((l) => l.objects))) },
    clauses,
    sentences,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function printNlp(r: NlpResult) {
  const pad = (v: unknown, n: number) => String(v).padStart(n);
  console.log(`\nlinguistic layer on ${r.corpus}: ${r.documents} documents, ${r.megabytes} MB (CPU seconds of one thread, medians of ${r.runs} runs)`);
  console.log(`${'stage (cumulative)'.padEnd(44)} ${pad('CPU s', 7)} ${pad('MB/s/core', 10)}`);
  for (const s of r.stages) console.log(`${s.stage.padEnd(44)} ${pad(s.cpuSeconds.toFixed(2), 7)} ${pad(s.mbPerSecond.toFixed(2), 10)}`);
  console.log(
    `${'compromise nlp(text), tags'.padEnd(44)} ${pad('', 7)} ${pad(r.compromise.tagMbPerSecond.toFixed(3), 10)}  (${r.compromise.documents} documents, ${r.compromise.megabytes} MB)`,
  );
  console.log(`${'compromise nlp(text).clauses()'.padEnd(44)} ${pad('', 7)} ${pad(r.compromise.clauseMbPerSecond.toFixed(3), 10)}`);
  console.log(`token layout, build + scan: parallel arrays ${r.layout.arraysBuildScanSeconds} s, one object per token ${r.layout.objectsBuildScanSeconds} s`);
  console.log(`${r.sentences} sentences, ${r.clauses} clauses`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const argv = process.argv.slice(2);
  const corpus = argv.includes('--corpus') ? argv[argv.indexOf('--corpus') + 1] : null;
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : undefined;
  benchNlp({ corpus, runs }).then(printNlp, (e) => {
    console.error(e);
    process.exit(1);
  });
}
