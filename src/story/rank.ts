/**
 * The story's ranking: which events and which dates matter most in a collection. One pure module, read
 * by `npm run summarize` and by the app, so the key events a reader sees are the ones the summary names.
 * No Node or DOM APIs: plain data in, plain data out.
 *
 * Events rank by their `importance` (src/extract/importance.ts), ties by date, then id; the key events take a
 * market move (a day's share price: marketMove.ts) only after every other event. A timeline
 * written before importance existed ranks by how many documents report each event, as Timeline17's
 * scorer does. A date ranks by its most important event: a day is key when something key happened on it.
 */
import type { EventRecord } from '../schema/timeline';
import { dateSpan } from './span';
import { dateKey } from '../schema/calendarDate';
import { isMarketMove } from './marketMove';

/** Dates to keep, inclusive, as ISO days ("2010-04-20"); either end may be open. */
export interface StoryWindow {
  from?: string;
  to?: string;
}

export interface RankedDate {
  /** An ISO day. */
  date: string;
  /** The importance of its most important event. */
  score: number;
  /** Its events, most important first. */
  events: EventRecord[];
}

/** The event's importance, or for a file without one, the number of documents that report it. */
export function importanceOf(event: EventRecord): number {
  return event.importance ?? new Set(event.mentions.map((m) => m.doc)).size;
}

/** What the ranking reads of an event, read once: sorting 100,000 events must not parse each date a million times. */
interface RankKey {
  importance: number;
  /** first and last day of the date; NaN when it is not an ISO date */
  first: number;
  last: number;
  value: string;
  id: string;
}

function rankKey(event: EventRecord): RankKey {
  const span = dateSpan(event.date.value, event.date.precision);
  return { importance: importanceOf(event), first: span?.first ?? Number.NaN, last: span?.last ?? Number.NaN, value: event.date.value, id: event.id };
}

function compareKeys(a: RankKey, b: RankKey): number {
  return b.importance - a.importance || compareDates(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Most important first; ties by date (earlier first), then by id, so the order never depends on input order. */
export function compareByImportance(a: EventRecord, b: EventRecord): number {
  return compareKeys(rankKey(a), rankKey(b));
}

/** "2010" before "2010-04" before "2010-04-20": by first day, the longer span first when two start together. */
function compareDates(a: RankKey, b: RankKey): number {
  if (Number.isNaN(a.first) || Number.isNaN(b.first)) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return a.first - b.first || b.last - a.last;
}

/** The positions of the events, most important first: the order compareByImportance gives, each event read once. */
export function rankOrder(events: readonly EventRecord[]): number[] {
  const keys = events.map(rankKey);
  return keys.map((_, i) => i).sort((i, j) => compareKeys(keys[i], keys[j]));
}

/**
 * Key events, spread over the story: the most important event of each date first (in the ranking's order), then
 * the second of each date, and so on; the first n of that order are the n key events. Ranked by importance
 * alone, the 30 key events of the BBC's 291 reports on the oil spill were all dated 20 April 2010, the day of the
 * blast ("The Deepwater Horizon rig exploded", five times over), since every event of a day shares that day's
 * date salience; spread, they are the first events of 30 dates from April to August 2010.
 *
 * ranked: items most important first (rankOrder, or events sorted by compareByImportance); dateOf: an item's
 * date value. Returns the first n items of the spread order, reading no further than it must: with as many
 * dates as n, the first event of each new date in ranked order, which at 100,000 events is a few dozen reads.
 *
 * aside: items (market moves) spread only after every other item is taken: spread with the rest, each trading
 * day came before a story day's second event, and the spill fixture's 30 key events
 * at 1920×1080 held six share prices while the story's days had more to tell.
 */
export function spreadOverDates<T>(ranked: Iterable<T>, dateOf: (item: T) => string, n = Number.POSITIVE_INFINITY, aside?: (item: T) => boolean): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  const seen = new Map<string, number>();
  /** later tiers: tiers[k] holds each date's (k + 1)th item, in ranked order */
  const tiers: T[][] = [];
  const setAside: T[] = [];
  for (const item of ranked) {
    if (aside?.(item)) {
      setAside.push(item);
      continue;
    }
    const date = dateOf(item);
    const tier = seen.get(date) ?? 0;
    seen.set(date, tier + 1);
    if (tier === 0) {
      out.push(item);
      if (out.length >= n) return out;
    } else (tiers[tier - 1] ??= []).push(item);
  }
  for (const tier of tiers) {
    for (const item of tier) {
      if (out.length >= n) return out;
      out.push(item);
    }
  }
  if (setAside.length) out.push(...spreadOverDates(setAside, dateOf, n - out.length));
  return out;
}

/** The n key events of the window, most important first (spreadOverDates). */
export function keyEvents(events: readonly EventRecord[], n: number, window: StoryWindow = {}): EventRecord[] {
  return spreadOverDates(
    rankEvents(events, window),
    (e) => dateKey(e.date.value, e.date.precision),
    Math.max(0, n),
    (e) => isMarketMove(e.title),
  );
}

/** Does the event's date fall (at least partly) inside the window? */
export function inWindow(event: EventRecord, window: StoryWindow = {}): boolean {
  const span = dateSpan(event.date.value, event.date.precision);
  if (!span) return false;
  const from = window.from ? dateSpan(window.from) : null;
  const to = window.to ? dateSpan(window.to) : null;
  return (!from || span.last >= from.first) && (!to || span.first <= to.last);
}

/** The events inside the window, most important first. */
export function rankEvents(events: readonly EventRecord[], window: StoryWindow = {}): EventRecord[] {
  return events.filter((e) => inWindow(e, window)).sort(compareByImportance);
}

/**
 * The days of the window that have day-dated events, most important first (ties: earlier day first).
 * Week-, month- and year-dated events name no day, so they make no key date.
 */
export function rankDates(events: readonly EventRecord[], window: StoryWindow = {}): RankedDate[] {
  const byDay = new Map<string, EventRecord[]>();
  for (const e of rankEvents(events, window)) {
    // A week ("last week") names no day either: the week of 7 June is no key date 7 June.
    if (e.date.precision !== 'day') continue;
    const list = byDay.get(e.date.value);
    if (list) list.push(e);
    else byDay.set(e.date.value, [e]);
  }
  return [...byDay].map(([date, evs]) => ({ date, score: importanceOf(evs[0]), events: evs })).sort(compareRankedDays);
}

/**
 * The order of days: the higher score first, ties by the earlier day. One comparator for the app's key dates and for
 * summarize's (src/story/filler.ts ranks the days the articles refer to without an event by it, among these).
 */
export function compareRankedDays(a: { date: string; score: number }, b: { date: string; score: number }): number {
  return b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}

/** The n most important days of the window, in date order: the key dates of the story. */
export function keyDates(events: readonly EventRecord[], n: number, window: StoryWindow = {}): RankedDate[] {
  return rankDates(events, window)
    .slice(0, Math.max(0, n))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The sentence that stands for the event: the first report (in document order) whose sentence holds the
 * date phrase and gives the event's own date, so the date a reader sees is written in the sentence shown;
 * failing that, the first report.
 */
export function representativeSentence(event: EventRecord): string {
  const dated = event.mentions.find((m) => m.dateText && (m.date === undefined || m.date?.value === event.date.value));
  return (dated ?? event.mentions[0]).sentence;
}

/**
 * The timeline-summarisation format: [[day, [sentence, ...]], ...] for the n key dates of the window, in
 * date order, each with the representative sentences of its k most important events (a sentence that two
 * events share is given once).
 */
export function summarizeTimeline(events: readonly EventRecord[], options: { dates: number; sentences?: number } & StoryWindow): Array<[string, string[]]> {
  const k = options.sentences ?? 1;
  return keyDates(events, options.dates, options).map((d) => [d.date, dateSentences(d, k)]);
}

/** The representative sentences of a date's k most important events (a sentence two events share is given once). */
export function dateSentences(d: RankedDate, k: number): string[] {
  const sentences: string[] = [];
  for (const e of d.events) {
    if (sentences.length >= k) break;
    const s = representativeSentence(e);
    if (!sentences.includes(s)) sentences.push(s);
  }
  return sentences;
}
