/**
 * What bounds the Date F1 a perfect ranking can reach (docs/story.md, "What bounds a perfect ranking"): each gold day of
 * Timeline17's development topics is put in the first class that holds it, and the ceilings of a perfect ranking of
 * the event days alone (eval's "perfect ranking of these events") and of summarize's candidates (event days and the
 * days the articles refer to without an event, the filler days) are printed beside them.
 *
 *   npx tsx scripts/eval/reach.ts TIMELINES_DIR GOLD_DIR
 *
 * Classes, in order:
 *   event                 a day-dated event inside the gold window (a key event day the app can show)
 *   referred              no event, but an article refers to the day (a filler day summarize can print)
 *   after-last-article    later than every article: no article of the collection can tell it
 *   before-first-article  earlier than every article (a filler day must lie in importance's period of the story)
 *   no-reference          within the articles' period, and no sentence refers to the day at day precision
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportanceDocument, rateImportance } from '../../src/extract/importance';
import { type FillerDocument, fillerDays } from '../../src/story/filler';
import { rankDates } from '../../src/story/rank';
import { importanceDocs } from './rank-lab';
import { DEVELOPMENT_TOPICS, type GoldTimeline } from './timeline17';

export type Reach = 'event' | 'referred' | 'after-last-article' | 'before-first-article' | 'no-reference';

export interface Candidates {
  eventDays: ReadonlySet<string>;
  fillerDays: ReadonlySet<string>;
  firstPublished: string;
  lastPublished: string;
}

/** The first class that holds a gold day (the file's head). */
export function reachOf(day: string, c: Candidates): Reach {
  if (c.eventDays.has(day)) return 'event';
  if (c.fillerDays.has(day)) return 'referred';
  if (day > c.lastPublished) return 'after-last-article';
  if (day < c.firstPublished) return 'before-first-article';
  return 'no-reference';
}

/**
 * Date F1 of a perfect ranking over `candidates` days: score-tls asks for as many dates as the gold has entries
 * (`asked`) and recalls its distinct days; the gold days among the candidates come first, then any others.
 */
export function perfectF1(asked: number, goldDays: readonly string[], candidates: number, reachable: number): number {
  const picked = Math.min(asked, candidates);
  const hits = Math.min(picked, reachable);
  return picked ? (2 * hits) / (goldDays.length + picked) : 0;
}

/** The publication days of the documents, first and last. */
export function publicationSpan(docs: readonly ImportanceDocument[]): { first: string; last: string } {
  const days = docs
    .map((d) => d.published?.value.slice(0, 10))
    .filter((x): x is string => !!x)
    .sort();
  return { first: days[0] ?? '', last: days.at(-1) ?? '' };
}

if (process.argv[1]?.endsWith('reach.ts')) {
  const [dir, goldDir] = process.argv.slice(2);
  const classes: Reach[] = ['event', 'referred', 'after-last-article', 'before-first-article', 'no-reference'];
  const total = new Map<Reach, number>(classes.map((c) => [c, 0]));
  let goldTotal = 0;
  let eventCeiling = 0;
  let summarizeCeiling = 0;
  console.log(`${'topic'.padEnd(21)} asked gold ${classes.join(' ')} | ceiling: events, events+referred`);
  for (const topic of DEVELOPMENT_TOPICS) {
    const { events, docs } = importanceDocs(dir, topic);
    const rated = rateImportance(events, docs);
    const { first, last } = publicationSpan(docs);
    const golds = JSON.parse(readFileSync(join(goldDir, `${topic}.gold.json`), 'utf8')) as GoldTimeline[];
    for (const gold of golds) {
      const days = [...new Set(gold.map(([d]) => d))].sort();
      const window = { from: days[0], to: days.at(-1) };
      const eventDays = new Set(rankDates(rated, window).map((d) => d.date));
      const fillers = new Set(fillerDays(rated, docs as FillerDocument[], window).map((d) => d.date));
      const by = new Map<Reach, string[]>(classes.map((c) => [c, []]));
      for (const d of days) by.get(reachOf(d, { eventDays, fillerDays: fillers, firstPublished: first, lastPublished: last }))?.push(d);
      const ev = by.get('event')?.length ?? 0;
      const ref = by.get('referred')?.length ?? 0;
      const fe = perfectF1(gold.length, days, eventDays.size, ev);
      const fs = perfectF1(gold.length, days, eventDays.size + fillers.size, ev + ref);
      eventCeiling += fe / golds.length / DEVELOPMENT_TOPICS.length;
      summarizeCeiling += fs / golds.length / DEVELOPMENT_TOPICS.length;
      goldTotal += days.length;
      for (const c of classes) total.set(c, (total.get(c) ?? 0) + (by.get(c)?.length ?? 0));
      console.log(
        `${topic.padEnd(21)} ${String(gold.length).padStart(5)} ${String(days.length).padStart(4)} ${classes.map((c) => String(by.get(c)?.length).padStart(c.length)).join(' ')} | ${fe.toFixed(3)}, ${fs.toFixed(3)}`,
      );
      for (const c of classes.slice(1)) if (by.get(c)?.length) console.log(`    ${c}: ${by.get(c)?.join(' ')}`);
    }
  }
  console.log(
    `${'all'.padEnd(21)}       ${String(goldTotal).padStart(4)} ${classes.map((c) => String(total.get(c)).padStart(c.length)).join(' ')} | ${eventCeiling.toFixed(3)}, ${summarizeCeiling.toFixed(3)}`,
  );
}
