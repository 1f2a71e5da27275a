/**
 * The time stage: finds the temporal expressions of a text and resolves them against the document's
 * reference date (its publication date, at whatever precision is known).
 *
 * Shaped like chrono: parsers each recognise one kind of expression, refiners then adjust and filter
 * them, and one resolver turns them into ISO values. See ./time/ for each piece and the sentence it
 * was written for. Every expression lists the rules that made it, by name (`rules`), as chrono's parser
 * tags do: its parser's first, then each refiner that shaped it, then the direction it was resolved in.
 */
import type { Precision, TimeExpression } from './types';
import type { Candidate, CandidateParser, CandidateRefiner } from './time/candidate';
import { addDays, addMonths, formatPartialDate, parseReference } from './time/calendar';
import { dayLogOf, dayLogReference } from './time/dayLog';
import { parseCalendarExpressions } from './time/chronoCalendarParser';
import { parseBareYears } from './time/bareYearParser';
import { parseDeicticExpressions } from './time/deicticParser';
import { parseAnaphoricExpressions } from './time/anaphoricParser';
import { parseHolidays } from './time/holidayParser';
import { parseBusinessExpressions } from './time/businessParser';
import { parseWireDays } from './time/wireDayParser';
import { periodPrefixRefiner } from './time/periodPrefixRefiner';
import { monthNameRefiner } from './time/monthNameRefiner';
import { monthOfYearRefiner } from './time/monthOfYearRefiner';
import { yearRangeRefiner } from './time/yearRangeRefiner';
import { spanRefiner } from './time/spanRefiner';
import { coordinatedRefiner } from './time/coordinatedRefiner';
import { namedEventRefiner } from './time/namedEventRefiner';
import { notADateRefiner } from './time/notADateRefiner';
import { futureCueRefiner } from './time/futureCueRefiner';
import { ordinalNameRefiner } from './time/ordinalNameRefiner';
import { overlapRefiner } from './time/overlapRefiner';
import { lastWeekFromSunday, resolveRelativeDate } from './time/resolveRelativeDate';
import { narrativeYear } from './time/narrativeYear';
import { mondayOf } from '../schema/calendarDate';

const PARSERS: CandidateParser[] = [
  parseCalendarExpressions,
  parseBareYears,
  parseDeicticExpressions,
  parseAnaphoricExpressions,
  parseHolidays,
  parseBusinessExpressions,
  parseWireDays,
];

const REFINERS: CandidateRefiner[] = [
  monthNameRefiner,
  namedEventRefiner,
  periodPrefixRefiner,
  monthOfYearRefiner,
  yearRangeRefiner,
  // Before the overlap refiner: "Thu Apr 22, 2010" ruled a timestamp still keeps "2010" inside it from being read.
  notADateRefiner,
  // Before the overlap refiner: "April 8 - First Boston Corp" ends at "April 8", and "First" stays the name's.
  ordinalNameRefiner,
  overlapRefiner,
  // After the overlap refiner: the two ends of "from April to July" are the expressions kept.
  spanRefiner,
  // After the span refiner: "between 2000 and 2008" is a span, "of 1957 and 1968" two dates.
  coordinatedRefiner,
  futureCueRefiner,
];

/**
 * Something that reads as a date but gives no date of a happening, with the rules that said so ("presentReference").
 * Its value is what it would say as a time expression ("now" is the reference day, as TimeML's annotators read it),
 * for tools that measure the tagger itself; the build never dates a happening by it.
 */
export type RejectedExpression = Pick<TimeExpression, 'text' | 'start' | 'end' | 'value' | 'precision' | 'rules'>;

/**
 * @param text the text to tag; offsets of the result point into it
 * @param reference the publication date as ISO at its precision ("2024-11-30", "2024-06", "2024") or null
 * @returns non-overlapping expressions sorted by start; never "now", a futures contract month or a page timestamp
 */
export function findTimeExpressions(text: string, reference: string | null): TimeExpression[] {
  return explainTimeExpressions(text, reference).expressions;
}

/** The expressions, and what was read and set aside as no date of a happening, with the rule that set it aside. */
export function explainTimeExpressions(text: string, reference: string | null): { expressions: TimeExpression[]; rejected: RejectedExpression[] } {
  const ref = parseReference(reference);
  let candidates: Candidate[] = PARSERS.flatMap((parse) => parse(text));
  for (const refine of REFINERS) candidates = refine(text, candidates);
  candidates = liveBlogTimes(text, candidates, ref?.year ?? null);
  const log = dayLogOf(text, candidates, ref);
  const out: TimeExpression[] = [];
  const rejected: RejectedExpression[] = [];
  for (const c of candidates) {
    const span = { text: text.slice(c.start, c.end), start: c.start, end: c.end };
    if (c.notADate) {
      const reading = c.anchor.kind === 'anaphoric' ? null : resolveRelativeDate(c.anchor, ref);
      rejected.push({ ...span, value: reading?.value ?? null, precision: reading?.precision ?? 'day', rules: c.rules });
      continue;
    }
    if (c.anchor.kind === 'anaphoric') {
      const counted = resolveAnaphoricDate(c.anchor, c.start, out, text, c.rules);
      if (counted === 'anaphora:sentence-between' || counted === 'anaphora:quoted-antecedent') {
        rejected.push({ ...span, value: null, precision: 'day', rules: [...c.rules, counted] });
        continue;
      }
      if (counted) out.push({ ...span, ...counted, rules: [...c.rules, 'countedFromDateBefore'] });
      else if (c.anchor.fallback) {
        // "Shares fell 17% on the day" with no date before it: the report's own day; "a year earlier": the year before it.
        const resolved = resolveRelativeDate(asOffset(c.anchor), ref);
        if (resolved) out.push({ ...span, ...resolved, rules: [...c.rules, 'countedFromReference'] });
      }
      continue;
    }
    // "Dome submitted a complex proposal earlier this month", Reuters of 1 April 1987: nothing told on the first day of a
    // month happened earlier in that month (nor "earlier this year" on 1 January); the writer counted from the day before,
    // which the text does not give (`earlierOnFirstDay`, set aside).
    if (earlierOnFirstDay(c, span.text, ref)) {
      rejected.push({ ...span, value: null, precision: 'day', rules: [...c.rules, 'earlierOnFirstDay'] });
      continue;
    }
    // (A weekday of a day log's later entry counts from that entry's day: time/dayLog.ts.)
    const entry = dayLogReference(log, c, ref);
    if (entry && entry.ref === null) {
      const reading = resolveRelativeDate(c.anchor, ref);
      rejected.push({ ...span, value: reading?.value ?? null, precision: reading?.precision ?? 'day', rules: [...c.rules, entry.rule] });
      continue;
    }
    // ("In June of that awful year [1918] ... In November, when the second deadly wave ... swept through Britain": the
    // story's year, time/narrativeYear.ts.)
    const story = entry ? null : narrativeYear(text, c, out, ref);
    if (story) {
      out.push({ ...span, ...story, rules: [...c.rules, 'narrativeYear'] });
      continue;
    }
    const resolved = resolveRelativeDate(c.anchor, entry?.ref ?? ref);
    if (!resolved) continue;
    if (entry) {
      out.push({
        ...span,
        ...resolved,
        ...(entry.ref ? { entryDay: formatPartialDate(entry.ref) } : {}),
        rules: [...c.rules, ...directionRule(c), entry.rule],
      });
      continue;
    }
    // "In the week of May 17, Coast Guard officials found tar balls": the text gives the week, not the day.
    const week = resolved.precision === 'day' && resolved.value ? WEEK_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start)) : null;
    if (week) {
      const start = c.start - week[0].length;
      out.push({
        text: text.slice(start, c.end),
        start,
        end: c.end,
        ...resolved,
        value: mondayOf(resolved.value!),
        precision: 'week',
        rules: [...c.rules, ...directionRule(c), 'weekOf'],
      });
      continue;
    }
    // ("A federal court last week lifted a six-month drilling ban", Reuters of Sunday 4 July 2010, whose lede says "A
    // supertanker ... began tests Saturday": written on the Saturday, its "last week" counts from that day, the week of
    // 21 June, when the ban was lifted; `lastWeekFromLedeSaturday`.)
    if (lastWeekFromSunday(c.anchor, ref) && ledeTellsSaturday(text)) {
      const saturday = addDays({ year: ref!.year, month: ref!.month!, day: ref!.day! }, -1);
      const fromSaturday = resolveRelativeDate(c.anchor, saturday);
      if (fromSaturday) {
        out.push({ ...span, ...fromSaturday, rules: [...c.rules, ...directionRule(c), 'lastWeekFromLedeSaturday'] });
        continue;
      }
    }
    out.push({ ...span, ...resolved, rules: [...c.rules, ...directionRule(c), ...(lastWeekFromSunday(c.anchor, ref) ? ['lastWeekFromSunday'] : [])] });
  }
  return { expressions: out, rejected };
}

/**
 * A Sunday paper's lede that tells its news as "Saturday" ("began tests Saturday"; not "last Saturday") and names no
 * "Sunday", "today" or "tonight" was written on the Saturday: a wire story filed overnight. The lede is the first
 * sentence (at most its first 400 characters): a Saturday told only after it is background to a news of the Sunday
 * itself ("Engineers from the British oil firm BP are scrambling to find a way to contain oil ... A containment device
 * ... had to be moved on Saturday", BBC of Sunday 9 May 2010, whose "A sheen of oil began washing ashore ... last
 * week" is the week of 3 May).
 */
function ledeTellsSaturday(text: string): boolean {
  const lede = firstSentence(text.slice(0, 400));
  return /(?<!\b(?:last|past|next|this)\s+)\bSaturday\b/.test(lede) && !/\b(?:Sunday|today|tonight)\b/i.test(lede);
}

/**
 * The text up to its first full stop after a lower-case word or a figure ("... top executives."); a stop after a capital
 * ("U.S.", "Bob Laura/U.") ends an abbreviation, not the sentence.
 */
function firstSentence(text: string): string {
  const end = /[a-z0-9)%'"’”]\.(?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 2) : text;
}

/** "earlier this month", "earlier in the year" read on the first day of that month or year. */
function earlierOnFirstDay(c: Candidate, written: string, ref: ReturnType<typeof parseReference>): boolean {
  if (ref?.day !== 1 || c.anchor.kind !== 'offset' || c.anchor.amount !== 0 || !/^earlier\b/i.test(written)) return false;
  return c.anchor.unit === 'month' || (c.anchor.unit === 'year' && ref.month === 1);
}

/** "the week of May 17", "the week of 7 June": a day that names its week. */
const WEEK_OF_BEFORE = /\b(?:the\s+)?week\s+of\s+$/i;

/** A live blog's entries open with the clock time written as four digits: "2059: Media critic Howard Kurtz tweets". */
const ENTRY_CLOCK = /(?:^|\n)[ \t]*(\d{4}):\s/g;

/**
 * "2003: Mr Obama opens by chronicling his response to the spill" in a live blog of 15 June 2010 is 20:03, not the year
 * 2003 (rule `liveBlogTime`, set aside like a page timestamp). A page whose lines open with three or more such numbers,
 * every one a clock time (hours to 23, minutes to 59) and one of them a year after the page's own ("2059:"), is a live
 * blog: a list of past years ("1918: The Spanish flu ... 1957: ... 1968: ...") has none after its page's year.
 */
function liveBlogTimes(text: string, candidates: Candidate[], year: number | null): Candidate[] {
  if (year === null) return candidates;
  const entries = [...text.matchAll(ENTRY_CLOCK)].map((m) => ({ at: m.index + m[0].indexOf(m[1]), value: Number(m[1]) }));
  const clock = (v: number) => Math.floor(v / 100) <= 23 && v % 100 <= 59;
  if (entries.length < 3 || !entries.every((e) => clock(e.value)) || !entries.some((e) => e.value > year)) return candidates;
  const at = new Set(entries.map((e) => e.at));
  return candidates.map((c) => (c.source === 'bareYear' && at.has(c.start) ? { ...c, rules: [...c.rules, 'liveBlogTime'], notADate: 'liveBlogTime' } : c));
}

function directionRule(c: Candidate): string[] {
  const a = c.anchor;
  return a.kind === 'month' || a.kind === 'weekday' || a.kind === 'monthDay' ? [`direction:${a.direction}`] : [];
}

function asOffset(anchor: Extract<Candidate['anchor'], { kind: 'anaphoric' }>): Candidate['anchor'] {
  const precision: Precision = anchor.unit;
  return { kind: 'offset', unit: anchor.unit, amount: anchor.amount, precision };
}

/** The sentence ends in a stretch of text: a full stop, question or exclamation mark before a capitalised word. */
function sentenceEnds(stretch: string): number {
  return [...stretch.matchAll(/[.!?]["”’)]?\s+["“(]?\p{Lu}/gu)].length;
}

/** The offset lies inside a quotation of its paragraph: an odd number of straight double quotes, or more opening than closing curly ones, before it. */
function insideQuote(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const straight = (line.match(/"/g) ?? []).length;
  const opening = (line.match(/“/g) ?? []).length;
  const closing = (line.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opening > closing;
}

/** How far back (in characters) "later that year" looks for the date it counts from: the sentence or two before. */
const ANAPHORA_REACH = 400;

/**
 * "later that year" after "collapsed in February 2020" is 2020: the date written just before, shifted by the
 * expression's amount at its unit. Nothing is guessed when that date is too far back, unresolved, or coarser
 * than the unit ("the next day" after "in 2020").
 */
function resolveAnaphoricDate(
  anchor: Extract<Candidate['anchor'], { kind: 'anaphoric' }>,
  at: number,
  before: TimeExpression[],
  text: string,
  rules: string[],
): Pick<TimeExpression, 'value' | 'precision' | 'basis' | 'countedFrom'> | 'anaphora:sentence-between' | 'anaphora:quoted-antecedent' | null {
  const antecedent = before[before.length - 1];
  if (!antecedent || at - antecedent.end > ANAPHORA_REACH) return null;
  // "... according to a memo released by two lawmakers Tuesday. The document describes ... but work proceeded anyway.
  // The rig exploded about two hours later.": hours or days later count from the happening told just before, and a
  // whole sentence between the date and the expression tells another one (here the blowout of 20 April, undated).
  // Hours or days later are counted only from a date in the same sentence or the one before (rule
  // `anaphora:sentence-between`); "the same day", "that day" name the day told, however far back.
  // (Years, months and weeks too: "When the penalty clause was introduced ... by Senator Joseph Lieberman 16 years
  // earlier", two sentences after "a spill in Prudhoe Bay in 2006", gave 1990 from a date no reader of the sentence
  // sees, counted from another happening; "A year earlier, the HSE issued an improvement notice" after a quote the same.)
  const elapsed = rules.includes('anaphoric:hoursLater') || rules.includes('anaphoric:unitsLaterEarlier');
  // (The expression's first letter counts too: a sentence that opens with it, "...their safety.\"\nA year earlier, the
  // HSE issued ...", ends the one before at that letter.)
  if (elapsed && sentenceEnds(text.slice(antecedent.end, at + 1)) > 1) return 'anaphora:sentence-between';
  // ("'... I'm ashamed of what happened in the White House yesterday,' Barton told Hayward. Hours later, Barton retracted
  // his statement": the speaker's "yesterday" names what the quote talks of, not the moment the story had reached, the
  // hearing; hours after it is no day a reader can tell, `anaphora:quoted-antecedent`.)
  if (elapsed && insideQuote(text, antecedent.start)) return 'anaphora:quoted-antecedent';
  const date = parseReference(antecedent.value);
  if (!date) return null;
  const precision: Precision = anchor.unit;
  let value: string;
  if (precision === 'year') value = formatPartialDate({ year: date.year + anchor.amount });
  else if (precision === 'month') {
    if (date.month === undefined) return null;
    value = formatPartialDate(addMonths(date.year, date.month, anchor.amount));
  } else {
    if (date.month === undefined || date.day === undefined) return null;
    // "the next day" after "last week": a week's Monday is no day of its own to count from.
    if (precision === 'day' && antecedent.precision === 'week') return null;
    const shifted = addDays({ year: date.year, month: date.month, day: date.day }, anchor.amount * (precision === 'week' ? 7 : 1));
    // "the following week", "two weeks later": the week of the day counted to, as "last week" is (deicticParser).
    value = precision === 'week' ? mondayOf(formatPartialDate(shifted)) : formatPartialDate(shifted);
  }
  return { value, precision, basis: 'relative', countedFrom: antecedent.text };
}

/**
 * Re-reads one expression in the direction the tense of its clause gives: "early June" in a future-tense clause of
 * a May article is next June ('future'), in a past-tense clause last June ('past'). Only a month, weekday or
 * month-day without a year and without its own "last" / "next" / "this" changes; anything else (an explicit date,
 * "yesterday", "last Friday", "later that year") comes back as it was. The result's rules end with `tense:past` or
 * `tense:future`; its offsets and text are the expression's own.
 *
 * @param expression an expression found by findTimeExpressions in the same document
 * @param direction the tense of the clause the expression dates
 * @param reference the reference date findTimeExpressions was given (the document's publication date)
 */
export function resolveInDirection(expression: TimeExpression, direction: 'past' | 'future', reference: string | null): TimeExpression {
  if (expression.basis === 'explicit' || expression.countedFrom) return expression;
  const rule = expression.rules.find((r) => r.startsWith('direction:') || r.startsWith('tense:'));
  // "last Friday", "next June", "this Wednesday": the text fixes the direction.
  if (!rule || rule === 'direction:strictPast' || rule === 'direction:strictFuture' || expression.rules.includes('thisWeekdayAhead')) return expression;
  const candidate = reparse(expression.text);
  if (!candidate) return expression;
  const a = candidate.anchor;
  if (a.kind !== 'month' && a.kind !== 'weekday' && a.kind !== 'monthDay') return expression;
  if (a.direction === 'strictPast' || a.direction === 'strictFuture') return expression;
  const resolved = resolveRelativeDate({ ...a, direction }, parseReference(reference));
  if (!resolved) return expression;
  const rules = [...expression.rules.filter((r) => !r.startsWith('direction:') && !r.startsWith('tense:') && r !== 'futureCue'), `tense:${direction}`];
  const out: TimeExpression = { ...expression, value: resolved.value, precision: resolved.precision, basis: resolved.basis, rules };
  if (resolved.constraint) out.constraint = resolved.constraint;
  else delete out.constraint;
  return out;
}

/** The one candidate that spans an expression's whole text, read on its own. */
function reparse(text: string): Candidate | null {
  let candidates: Candidate[] = PARSERS.flatMap((parse) => parse(text));
  for (const refine of [periodPrefixRefiner, monthOfYearRefiner, overlapRefiner]) candidates = refine(text, candidates);
  const whole = candidates.filter((c) => c.start <= (/^\s*(?:on|in|by)\s+/i.exec(text)?.[0].length ?? 0) && c.end >= text.trimEnd().length);
  return whole.length === 1 ? whole[0] : null;
}
