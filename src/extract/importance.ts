/**
 * The importance stage: how central each event is to the collection, from what the whole collection
 * says rather than from the event's own sentence. A story's key events are the ones many reports tell,
 * on days the coverage keeps referring to, that set off a surge of articles, within the period the
 * collection covers. Journalists' own timelines of a story (Timeline17) pick such days.
 *
 * Every component is kept on the event (`importanceWhy`), so the app and `explain` can say why an event
 * is key. Pure and deterministic: counts, logarithms and a rounding, no clock.
 */
import type { EventRecord, Precision } from '../schema/timeline';
import { dateSpan } from '../story/span';
import { dateKey } from '../schema/calendarDate';
import { findTimeExpressions } from './time';

/** What importance reads of one document: the shape of pipeline.ts's Analysed, which it is given. */
export interface ImportanceDocument {
  id: string;
  text: string;
  publisher: string | null;
  published: { value: string; precision: Precision } | null;
  /** Time expressions read against `timesReference`. */
  times: Array<{ value: string | null; precision: Precision; start: number; end: number }>;
  timesReference: string | null;
  /** Bylines and datelines: their date says when the article appeared, not what it refers to. */
  excluded: Array<[number, number]>;
}

export type ImportanceWhy = NonNullable<EventRecord['importanceWhy']>;

/** Reports that recall a day a week or more after it are retrospective: "the April 20 explosion" in July. */
const RECALL_AFTER_DAYS = 7;
/** A burst is the articles of the day and of the two days after it: a news cycle answering the happening. */
const BURST_DAYS = 3;
/**
 * The story begins a little before its coverage: the first articles report what happened in the weeks
 * before them ("last month"). Thirty days before the first twentieth of the articles, the rest is background.
 */
const STORY_LEAD_DAYS = 30;
const STORY_START_QUANTILE = 0.05;
/**
 * A day's date salience is discounted in the busy weeks of the coverage. The documents that refer to a day grow with
 * the number of articles written around it, whatever happened: Reuters published 89 articles on the oil spill in June
 * 2010 and 12 in December, so a day of June's market reports ("BP Plc's debt protection costs leaped 106 basis
 * points", 9 June: 15 referring documents) outranks 14 May ("A U.S. lawmaker urged BP to provide more information",
 * 11), a day its journalists list, on volume alone; and the burst already counts that volume once. So salience is
 * divided by the square root of the coverage around the day (the articles of a week either side) as a multiple of the
 * collection's mean for so many days, when it is above that mean: a fortnight with four times the usual articles
 * counts its references at half. Quiet weeks are not boosted: a single article's reference stays one reference.
 */
const COVERAGE_WINDOW_DAYS = 7;

/** Background and after-the-fact dates count half: they can be key only with twice the evidence. */
const OFF_PERIOD_WEIGHT = 0.5;
/**
 * A week, a month or a year counts half as well. Its date salience is not a day's: "in June" is written of anything that
 * happened in June, so the BBC's reports on the oil spill name "April 2010" in 103 documents and its busiest day
 * after the blast in 32; counted alike, six of the thirty key events were months or a year, the third of them
 * "Several rig workers the BBC spoke to ..." (April 2010). A key event says when it happened; the month-dated one
 * can be key with twice the evidence. A week ("last week") names no day either. (Key dates are days in any case: a
 * week or a month names no day.)
 */
const COARSE_DATE_WEIGHT = 0.5;

/** Sets importance and importanceWhy on every event (a copy of each; the order is kept). */
export function rateImportance(events: EventRecord[], docs: ImportanceDocument[]): EventRecord[] {
  const collection = describeCollection(docs);
  return events.map((event) => {
    const why = explainImportance(event, collection);
    return { ...event, importance: importanceOf(why, event.date.precision), importanceWhy: why };
  });
}

/**
 * The score of the components: each count on a log scale (the tenth report adds less than the second), summed;
 * date salience discounted in the coverage's busy weeks (COVERAGE_WINDOW_DAYS); halved off the story's period and
 * halved again for a week, a month or a year.
 */
export function importanceOf(why: ImportanceWhy, precision: Precision = 'day'): number {
  const evidence =
    Math.log2(1 + why.documents) +
    Math.log2(1 + why.publishers) +
    Math.log2(1 + why.dateDocuments / Math.sqrt(Math.max(1, why.coverage ?? 1))) +
    Math.log2(1 + why.laterDocuments) +
    Math.log2(1 + why.burst);
  const weight = (why.period === 'story' ? 1 : OFF_PERIOD_WEIGHT) * (precision === 'day' ? 1 : COARSE_DATE_WEIGHT);
  return Math.round(weight * evidence * 1000) / 1000;
}

interface Collection {
  publisherOf: Map<string, string | null>;
  /** First day (day number) of each document's publication date, when it has one. */
  publishedOn: Map<string, number>;
  /** Date key ("2010-04-20", "2010-06", the week "2010-06-07/week": dateKey) → documents whose text refers to exactly it. */
  referringDocs: Map<string, Set<string>>;
  /** Day number → articles published that day. */
  articlesOn: Map<number, number>;
  /** Mean articles per window of 2 × COVERAGE_WINDOW_DAYS + 1 days, from the first day-dated article to the last. */
  meanCoverage: number;
  /** The collection's own period, as day numbers; null when no document is dated. */
  period: { start: number; end: number } | null;
}

function describeCollection(docs: ImportanceDocument[]): Collection {
  const publisherOf = new Map<string, string | null>();
  const publishedOn = new Map<string, number>();
  const referringDocs = new Map<string, Set<string>>();
  const articlesOn = new Map<number, number>();
  const lastDays: number[] = [];
  for (const doc of docs) {
    publisherOf.set(doc.id, doc.publisher);
    const span = doc.published ? dateSpan(doc.published.value) : null;
    if (span) {
      publishedOn.set(doc.id, span.first);
      lastDays.push(span.last);
      if (doc.published?.precision === 'day') articlesOn.set(span.first, (articlesOn.get(span.first) ?? 0) + 1);
    }
    for (const t of timesOf(doc)) {
      if (!t.value || doc.excluded.some(([a, b]) => t.start < b && t.end > a)) continue;
      const key = dateKey(t.value, t.precision);
      let set = referringDocs.get(key);
      if (!set) referringDocs.set(key, (set = new Set()));
      set.add(doc.id);
    }
  }
  const firstDays = [...publishedOn.values()].sort((a, b) => a - b);
  const period = firstDays.length
    ? {
        start: firstDays[Math.floor(STORY_START_QUANTILE * (firstDays.length - 1))] - STORY_LEAD_DAYS,
        end: Math.max(...lastDays),
      }
    : null;
  let articles = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const [day, n] of articlesOn) {
    articles += n;
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  }
  const meanCoverage = articles ? (articles / (lastDay - firstDay + 1)) * (2 * COVERAGE_WINDOW_DAYS + 1) : 0;
  return { publisherOf, publishedOn, referringDocs, articlesOn, meanCoverage, period };
}

/** The document's time expressions against its final publication date (an undated document may have been dated since). */
function timesOf(doc: ImportanceDocument): ImportanceDocument['times'] {
  const reference = doc.published?.value ?? null;
  return reference === doc.timesReference ? doc.times : findTimeExpressions(doc.text, reference);
}

function explainImportance(event: EventRecord, c: Collection): ImportanceWhy {
  const reporting = new Set(event.mentions.map((m) => m.doc));
  const publishers = new Set([...reporting].map((d) => c.publisherOf.get(d)).filter((p): p is string => !!p));
  // The reports of the event refer to its date too, even when they tell it without a date of their own.
  const referring = new Set([...(c.referringDocs.get(dateKey(event.date.value, event.date.precision)) ?? []), ...reporting]);
  const span = dateSpan(event.date.value, event.date.precision);
  let laterDocuments = 0;
  let burst = 0;
  let period: ImportanceWhy['period'] = 'story';
  if (span) {
    for (const d of referring) {
      const on = c.publishedOn.get(d);
      if (on !== undefined && on - span.last >= RECALL_AFTER_DAYS) laterDocuments++;
    }
    if (event.date.precision === 'day') for (let i = 0; i < BURST_DAYS; i++) burst += c.articlesOn.get(span.first + i) ?? 0;
    if (c.period && span.last < c.period.start) period = 'background';
    else if (c.period && span.first > c.period.end) period = 'after';
  }
  const why: ImportanceWhy = { documents: reporting.size, publishers: publishers.size, dateDocuments: referring.size, laterDocuments, burst, period };
  // Only a day of the story's period has coverage around it to weigh its references against (COVERAGE_WINDOW_DAYS).
  if (span && event.date.precision === 'day' && period === 'story' && c.meanCoverage > 0) {
    let around = 0;
    for (let i = -COVERAGE_WINDOW_DAYS; i <= COVERAGE_WINDOW_DAYS; i++) around += c.articlesOn.get(span.first + i) ?? 0;
    why.coverage = Math.round((around / c.meanCoverage) * 100) / 100;
  }
  return why;
}
