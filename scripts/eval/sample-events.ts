/**
 * npx tsx scripts/eval/sample-events.ts [--seed N] [--n 40] [--top] TIMELINE.json ...
 *
 * Draws events at random (a fixed seed, so two extractor versions can be compared on the same draw size) from
 * one or more timelines and prints them as the records a judge of the event audit reads
 * (docs/audit/judge.md): title, date, date phrase, explanation, actors by name, number of sources, the
 * representative sentence (with the phrase that names its thing earlier in the article, when the title names it so) and its
 * article's publication date. `--top` takes the events reported by the most
 * documents instead.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { TimelineFile } from '../../src/schema/timeline';
import { representativeSentence } from '../../src/story/rank';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const args = process.argv.slice(2);
let seed = 17;
let n = 40;
let top = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--seed') seed = Number(args[++i]);
  else if (args[i] === '--n') n = Number(args[++i]);
  else if (args[i] === '--top') top = true;
  else files.push(args[i]);
}

const pool = files.flatMap((f) => {
  const t = JSON.parse(readFileSync(f, 'utf8')) as TimelineFile;
  const names = new Map(t.actors.map((a) => [a.id, a.name]));
  const docs = new Map(t.documents.map((d) => [d.id, d]));
  return t.events.map((e) => {
    const sentence = representativeSentence(e);
    const m = e.mentions.find((x) => x.sentence === sentence) ?? e.mentions[0];
    return {
      topic: basename(f, '.json'),
      id: e.id,
      title: e.title,
      date: e.date.value,
      // (A week is written as its Monday, "1987-02-23" for "last week": without its precision a judge reads a day the
      // app never shows; the app writes "week of 23 Feb 1987". Judges failed three such records of the Reuters first look.)
      precision: e.date.precision,
      dateText: e.date.text,
      explanation: e.date.explanation,
      actors: e.actors.map((a) => names.get(a) ?? a),
      sources: new Set(e.mentions.map((x) => x.doc)).size,
      sentence: sentence.replace(/\s+/g, ' '),
      // The phrase far before the sentence that names what the title names (shown with the quote in the app).
      ...(m.named ? { namedEarlierInArticle: m.named.text.replace(/\s+/g, ' ') } : {}),
      published: docs.get(m.doc)?.published?.value ?? null,
    };
  });
});
pool.sort((a, b) => (a.topic + a.id < b.topic + b.id ? -1 : 1));
let picked: typeof pool;
if (top) picked = [...pool].sort((a, b) => b.sources - a.sources || (a.topic + a.id < b.topic + b.id ? -1 : 1)).slice(0, n);
else {
  const rand = mulberry32(seed);
  const copy = [...pool];
  picked = [];
  while (picked.length < n && copy.length) picked.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
}
process.stdout.write(
  `${JSON.stringify(
    picked.map((r, i) => ({ n: i + 1, ...r })),
    null,
    1,
  )}\n`,
);
