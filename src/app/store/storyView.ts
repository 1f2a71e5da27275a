/**
 * What a large collection shows of the events that pass the filters: the story. Events dated before or after the
 * collection's own period (a 1905 law recalled in a 2010 story: importanceWhy.period) are folded away, one click
 * from the timeline's "earlier" and "later" markers; of the rest, the Detail control keeps the key events, ranked
 * by src/story/rank.ts (the ranking `npm run summarize` uses) among what the filters keep. A collection of up to
 * LARGE_COLLECTION events (the seeds) is shown whole, as it is.
 */
import type { EventRecord } from '../../schema/timeline';
import { type CorePeriod, corePeriod } from '../../story/core';
import { isMarketMove } from '../../story/marketMove';
import { rankOrder, spreadOverDates } from '../../story/rank';
import { dateKey } from '../../schema/calendarDate';
import { type Detail, detailLimit, isLargeCollection, KEY_EVENTS } from './detail';
import type { TimelineIndex } from './timelineIndex';

/** 'folded': events outside the collection's period are left out, counted by the timeline's markers. */
export type Background = 'folded' | 'shown';

export interface StoryView {
  /** the positions shown, in file (date) order */
  shown: number[];
  /** the positions that pass the filters (before the fold and the Detail level) */
  matches: number[];
  /** the filtered positions the fold leaves out */
  folded: number[];
  /** a large collection: the Detail control, the fold and the core period apply */
  large: boolean;
  /** the Detail level left events out (so "30 key events of 573") */
  limited: boolean;
  /** events outside the collection's period shown beside the story's (the background unfolded) */
  unfolded: number;
  detail: Detail;
}

/** What rank.ts makes of a timeline's events, once per timeline. */
interface Ranking {
  /** positions, most important first */
  order: number[];
  /** each position's place in that order */
  rank: Int32Array;
  /** the file gives importance (the build step's); without it the ranking is by reports alone */
  rated: boolean;
  /** 1 at a market move's position ("BP shares fell 3.4%"): the key events take one only when the rest are taken */
  aside: Uint8Array;
}

const rankings = new WeakMap<TimelineIndex, Ranking>();

function ranking(index: TimelineIndex): Ranking {
  let r = rankings.get(index);
  if (!r) {
    const order = rankOrder(index.events);
    const rank = new Int32Array(order.length);
    order.forEach((p, i) => {
      rank[p] = i;
    });
    const aside = new Uint8Array(order.length);
    index.events.forEach((e, p) => {
      if (isMarketMove(e.title)) aside[p] = 1;
    });
    r = { order, rank, rated: index.events.some((e) => e.importance !== undefined), aside };
    rankings.set(index, r);
  }
  return r;
}

/** The positions of the order that pass, read only as far as the reader goes. */
function* passing(order: readonly number[], passes: Uint8Array): Generator<number> {
  for (const p of order) if (passes[p]) yield p;
}

const WEEK_MS = 7 * 86_400_000;
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The ranked positions, less any whose title repeats a better-ranked one's within a week. One happening that two
 * reports date a day apart ("US sues BP" on 15 and on 16 December 2010, from "on Wednesday" and the day it was
 * filed) is two events, and the key view put the same title twice side by side; every Detail level short of "All
 * events" keeps the better-ranked one. "All events" still lists both, each with its reports.
 */
function* withoutRepeats(index: TimelineIndex, ranked: Iterable<number>): Generator<number> {
  const seen = new Map<string, number[]>();
  for (const p of ranked) {
    const key = titleKey(index.events[p].title);
    const before = seen.get(key);
    if (before?.some((q) => Math.max(index.startMs[p], index.startMs[q]) - Math.min(index.endMs[p], index.endMs[q]) <= WEEK_MS)) continue;
    if (before) before.push(p);
    else seen.set(key, [p]);
    yield p;
  }
}

/** Each event's place in the story's ranking (0: the most important), by position. */
export const rankOf = (index: TimelineIndex): Int32Array => ranking(index).rank;

/** Dated before or after the collection's own period, as the build step found (older files say nothing: no). */
export const isOffPeriod = (event: EventRecord): boolean => {
  const period = event.importanceWhy?.period;
  return period === 'background' || period === 'after';
};

/** `keyEvents`: how many the key events are on this screen (detail.ts keyEventsFor). */
export function storyView(index: TimelineIndex, matches: number[], detail: Detail, background: Background, keyEvents = KEY_EVENTS): StoryView {
  const large = isLargeCollection(index.events.length);
  if (!large) return { shown: matches, matches, folded: [], large, limited: false, unfolded: 0, detail };
  const off: number[] = [];
  const story: number[] = [];
  for (const p of matches) (isOffPeriod(index.events[p]) ? off : story).push(p);
  const limit = detailLimit(detail, keyEvents);
  let kept = story;
  // below "All events", also when the filters keep fewer events than the level (the United States' three events
  // of the BBC's spill coverage held "US sues BP" twice)
  if (limit !== null) {
    const passes = new Uint8Array(index.events.length);
    for (const p of story) passes[p] = 1;
    const { order, aside } = ranking(index);
    kept = spreadOverDates(
      withoutRepeats(index, passing(order, passes)),
      (p) => dateKey(index.events[p].date.value, index.events[p].date.precision),
      limit,
      (p) => aside[p] === 1,
    ).sort((a, b) => a - b);
  }
  const folded = background === 'folded' ? off : [];
  const unfolded = off.length - folded.length;
  const limited = kept.length < story.length;
  if (!limited && !folded.length) return { shown: matches, matches, folded, large, limited, unfolded, detail };
  const shown = unfolded ? [...kept, ...off].sort((a, b) => a - b) : kept;
  return { shown, matches, folded, large, limited, unfolded, detail };
}

export type StoryCore = CorePeriod<{ pos: number; start: number; end: number; offPeriod: boolean }>;

/**
 * The core period of these events (src/story/core.ts): where most of their key events (the KEY_EVENTS first of
 * the ranking among them, whatever the Detail level) lie. Where the timeline opens; the period a title slide gives.
 * A file without importance has no key events to speak of (20,000 single reports rank by date alone, and the
 * "core" was their first eleven days): its core is where most of the events lie.
 */
export function storyCore(index: TimelineIndex, positions: readonly number[]): StoryCore | null {
  const item = (pos: number) => ({ pos, start: index.startMs[pos], end: index.endMs[pos], offPeriod: isOffPeriod(index.events[pos]) });
  if (!ranking(index).rated) return corePeriod(positions.map(item));
  return corePeriod(keyEvents(index, positions).map(item));
}

/** The key events among these positions (the KEY_EVENTS first of the ranking, spread over their dates), background left out when any are in the collection's own period. */
function keyEvents(index: TimelineIndex, positions: readonly number[]): number[] {
  const passes = new Uint8Array(index.events.length);
  let story = 0;
  for (const p of positions) {
    if (isOffPeriod(index.events[p])) continue;
    passes[p] = 1;
    story++;
  }
  // nothing in the collection's own period (a date filter on the background): the core is the background's
  if (!story) for (const p of positions) passes[p] = 1;
  const { order, aside } = ranking(index);
  return spreadOverDates(
    passing(order, passes),
    (p) => dateKey(index.events[p].date.value, index.events[p].date.precision),
    KEY_EVENTS,
    (p) => aside[p] === 1,
  );
}

/** A date known only to its year or its season lays out no arc among day-dated events (as src/story/core.ts COARSE_MS). */
const ARC_COARSE_MS = 62 * 86_400_000;
/** a day-dated event's span (a day, and an hour's slack) */
const ARC_DAY_MS = 25 * 3_600_000;
/** the empty stretch of a month before its first day-dated key event that the arc leaves out (a week) */
const ARC_EMPTY_MS = 7 * 86_400_000;
/** A tail key event this far after the one before it, or further, is a story of its own (a month at the least). */
const ARC_MIN_GAP_MS = 31 * 86_400_000;

/**
 * The story's arc: its core period (storyCore) and the key events of the collection's own period that follow on
 * from it, before and after, each within the core's length of the one before (a month at the least). The core
 * holds 80% of the key events, and the other fifth is often how the story ends: the BBC spill coverage's core ran
 * from the explosion (20 April 2010) to June, and a first view fitted to it left "The Macondo well was capped" (15
 * July) and "The Gulf of Mexico well was permanently sealed" (19 September) behind the later marker. A story of its
 * own years away (the seeds of 2024 beside the Apple articles of 2005–2011) stays beside it. Background events
 * (dated outside the collection's period) and dates known only to their year are no part of it.
 */
export function storyArc(index: TimelineIndex, positions: readonly number[], core: StoryCore): { start: number; end: number } {
  if (!ranking(index).rated) return core;
  let pool = keyEvents(index, positions)
    .filter((p) => !isOffPeriod(index.events[p]))
    .map((p) => ({ start: index.startMs[p], end: index.endMs[p] }));
  const fine = pool.filter((i) => i.end - i.start <= ARC_COARSE_MS);
  if (fine.length >= 3) pool = fine;
  pool.sort((a, b) => a.start - b.start);
  const reach = Math.max(core.end - core.start, ARC_MIN_GAP_MS);
  let { start, end } = core;
  // a core opened by a month ("The Gulf of Mexico oil disaster began", April 2010) opens on its first day-dated key
  // event (the blast, 20 April) when that falls within the month: the month's box is drawn from the left edge, and
  // its first 19 days stood empty at 1280×720 (a few days are kept: the box and its label then begin in view)
  const firstDay = pool.find((i) => i.start >= core.start && i.end - i.start <= ARC_DAY_MS);
  if (core.first.end - core.first.start > ARC_DAY_MS && firstDay && firstDay.start < core.first.end && firstDay.start - core.start >= ARC_EMPTY_MS) {
    start = firstDay.start;
  }
  let from = core.last.start;
  for (const i of pool) {
    if (i.start <= from) continue;
    if (i.start - from > reach) break;
    from = i.start;
    end = Math.max(end, i.end);
  }
  from = start;
  for (let k = pool.length - 1; k >= 0; k--) {
    const i = pool[k];
    // a month-dated key event that overlaps the core is drawn from its edge: its start ("April 2010") is no key event
    if (i.start >= from || i.end > start) continue;
    if (from - i.start > reach) break;
    from = i.start;
    start = Math.min(start, i.start);
  }
  return { start, end };
}
