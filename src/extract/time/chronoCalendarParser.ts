/**
 * Calendar expressions found by chrono-node: "November 29, 2024", "29 November 2024", "Nov. 29",
 * "September 2023", "in June", "on Friday", "2024-06-19", "June 5-7".
 *
 * chrono resolves everything against a reference instant and fills in what the text does not say
 * ("June" → 1 June of some year). We keep only what the text says (chrono's *certain* components) and
 * resolve it ourselves, so precision is kept and nothing is ever resolved against today's date.
 * Relative wordings ("last month", "24 years ago", "yesterday") are left to deicticParser, which knows
 * their unit and precision; chrono's duration parsers ("in 24 years", "within two days") are dropped.
 */
// The English locale alone: chrono-node's index loads all of its 16 locales (about 270 modules, 0.5 CPU s of start-up
// under tsx, 0.13 s in a worker) for the same `casual` object.
import * as chrono from 'chrono-node/en';
import type { Component, ParsedComponents } from 'chrono-node';
import type { Anchor, Candidate, Direction } from './candidate';
import { isValidDay } from './calendar';

/** Any fixed instant: only chrono's implied components depend on it, and we ignore those. */
const FIXED_INSTANT = new Date(Date.UTC(2000, 5, 15, 12));

/**
 * chrono's casual English parsers that read dates off a calendar; the rest are deictic ("yesterday",
 * "last month"), durations ("in 24 years") or times of day. Parsers are chosen by what they read, not by
 * their class names: minifiers rename classes (the browser's worker bundle did, and dates lost their day
 * and month), but a parser's behaviour survives any bundler.
 */
const CALENDAR_PROBES = ['November 29, 2024', '29 November 2024', '2024-06-19', 'September 2023', 'on Friday', '6/19/2024', 'in June', '06/2024', '2024 June'];
const NOT_CALENDAR_PROBES = [
  'yesterday',
  'today',
  'tonight',
  'in 24 years',
  'within two days',
  '3 days ago',
  'at 10 am',
  '10:30',
  'next week',
  'last month',
  'end of this month',
];

/**
 * The probes of one kind as one text, each its own paragraph, so that no reading runs from one into the next.
 * (One parse per parser and kind, not one per probe: V8 compiles a pattern to machine code only once it has run it
 * more than once, and the probes, one at a time, ran each of chrono's eighteen patterns up to twenty times, so
 * that the nine large patterns dropped here were compiled for nothing: 0.1 CPU s in every thread, a fifth of a
 * worker's start. The parsers chosen are the same; time.test.ts asks each probe alone.)
 */
const probeText = (probes: string[]) => probes.join('.\n\n');

export function calendarParsers(source: chrono.Chrono): chrono.Chrono['parsers'] {
  const reads = (parser: chrono.Chrono['parsers'][number], text: string) => {
    const alone = source.clone();
    alone.parsers = [parser];
    alone.refiners = [];
    return alone.parse(text, FIXED_INSTANT).length > 0;
  };
  return source.parsers.filter((p) => reads(p, probeText(CALENDAR_PROBES)) && !reads(p, probeText(NOT_CALENDAR_PROBES)));
}

/** The probes one at a time (the test that the joined text chooses the same parsers). */
export const calendarProbes = { reads: CALENDAR_PROBES, doesNotRead: NOT_CALENDAR_PROBES, fixedInstant: FIXED_INSTANT };

/**
 * "The Philippine's Commission on Good Government ruled last May against a move of Neptunia to acquire 33 mln San
 * Miguel shares" (Reuters, 22 March 1987): chrono drops a "May" standing alone unless "in" comes right before it (the
 * modal verb), so "last May", "since May", "by early May" were never read, though "last March" was. monthNameRefiner.ts
 * decides for the three month names that are also words ("May", "March", "August") from the word before them, "last"
 * among them; chrono's filter keeps its say on everything else. Chosen by what it does, as the parsers are (a minifier
 * renames classes): the refiner that, alone, removes the "May" of "approved last May by".
 */
export function withMayLeftToRefiners(source: chrono.Chrono): chrono.Chrono['refiners'] {
  const probe = 'It was approved last May by the board.';
  const readsMay = (refiners: chrono.Chrono['refiners']) => {
    const alone = source.clone();
    alone.refiners = refiners;
    return alone.parse(probe, FIXED_INSTANT).some((r) => r.text.trim() === 'May');
  };
  if (!readsMay([])) return source.refiners;
  return source.refiners.map((refiner) =>
    readsMay([refiner])
      ? refiner
      : {
          refine: (context, results) => {
            const kept = refiner.refine(context, results);
            const mays = results.filter((r) => r.text.trim() === 'May' && !kept.includes(r));
            return mays.length ? [...kept, ...mays].sort((a, b) => a.index - b.index) : kept;
          },
        },
  );
}

/**
 * "IPF, which closed its Russian operations at the end of April, said ..." (Reuters, 8 May 2009): chrono's end-of-period
 * refiner reads "the end of April" as 30 April, a certain day, and the event was dated to a day the text does not name
 * (judged wrong: the sentence supports the month). A part of a month keeps the month's precision, as "early June" and
 * "late April" do (periodPrefixRefiner takes "the end of" into the span). Chosen by what it does, as the parsers are: the
 * refiner that, alone, gives "the end of April" a day.
 */
export function withoutEndOfPeriodDay(refiners: chrono.Chrono['refiners'], source: chrono.Chrono): chrono.Chrono['refiners'] {
  const probe = 'It closed the plant at the end of April.';
  const givesDay = (refiner: chrono.Chrono['refiners'][number]) => {
    const alone = source.clone();
    alone.refiners = [refiner];
    return alone.parse(probe, FIXED_INSTANT).some((r) => r.start.isCertain('day'));
  };
  return refiners.filter((r) => !givesDay(r));
}

const calendarChrono: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers = calendarParsers(c);
  c.refiners = withoutEndOfPeriodDay(withMayLeftToRefiners(c), c);
  return c;
})();

export function parseCalendarExpressions(text: string): Candidate[] {
  const results = calendarChrono.parse(text, { instant: FIXED_INSTANT, timezone: 0 }, { forwardDate: false });
  const out: Candidate[] = [];
  for (const parsed of results) {
    const r = withoutNumberAsYear(withoutCountAsDay(text, withoutFigureAsRangeEnd(parsed)));
    const anchor = anchorOf(r.start, r.end ?? null, r.text);
    if (!anchor) continue;
    // "Sun Microsystems", "Wed" in a table: news copy writes weekdays out in full.
    if (anchor.kind === 'weekday' && !FULL_WEEKDAY.test(r.text)) continue;
    // chrono takes in trailing punctuation and a dangling "of" ("January of this year"); an abbreviation's dot stays.
    const trimmed = r.text.replace(/\s+of$/i, '').replace(/[\s,.;:]+$/, (m) => (/^\.$/.test(m) && /\b[A-Z][a-z]{2,3}\.$/.test(r.text) ? m : ''));
    out.push({
      start: r.index,
      end: r.index + trimmed.length,
      anchor,
      source: 'chrono',
      // "between 23 and 28 April", "April 21-27", "22 April - 15 May": a span, read as its start (spanRefiner).
      rules: [`chronoCalendar:${anchor.kind}`, ...(r.end ? ['span'] : []), ...(thisWeekdayAhead(anchor, r.text) ? ['thisWeekdayAhead'] : [])],
      yearless: anchor.kind !== 'absolute',
    });
    // Numeric dates without a year ("9/11", "3/4 of the vote") are names or fractions in news copy:
    // style guides write dates out in running text.
    if (anchor.kind === 'monthDay' && /^\d/.test(r.text.trim()) && /\//.test(r.text)) out.pop();
  }
  return out;
}

/** A year as news writes one: four digits, or two after an apostrophe ("'09"). */
const WRITTEN_YEAR = /\d{4}|['’]\d{2}\b/;

/**
 * "measures affecting trade since March 1, 50 did so because of swine flu": chrono reads "March 1, 50" as 1 March
 * 2050. A number after the day that is not written as a year is the next clause's count; the date is "March 1".
 */
function withoutNumberAsYear(r: chrono.ParsedResult): chrono.ParsedResult {
  if (!r.start.isCertain('year') || WRITTEN_YEAR.test(r.text)) return r;
  const short = /^(.*?\d{1,2}(?:st|nd|rd|th)?)\s*,?\s*\d{1,3}$/.exec(r.text.trim());
  if (!short) return r;
  const again = calendarChrono.parse(short[1], { instant: FIXED_INSTANT, timezone: 0 }, { forwardDate: false })[0];
  if (again?.index !== 0 || again.start.isCertain('year')) return r;
  return Object.assign(Object.create(Object.getPrototypeOf(again)), again, { index: r.index });
}

/**
 * "In January, 2,012 vessels weighing a total of 52m tonnes operated under its flag": chrono reads "January, 2" as
 * 2 January; a day followed by ",012" is the start of a number written with a thousands separator. The date is "January".
 */
function withoutCountAsDay(text: string, r: chrono.ParsedResult): chrono.ParsedResult {
  if (!/^,\d{3}\b/.test(text.slice(r.index + r.text.length)) || !r.start.isCertain('day')) return r;
  const short = /^(.*?)[\s,]+\d{1,2}$/.exec(r.text);
  if (!short) return r;
  const again = calendarChrono.parse(short[1], { instant: FIXED_INSTANT, timezone: 0 }, { forwardDate: false })[0];
  if (again?.index !== 0) return r;
  return Object.assign(Object.create(Object.getPrototypeOf(again)), again, { index: r.index });
}

/**
 * "The WHO raised its pandemic alert on April 29 to 5 on the scale": chrono reads "April 29 to 5" as a range. A range
 * whose end is a bare day number before its start day is a figure after "to"; the date is "April 29".
 */
function withoutFigureAsRangeEnd(r: chrono.ParsedResult): chrono.ParsedResult {
  if (!r.end || r.end.isCertain('month') || !r.start.isCertain('day') || (r.end.get('day') ?? 0) > (r.start.get('day') ?? 0)) return r;
  const short = /^(.*?)\s*(?:to|[-–])\s*\d{1,2}$/.exec(r.text);
  if (!short) return r;
  const again = calendarChrono.parse(short[1], { instant: FIXED_INSTANT, timezone: 0 }, { forwardDate: false })[0];
  if (again?.index !== 0) return r;
  return Object.assign(Object.create(Object.getPrototypeOf(again)), again, { index: r.index });
}

const FULL_WEEKDAY = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

function anchorOf(start: ParsedComponents, end: ParsedComponents | null, text: string): Anchor | null {
  const certain = (k: Component) => start.isCertain(k);
  // "from June to August 2023": the start of a range takes its year from the end.
  const year = certain('year') ? start.get('year') : end?.isCertain('year') && certain('month') ? end.get('year') : null;
  const month = certain('month') ? start.get('month') : null;
  const day = certain('day') ? start.get('day') : null;
  const weekday = certain('weekday') ? start.get('weekday') : null;
  if (year !== null && month !== null && day !== null) {
    return isValidDay(year, month, day) ? { kind: 'absolute', date: { year, month, day } } : null;
  }
  if (year !== null && month !== null) return { kind: 'absolute', date: { year, month } };
  if (year !== null) return { kind: 'absolute', date: { year } };
  if (month !== null && day !== null) {
    return { kind: 'monthDay', month, day, weekday: weekday ?? undefined, direction: 'nearest' };
  }
  if (month !== null) return { kind: 'month', month, direction: directionOfModifier(text, 'past') };
  if (weekday !== null) return { kind: 'weekday', weekday, direction: THIS_WEEKDAY.test(text) ? 'future' : directionOfModifier(text, 'past') };
  return null; // a time of day alone ("at 10 a.m.") is not a date
}

/**
 * "The Angolan energy minister ... has yet to arrive in Vienna for this Thursday's meeting of the Organization of the
 * Petroleum Exporting Countries", Reuters of Sunday 31 May 2009; "plans to give his first-ever Oval Office speech to the
 * nation this Tuesday evening": news writes "this" before a weekday for the coming one (a day of this week gone by is
 * "on Thursday" or "last Thursday"), the day itself when it is today. Read as a bare weekday, it was the Thursday
 * before the paper (`thisWeekdayAhead`; resolveInDirection leaves it as written).
 */
const THIS_WEEKDAY = /^\s*(?:on\s+)?this\s/i;
const thisWeekdayAhead = (anchor: Anchor, text: string) => anchor.kind === 'weekday' && THIS_WEEKDAY.test(text);

/** "last Friday" / "next June" / "this Friday" → which way to look from the reference. */
function directionOfModifier(text: string, otherwise: Direction): Direction {
  if (/\b(?:last|past|previous)\b/i.test(text)) return 'strictPast';
  if (/\b(?:next|coming)\b/i.test(text)) return 'strictFuture';
  return otherwise;
}
