/**
 * Expressions that read as dates but give no date of a happening, each by a named rule:
 * - presentReference: "now", "currently", "at present" ("Obama is now being forced to show he is in command") state
 *   the present of the report, never the day something happened.
 * - contractMonth: a futures contract is named by its delivery month: "U.S. April crude rose 50 cents", "July Brent",
 *   "December gold", "the front-month contract for May delivery".
 * - pageTimestamp: the page's own clock: "13 July 2010 Last updated at 09:43 GMT", "HOUSTON | Thu Apr 22, 2010 7:30 pm
 *   EDT", "By Michael Cavna | June 15, 2010; 9:10 AM ET", "Posted: June 13, 2010 3:39 AM".
 * - outletName: a weekday in a newspaper's or a programme's name: "BP has started canvassing shareholders ..., the
 *   Sunday Times reported" (the judges dated the canvassing by "Sunday"), "the Mail on Sunday". An outlet's name
 *   never dates what it reports.
 * - periodEnd: the last day of a period a figure covers: "for the year ended December 31", "in the week ended March 6",
 *   "during the eight days ending last Sunday", "in the six months to June 30".
 * - holidayWeekday: a weekday a holiday's name opens ("On Easter Monday, the tanker broke into two pieces", "Good
 *   Friday"): a holiday whose day moves with the year, not the last such weekday before the report.
 * - indefiniteWeekday: "on a recent Wednesday morning", "one Sunday": some day of that name, not a known one.
 * - fiscalYear: "earned 12.5 mln dlrs in fiscal 1986": a fiscal year, not the calendar year of its number.
 * - ordinalOfPeriod: "March first quarter sales": "first" counts the quarter, not the day of March.
 * - weeklyNoun: "on Sunday talk shows", "at Friday prayers": after a preposition, the weekday names which shows or
 *   prayers (those of every such day), not the day of a happening.
 * - shipmentPeriod: "wheat for April shipment", "coffee for May/June shipment": the month the goods are to move, no
 *   date of the sale or the purchase.
 * - deliveryPeriod: "sold 18,000 tonnes of barley to Greece for delivery from Mediterranean ports from April 14 to 30":
 *   a date inside a phrase headed by the goods' delivery or shipment is the moving's, no date of the sale.
 *
 * These are marked `notADate` and left out after the overlap refiner (so "2010" inside a timestamp is not read either).
 *
 * One rule flags a date and keeps it:
 * - comparisonBaseline: the other side of a comparison or record: "the lowest since 1999", "the first strike by the
 *   union since 1977", "up 20% compared with 2008", "to levels well below this time last year". The year is a fact of the sentence, but no date of its happening.
 * - boundedOffset: "more than three months ago", "within two weeks": a bound of when, not a date (the month of
 *   "three months ago" is not the month of "more than three months ago").
 * - approximateYearsAgo: "nearly 570 years ago", "almost two decades ago": a rounded count of ten years or more, no one year.
 * - decadesAgo: "a decade ago", "two decades ago": a count in decades is a round figure, no one year.
 * - roundYearsAgo: "20 years ago", "thirty years ago": a count of years in whole tens is as round, no one year.
 * - yearInName: a year that ends a proper name after "of": "withdrew the offer when higher bids emerged and due to
 *   complications of the Tax Reform Act of 1986" (Reuters, March 1987; the withdrawal was dated 1986 by the Act's name),
 *   "the Class of 1986". The year is the named thing's (the Act's passing); events.ts dates by it only a clause that
 *   makes that thing ("Congress passed the Oil Pollution Act of 1990"), `date:year-in-a-name`.
 * - quarterNamedByMonth: "total debt fell to 32.94 billion N.Z. Dlrs in the December quarter" (Reuters, March 1987): a
 *   month right before "quarter" names the three months that end with it, not that month; events.ts dates by its year
 *   (`date:year-of-a-quarter`).
 */
import type { Candidate, CandidateRefiner } from './candidate';
import { withRule } from './candidate';
import {
  APPROXIMATE_COUNTS,
  COMMODITY_DATA_NOUNS,
  COMPARISON_LEADS,
  MONTH_NAMES,
  PERIOD_PARTS,
  SEASONS,
  TIMES_OF_A_YEAR,
  CONTRACT_MONTH_NOUNS,
  HOLIDAY_WEEKDAY_WORDS,
  CONTRACT_QUALIFIERS,
  CONTRACT_WORDS_NOT_COMMODITIES,
  OFFSET_BOUNDS,
  OUTLET_NAME_WORDS,
  OUTLETS_ON_WEEKDAY,
  RECORD_WORDS,
  SHIPMENT_PERIOD_NOUNS,
  DELIVERY_PHRASE_NOUNS,
  MONTH_NAME_PATTERN,
  MONTH_ABBREVIATION_PATTERN,
  TIME_ZONES,
  TIMESTAMP_LEADS,
  WEEKLY_NOUNS,
  WEEKDAY_NAME_PATTERN,
} from '../lexicon/time';
import escapeStringRegexp from 'escape-string-regexp';

const asPattern = (s: string) => escapeStringRegexp(s).replace(/ /g, '\\s+');
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join('|');

/** A month that a slash joins to another, as a delivery period is written: "April/May", "Aug/Sept", "Oct/Dec". */
const MONTH_PAIR_AFTER = new RegExp(`^/(?:${MONTH_ABBREVIATION_PATTERN})[a-z]*\\.?(?![\\w/])`, 'i');
const MONTH_PAIR_BEFORE = new RegExp(`(?:^|[^\\w/])(?:${MONTH_ABBREVIATION_PATTERN})[a-z]*\\.?/$`, 'i');
const QUALIFIER = `(?:(?:${alternatives(CONTRACT_QUALIFIERS)})\\s+)*`;
/** After the month: "[U.S.] crude", "light sweet crude", "futures", "delivery", "contract". */
const CONTRACT_AFTER = new RegExp(`^\\s+${QUALIFIER}(${alternatives(CONTRACT_MONTH_NOUNS)})\\b(?:\\s+([a-z]+))?`, 'i');
/** Before the month: "U.S. April crude", "Nymex July", "the front-month contract for May delivery". */
const CONTRACT_BEFORE = new RegExp(`\\b(?:${alternatives(CONTRACT_QUALIFIERS)}|front-month|contract\\s+for|for)\\s+$`, 'i');
/**
 * A commodity and "for" before the month: "Unleaded gasoline for April finished 0.55 cent higher to 51.24 cts a gallon",
 * "Heating oil for April rose", "Brent for May" (Reuters commodity copy of 5 Mar 1987, dated April 1986 by the month).
 * ("futures", "contract", "delivery" before "for May" are found above.)
 */
const COMMODITY_FOR_BEFORE = new RegExp(`\\b(?:${alternatives(CONTRACT_MONTH_NOUNS.filter((w) => !CONTRACT_WORDS_NOT_COMMODITIES.has(w)))})\\s+for\\s+$`, 'i');

/**
 * After a month: the goods' moving it names, alone or as the first of a run of months: " shipment", "/June shipment",
 * " to June shipment" (`shipmentPeriod`).
 */
const SHIPMENT_AFTER = new RegExp(
  `^(?:\\s*(?:/|-|–|\\bto\\b|\\bthrough\\b)\\s*(?:${MONTH_NAME_PATTERN})\\.?)?\\s+(?:${alternatives(SHIPMENT_PERIOD_NOUNS)})\\b`,
  'i',
);

/**
 * A phrase of "for" or "with" headed by the goods' moving, run up to the date without a comma or a clause's end: "for
 * delivery from Mediterranean ports from ", "for shipment ", "with delivery in " (`deliveryPeriod`).
 */
const DELIVERY_PHRASE_BEFORE = new RegExp(`\\b(?:for|with)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternatives(DELIVERY_PHRASE_NOUNS)})\\b[^,;:.()]{0,60}$`, 'i');

/** A clock time as a page prints it: "7:30 pm EDT", "9:10 AM ET", "09.05 BST": with a.m./p.m. or a zone. */
const CLOCK = `\\d{1,2}[:.]\\d{2}\\s*(?:[aApP]\\.?[mM]\\.?(?:\\s*(?:${TIME_ZONES.join('|')})\\b)?|(?:${TIME_ZONES.join('|')})\\b)`;
/** Right after the date: ", 7:30 pm EDT", "; 9:10 AM ET", " 09.05 BST". Not "at 9:45 p.m.": that is prose. */
const CLOCK_AFTER = new RegExp(`^[,;]?\\s+${CLOCK}`);
/**
 * A dash and a clock, then the byline's bar: "July 15, 2010 - 7:48 AM | by: Jonathan Serrie Pressure testing ... ran
 * into a snag overnight when BP discovered a leak" (Fox News; the day dated the leak, found the night before). Not a
 * timeline's entry, "April 20, 2010 - 9:45 p.m.: gas surged up the well", which has no bar or byline after its clock.
 */
const DASH_CLOCK_AFTER = new RegExp(`^\\s+[-–—]\\s+${CLOCK}\\s*(?:\\||[Bb]y\\b)`);
/** Before the date: "10:21 AM EDT, Sat ". */
const CLOCK_BEFORE = new RegExp(`${CLOCK},?\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?$`);
/** What opens a timestamp: the start of its line, a "|" separator, or "Updated" / "Posted" / "Last updated at". */
const TIMESTAMP_LEAD = new RegExp(`(?:^|\\|)\\s*$|\\b(?:${alternatives(TIMESTAMP_LEADS)})(?:\\s+(?:at|on))?\\s*:?\\s*$`, 'i');
/** "13 July 2010 Last updated at 09:43 GMT": a page's label, capitalised ("officials on Tuesday posted notices" is prose). */
const TIMESTAMP_AFTER = new RegExp(`^\\s*(?:${alternatives(TIMESTAMP_LEADS.map((w) => w[0].toUpperCase() + w.slice(1)))})\\b`);
/** A machine's date, as pages print their own: "Thu Apr 22, 2010", "Jul 18, 2010" (an abbreviated name without its period). */
const MACHINE_DATE = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?,?\s|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d)/;

/** "the Sunday Times", "Sunday Telegraph" (case-sensitive: "on Sunday morning" is a date). */
const OUTLET_AFTER = new RegExp(`^\\s+(?:${alternatives(OUTLET_NAME_WORDS)})\\b`);
/** "the Mail on Sunday", "the Independent on Sunday". */
const OUTLET_BEFORE = new RegExp(`\\b(?:${alternatives(OUTLETS_ON_WEEKDAY)})\\s+$`);
/** "Easter Monday", "Good Friday" (case-sensitive: "a good Friday for stocks" is a date). */
const HOLIDAY_BEFORE = new RegExp(`\\b(?:${alternatives(HOLIDAY_WEEKDAY_WORDS)})\\s+$`);
/** A weekday written alone, as a name's word is (the tagger may take "on" with it). */
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAY_NAME_PATTERN})$`);
/** "Sunday talk shows", "Sunday morning talk shows": lower case, right after the weekday (weeklyNoun). */
const WEEKLY_NOUN_AFTER = new RegExp(`^\\s+(?:(?:morning|afternoon|evening|night)\\s+)?(?:${alternatives(WEEKLY_NOUNS)})\\b`);
/** "a decade ago", "two decades ago" (decadesAgo). */
const DECADES_AGO = /\bdecades?\s+ago$/i;
/** "20 years ago", "thirty years ago" (roundYearsAgo). */
const YEARS_AGO = /\byears\s+ago$/i;

const SINCE_BEFORE = /\bsince\s+$/i;
const RECORD_BEFORE = new RegExp(`\\b(?:${alternatives(RECORD_WORDS)})\\b[^.;!?]{0,70}\\bsince\\s+$`, 'i');
const COMPARISON_BEFORE = new RegExp(`\\b(?:${alternatives(COMPARISON_LEADS)})\\s+$`, 'i');
/**
 * "The company reported a loss of 2.3 mln dlrs for the year ended December 31", "imports fell in the week ended March 6",
 * "exports averaged one mln bpd during the eight days ending last Sunday", "profit in the six months to June 30": the last
 * day of a period a figure covers (Reuters business copy), no day anything happened on; read as a clause's date it
 * made "A loss of 2.3 mln dlrs ended" a happening of 31 December. Only in a phrase of "for", "in", "during", "of", "over"
 * or "through": "After the emergency claims filing period ended Tuesday, Feinberg outlined ..." tells the end itself.
 * Wire copy writes the period's last month as "end-December": "Hydraulic reported 4.3 mln dlrs pretax profit in the
 * year to end-December 1986 on sales of 53.2 mln" (Reuters, 16 June 1987) covers the year; nothing happened in December.
 */
const PERIOD_END_BEFORE =
  /\b(?:for|in|during|of|over|through)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:year|years|quarter|quarters|half|period|periods|week|weeks|month|months|days)\s+(?:ended|ending|to)\s+(?:on\s+|end-)?$/i;
/**
 * "Lukman said ... consumers had heavily drawn on stocks ... to levels well below this time last year": "this time" of
 * another year after a word of comparison is the other side of the comparison (audit of the Reuters first look dated the
 * drawing 1986). ("At this time last year, prices collapsed" dates its clause: "at" places, it does not compare.)
 */
const COMPARED_TIME_BEFORE = /\b(?:below|above|than|from|with|to|versus|over)\s+(?:at\s+)?(?:this|the\s+same)\s+time\s+$/i;
const OFFSET_BOUND_BEFORE = new RegExp(`\\b(?:${alternatives(OFFSET_BOUNDS)})\\s+$`, 'i');
const APPROXIMATE_BEFORE = new RegExp(`\\b(?:${alternatives(APPROXIMATE_COUNTS)})\\s+$`, 'i');
/** From this many years back, a count with "nearly" or "about" is a rounded figure (approximateYearsAgo). */
const ROUNDED_YEARS = 10;

export const notADateRefiner: CandidateRefiner = (text, candidates) => candidates.map((c) => judge(text, c));

function judge(text: string, c: Candidate): Candidate {
  const before = text.slice(Math.max(0, c.start - 80), c.start);
  // The line up to the date, when it is short enough to be a timestamp's lead ("HOUSTON | ", "Posted by: x | ").
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  const lineBefore = c.start - lineStart <= 80 ? text.slice(lineStart, c.start) : `x${before}`;
  const after = text.slice(c.end, c.end + 60);
  const written = text.slice(c.start, c.end);
  if (c.rules[0] === 'deictic:present') return reject(c, 'presentReference');
  if (BARE_WEEKDAY.test(written)) {
    // The words before "on Sunday", wherever the tagger put "on".
    const beforeOn = /^on\s/.test(written) ? before : /\bon\s+$/.test(before) ? before.replace(/\bon\s+$/, '') : null;
    if (OUTLET_AFTER.test(after) || (beforeOn !== null && OUTLET_BEFORE.test(beforeOn))) return reject(c, 'outletName');
    // ("On Easter Monday, the tanker broke into two pieces": a holiday whose day moves, of a year the sentence does not
    // give; never the last Monday before the report.)
    if (!/^on\s/i.test(written) && HOLIDAY_BEFORE.test(before)) return reject(c, 'holidayWeekday');
    // "as politicians began kibitzing about rig mechanisms on Sunday talk shows": "on" governs "Sunday talk shows",
    // the shows of every Sunday; no Sunday is the day of the kibitzing.
    // ("Monday morning newspapers' editorials barely raised the usual alarm", with no preposition before it, are that
    // Monday's.)
    const governed = /^(?:on|at|during)\s/i.test(written) || /\b(?:on|at|during)\s+$/i.test(before);
    if (governed && WEEKLY_NOUN_AFTER.test(after)) return reject(c, 'weeklyNoun');
    // ("On a recent Wednesday morning, Pointer pulled his SUV up to a dock": "a Wednesday" is some Wednesday, never
    // the last one before the report.)
    // (Not "a Monday safety luncheon": a noun after the weekday is the thing of that day, a date of its own.)
    if (
      /\b(?:a|one|an|any|some)\s+(?:(?:recent|certain|typical|given|particular|single|late|early)\s+)?$/i.test(before) &&
      /^(?:\s+(?:morning|afternoon|evening|night))?(?:\s*[,.;:!?)]|\s+(?:in|at|on|when|and|last|this|that|before|after|of|he|she|they|we|i)\b)/i.test(after)
    )
      return reject(c, 'indefiniteWeekday');
  }
  if (c.anchor.kind === 'month' && isContractMonth(before, after)) return reject(c, 'contractMonth');
  // ("April/May butter went at 2.27 times New York May, June/July at 4,400 and 4,415 dlrs", Reuters cocoa review of 26
  // February 1987, dated April 1986 by the month: two months joined by a slash name a delivery period of the goods, no
  // month anything happened in; not after "in" or "during", which may place a happening over the two months.)
  // ("In the July/September quarter, GNP rose 0.6 pct from the previous three months", Reuters of 1987: a pair before
  // "quarter" names the quarter, dated by its year as `quarterNamedByMonth` below.)
  const pair = MONTH_PAIR_AFTER.exec(after);
  // ("Argentine Vegetable oils shipments during January/November 1986 totalled 1,693,951 tonnes", Reuters of 1987,
  // dated January 1987: a pair of months with a year after it is the span from the first to the second in that year;
  // the first month alone is no date (`monthPairSpan`; the second, with the year, ends the span: events.ts
  // `date:end-of-a-month-range`).)
  if (c.anchor.kind === 'month' && pair && /^\s*,?\s*(?:19|20)\d\d\b/.test(after.slice(pair[0].length))) return reject(c, 'monthPairSpan');
  if (c.anchor.kind === 'month' && pair && /^\s+quarters?\b/i.test(after.slice(pair[0].length))) return withRule(c, 'quarterNamedByMonth');
  if (c.anchor.kind === 'month' && (pair || MONTH_PAIR_BEFORE.test(before)) && !/\b(?:in|during|through|throughout)\s+$/i.test(before))
    if (!/^\s+quarters?\b/i.test(after)) return reject(c, 'deliveryMonthPair');
  // ("Egypt bought 200,000 tonnes of soft or white wheat for April shipment": the goods move in April; nothing was
  // bought then.)
  if (
    (c.anchor.kind === 'month' || (c.anchor.kind === 'absolute' && c.anchor.date.month !== undefined && c.anchor.date.day === undefined)) &&
    SHIPMENT_AFTER.test(after)
  )
    return reject(c, 'shipmentPeriod');
  // ("Sesostris ... sold 18,000 tonnes of barley to Greece for delivery from Mediterranean ports from April 14 to 30",
  // Reuters of 7 April 1987: the date the goods move, in the phrase of their delivery; the sale was made before it.)
  if (DELIVERY_PHRASE_BEFORE.test(before)) return reject(c, 'deliveryPeriod');
  // "Acme said it earned 12.5 mln dlrs in fiscal 1986", "fiscal 1987 sales", "in fiscal year 1986": a company's fiscal
  // year is named by the calendar year it ends in and may begin in the one before; read as that calendar year it dates a
  // result, or anything done "in fiscal 1986", by a year the text does not give. (A result of a fiscal year is dated by
  // the report that tells it, or not at all.)
  if (c.anchor.kind === 'absolute' && c.anchor.date.month === undefined && FISCAL_BEFORE.test(before)) return reject(c, 'fiscalYear');
  // "Acme said March first quarter sales rose": chrono reads "March first" as a day; an ordinal before "quarter" or
  // "half" counts the period, it is no day of the month.
  if (c.anchor.kind === 'monthDay' && /\b(?:first|second|third|fourth)$/i.test(written) && /^(?:\s+|-)(?:quarter|half)\b/i.test(after))
    return reject(c, 'ordinalOfPeriod');
  // ("Heavy rains fell again in Argentina's main grain growing areas in the week to yesterday", Reuters of 11 March
  // 1987: a day named from the report, "yesterday" or "today", may end the period too; no single day of it is the rain's.)
  const dayFromReport = c.anchor.kind === 'offset' && c.anchor.unit === 'day';
  if (((c.anchor.kind !== 'offset' && c.anchor.kind !== 'anaphoric') || dayFromReport) && PERIOD_END_BEFORE.test(before)) return reject(c, 'periodEnd');
  // ("in the December quarter": the quarter ending in December; `quarterNamedByMonth` above.)
  if (
    (c.anchor.kind === 'month' || (c.anchor.kind === 'absolute' && c.anchor.date.month !== undefined && c.anchor.date.day === undefined)) &&
    /^\s+quarters?\b/i.test(after)
  )
    return withRule(c, 'quarterNamedByMonth');
  if (c.anchor.kind !== 'offset' && c.anchor.kind !== 'anaphoric' && isTimestamp(lineBefore, written, after)) return reject(c, 'pageTimestamp');
  if (c.anchor.kind === 'offset' && /\bago$/i.test(written) && OFFSET_BOUND_BEFORE.test(before)) return withRule(c, 'boundedOffset');
  // "Eton College was founded by King Henry VI nearly 570 years ago", in May 2009: a count of ten years or more written
  // with "nearly", "about" or "some" is rounded, and the year it gives (1439) may be off by one or more (it was 1440);
  // the schema has no decade or century to give instead. ("nearly five years ago" counts whole years and keeps its year.)
  if (c.anchor.kind === 'offset' && c.anchor.unit === 'year' && -c.anchor.amount >= ROUNDED_YEARS && /\bago$/i.test(written) && APPROXIMATE_BEFORE.test(before))
    return withRule(c, 'approximateYearsAgo');
  // "It won notoriety a decade ago when two of its US subsidiaries were given the largest ever environmental fines",
  // in 2009: the fines were in 1999 or 2000 or 1998; "two decades ago" is as round. Judges have refused the exact year
  // of every count in decades, while "28 years ago" and "41 years ago" passed.
  if (c.anchor.kind === 'offset' && c.anchor.unit === 'year' && DECADES_AGO.test(written)) return withRule(c, 'decadesAgo');
  // "William Reilly, ... who was head of the Environmental Protection Agency when the Exxon Valdez tanker ran aground
  // in Alaska 20 years ago", in June 2010: the tanker ran aground in 1989; a count of years in whole tens is a round
  // figure as "two decades ago" is, and the year it gives (1990) was refused by the judge. "28 years ago"
  // and "15 years ago" count years and keep theirs.
  if (c.anchor.kind === 'offset' && c.anchor.unit === 'year' && -c.anchor.amount >= ROUNDED_YEARS && -c.anchor.amount % 10 === 0 && YEARS_AGO.test(written))
    return withRule(c, 'roundYearsAgo');
  // (RECORD_BEFORE scans 70 characters back from every "since"; most dates follow no "since", and that scan was
  // 2% of a topic's extraction time.)
  if (c.source === 'bareYear' && yearEndsName(before)) return withRule(c, 'yearInName');
  if ((SINCE_BEFORE.test(before) && RECORD_BEFORE.test(before)) || COMPARISON_BEFORE.test(before) || COMPARED_TIME_BEFORE.test(before))
    return withRule(c, 'comparisonBaseline');
  return c;
}

/**
 * "the Tax Reform Act of ": capitalised words, the last right before "of", inside a sentence (after a lower-case word or
 * a comma, not a headline's capitals or a sentence's first word).
 */
const NAME_OF_BEFORE = /(?:\p{Ll}|,)\s+(?:the\s+)?((?:\p{Lu}\p{Ll}[\p{L}'’&.-]*\s+)+)of\s+$/u;
/** Words before "of 1986" that tell a time of the year: "the Summer of 1986", "March of 1986", "the End of 1986". */
const TIME_OF_YEAR_WORDS = new Set([...Object.keys(MONTH_NAMES), ...SEASONS, ...PERIOD_PARTS, ...TIMES_OF_A_YEAR]);

/** The text before a year ends with a proper name and "of": the year is the name's last word (yearInName). */
function yearEndsName(before: string): boolean {
  const m = NAME_OF_BEFORE.exec(before);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/);
  return !words.some((w) => TIME_OF_YEAR_WORDS.has(w.toLowerCase().replace(/[.'’]+$/, '')));
}

/** "in fiscal ", "for fiscal year ", "the financial year ": a year after it names a company's fiscal year (fiscalYear). */
const FISCAL_BEFORE = /\b(?:fiscal|financial)\s+(?:year\s+)?$/i;

function reject(c: Candidate, rule: string): Candidate {
  return { ...withRule(c, rule), notADate: rule };
}

function isContractMonth(before: string, after: string): boolean {
  const m = CONTRACT_AFTER.exec(after);
  if (m) {
    // "China's July crude imports": a month of data.
    if (m[2] && COMMODITY_DATA_NOUNS.has(m[2].toLowerCase())) return false;
    return true;
  }
  if (COMMODITY_FOR_BEFORE.test(before)) return true;
  // "the front-month contract for May delivery" is found from "delivery" above; "for May" alone is a date.
  return CONTRACT_BEFORE.test(before) && /^\s+(?:delivery|contract|futures)\b/i.test(after);
}

function isTimestamp(lineBefore: string, written: string, after: string): boolean {
  if (TIMESTAMP_AFTER.test(after)) return true; // "13 July 2010 Last updated at 09:43 GMT"
  if (CLOCK_AFTER.test(after) && (TIMESTAMP_LEAD.test(lineBefore) || MACHINE_DATE.test(written))) return true;
  if (DASH_CLOCK_AFTER.test(after) && TIMESTAMP_LEAD.test(lineBefore)) return true;
  // "Updated 10:21 AM EDT, Sat March 16, 2024"
  const clock = CLOCK_BEFORE.exec(lineBefore);
  return !!clock && TIMESTAMP_LEAD.test(lineBefore.slice(0, clock.index));
}
