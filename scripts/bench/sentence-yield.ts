/**
 * How many sentences of a collection give the timeline anything: which work of the build step could be left undone
 * for a sentence without changing the output (docs/performance.md, "Build step, 6 Dec 2026 (evening)").
 *
 *   npx tsx scripts/bench/sentence-yield.ts DIR TIMELINE.json [DIR TIMELINE.json ...]
 *
 * DIR is a folder of articles, TIMELINE.json the timeline `npm run extract` wrote for it (with the same sources). Per
 * sentence of every dated document: why events/datable.ts reads its clauses for events (the first sentence, a time
 * expression starting in it, "recent", a lede line that echoes the headline) or not, whether an event record of the
 * timeline quotes it (its span overlaps the record's sentence), whether it holds an actor mention whose words are a
 * timeline actor's name or alias (an approximation of "an actor that reaches the output": the canonical choice reads
 * every mention), and whether it has no finite clause. Prints one line of JSON per folder and one for all of them.
 * Measures only; reads the analysis twice per document (analyseFile, then analyseText for the clauses).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyseText } from '../../src/extract/nlp/analyse';
import { echoesHeadline, LEDE_LINES } from '../../src/extract/events/headline-echo';
import { analyseFile } from '../../src/extract/pipeline';

interface Timeline {
  actors: Array<{ name: string; aliases?: string[] }>;
  events: Array<{ mentions: Array<{ doc: string; start: number; end: number }> }>;
}

/** The same test as events/datable.ts `RECENT`. */
const RECENT = /\brecent(?:ly)?\b/i;

function files(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
    });
}

function yieldOf(dir: string, timelineFile: string): Record<string, number> {
  const timeline = JSON.parse(readFileSync(timelineFile, 'utf8')) as Timeline;
  const quoted = new Map<string, Array<[number, number]>>();
  for (const e of timeline.events) for (const m of e.mentions) quoted.set(m.doc, [...(quoted.get(m.doc) ?? []), [m.start, m.end]]);
  const names = new Set(timeline.actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]));
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (const id of files(dir)) {
    const { doc } = analyseFile({ id, bytes: readFileSync(path.join(dir, id)) });
    if (!doc) continue;
    add('documents');
    // (datable.ts reads every sentence of a document without its own date.)
    if (doc.timesReference === null) {
      add('undatedDocuments');
      continue;
    }
    const a = analyseText(doc.text, doc.sentences);
    const records = quoted.get(id) ?? [];
    a.sentences.forEach((s, k) => {
      const [from, to] = a.clauseRange[k];
      const clauses = a.clauses.slice(from, to);
      const why =
        k === 0
          ? 'first'
          : doc.times.some((t) => t.start >= s.start && t.start < s.end)
            ? 'time'
            : RECENT.test(a.text.slice(s.start, s.end))
              ? 'recent'
              : k <= LEDE_LINES && echoesHeadline(a.text, a.sentences[0], s.start, s.end)
                ? 'lede'
                : 'notDatable';
      const event = records.some(([start, end]) => start < s.end && end > s.start);
      const actor = doc.actorMentions.some((m) => m.start >= s.start && m.end <= s.end && names.has(doc.text.slice(m.start, m.end)));
      add('sentences');
      add('clauses', clauses.length);
      add(why);
      add(`${why}Clauses`, clauses.length);
      if (event) add(`${why}WithEvent`);
      if (event) add('withEvent');
      if (actor) add('withActorName');
      if (event || actor) add('withEventOrActorName');
      if (!clauses.some((c) => c.tense !== 'nonfinite')) add('noFiniteClause');
    });
  }
  return counts;
}

const args = process.argv.slice(2);
if (args.length < 2 || args.length % 2) {
  console.error('Usage: npx tsx scripts/bench/sentence-yield.ts DIR TIMELINE.json [DIR TIMELINE.json ...]');
  process.exit(2);
}
const total: Record<string, number> = {};
for (let i = 0; i < args.length; i += 2) {
  const counts = yieldOf(args[i], args[i + 1]);
  console.log(JSON.stringify({ folder: path.basename(args[i]), ...counts }));
  for (const [key, n] of Object.entries(counts)) total[key] = (total[key] ?? 0) + n;
}
if (args.length > 2) console.log(JSON.stringify({ folder: 'all', ...total }));
