/**
 * Two dates that bound a span: "Between July and August, researchers ... took 170 samples", "from April to July",
 * "Monday-Wednesday". Each keeps its value (a tagger reads two dates), and both get the rule `span`: the span's start
 * is not the day of what went on through it, nor is its end (events.ts dates nothing by either). chrono's own
 * ranges ("April 21-27", "between 23 and 28 April") carry `span` from chronoCalendarParser, year ranges `yearRange`.
 */
import type { Candidate, CandidateRefiner } from './candidate';
import { withRule } from './candidate';

/** What joins the two ends: "and" / "to" only after "between" / "from"; a dash or "through" alone. */
const JOINER = /^\s*(?:[-–—]|to|and|until|till|through|thru)\s*$/i;
const OPENER = /\b(?:from|between)\s+$/i;
/**
 * "The Singapore dollar SGD = fell nearly 4 percent against the U.S. dollar between the end of January 2003 and the end
 * of April 2003", "a massive bloom of methane-eating underwater bacteria sometime between the end of June and the
 * beginning of August": ends written as "the end of", "the beginning of" (a date's own words may begin after "the")
 * bound a span too (`spanOfPeriodEnds`); read alone, the fall was dated 31 January 2003, the day it began.
 */
const THE_JOINER = /^\s*(?:to|and|until|till|through)\s+the\s+$/i;
/** The same ends when periodPrefixRefiner has taken "the end of" into the date's own span. */
const PERIOD_END = /^the\s+(?:end|beginning|start|middle)\s+of\s/i;
const THE_OPENER = /\b(?:from|between)\s+the\s+$/i;
/**
 * "Domestic sales for March 1 through 20 declined 60 pct to 1,550 cars from 3,880 cars in the comparable period of 1986,
 * American Motors said" (Reuters, 24 March 1987): "through" and a bare day number after a month's day end a span the
 * parser reads as its start alone, "March 1", which then dated the decline as if it fell on that day (`spanToBareDay`).
 * Not a count or an amount after the number ("through 20 pct", "through 1.5"), nor a time of day ("through 10:30").
 */
const THROUGH_BARE_DAY =
  /^\s*(?:through|thru)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|pct|percent|per\b|mln|million|billion|dlrs|cents|a\.?m\b|p\.?m\b|o'clock))/i;
/**
 * "Taco Bell said it bought 119,867 Calny common shares on October 15 and 16 at 10.75 dlrs a share" (Reuters, 19 October
 * 1987): "and" and a bare later day after a month's day name two days of that month; the parser reads the first alone,
 * which dated the buying of both days by the 15th (`daysJoinedByAnd`, then `spanWithinMonth`). Only where the number
 * ends a phrase: not "on March 15 and 20 workers were hurt", nor a figure ("and 16 pct"); not after "between".
 */
const AND_BARE_DAY =
  /^\s*and\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|on|of|for|to|when|while|with|by|from|after|before|as|respectively)\b)/i;
/**
 * A span inside one month, both ends in its words: "March 1-20", "March 11 to 20", "23-28 April", "March 1 through 20":
 * a figure or a happening over it belongs to the month, events.ts `date:month-of-span` (`spanWithinMonth`).
 */
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WITHIN_MONTH = new RegExp(
  `^(?:(?:from|between)\\s+)?(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|through|thru|and)\\s*\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD})(?:,?\\s+\\d{4})?$`,
  'i',
);
/** "peaked between 23 and 28 April": the first end written as a bare day number. */
const DAY_OPENER = /\b(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|[-–])\s*$/i;

const hasDay = (c: Candidate) => c.anchor.kind === 'monthDay' || (c.anchor.kind === 'absolute' && c.anchor.date.day !== undefined);
const dayOf = (c: Candidate) => (c.anchor.kind === 'monthDay' ? c.anchor.day : c.anchor.kind === 'absolute' ? (c.anchor.date.day ?? 0) : 0);

export const spanRefiner: CandidateRefiner = (text, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const ends = new Set<number>();
  const theEnds = new Set<number>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (b.start < a.end) continue;
    const between = text.slice(a.end, b.start);
    const theOpener = THE_OPENER.test(text.slice(Math.max(0, a.start - 14), a.start));
    if (
      (THE_JOINER.test(between) || (theOpener && /^\s*(?:to|and|until|till|through)\s*$/i.test(between))) &&
      (theOpener || OPENER.test(text.slice(Math.max(0, a.start - 10), a.start)))
    ) {
      ends.add(i).add(i + 1);
      theEnds.add(i).add(i + 1);
      continue;
    }
    if (!JOINER.test(between)) continue;
    const dash = /^\s*(?:[-–—]|through|thru)\s*$/i.test(between);
    if (!dash && !OPENER.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    // ("MEXICO CITY, April 24 - Yesterday, ...": a dateline's dash; a span joins two dates of one kind.)
    if (dash && a.anchor.kind !== b.anchor.kind) continue;
    ends.add(i).add(i + 1);
    if (PERIOD_END.test(text.slice(a.start, a.end)) && PERIOD_END.test(text.slice(b.start, b.end))) theEnds.add(i).add(i + 1);
  }
  sorted.forEach((c, i) => {
    if (c.anchor.kind === 'monthDay' || (c.anchor.kind === 'absolute' && c.anchor.date.day !== undefined))
      if (DAY_OPENER.test(text.slice(Math.max(0, c.start - 20), c.start))) ends.add(i);
  });
  return sorted.map((c, i) => {
    let spanned = ends.has(i) && !c.rules.includes('span') ? withRule(c, 'span') : c;
    if (!spanned.rules.includes('span') && hasDay(spanned)) {
      const through = THROUGH_BARE_DAY.exec(text.slice(c.end, c.end + 40));
      if (through && +through[1] > dayOf(spanned) && +through[1] <= 31)
        spanned = { ...withRule(withRule(spanned, 'span'), 'spanToBareDay'), end: c.end + through[0].length };
      // ("bought 362,700 Wrather common shares between Feb 13 and 24": a span opened by "between" is bounded, and
      // events.ts reads it so, `date:bound-of-a-between-span`.)
      const and = through || /\bbetween\s+$/i.test(text.slice(Math.max(0, c.start - 10), c.start)) ? null : AND_BARE_DAY.exec(text.slice(c.end, c.end + 40));
      if (and && +and[1] > dayOf(spanned) && +and[1] <= 31) spanned = { ...withRule(withRule(spanned, 'span'), 'daysJoinedByAnd'), end: c.end + and[0].length };
    }
    // ("The WHO raised its pandemic alert on April 29 to 5 on the scale": the second number must be a later day.)
    const written = text.slice(spanned.start, spanned.end).trim();
    const days = written.match(/\b\d{1,2}\b/g)?.map(Number) ?? [];
    if (spanned.rules.includes('span') && hasDay(spanned) && WITHIN_MONTH.test(written) && days.length >= 2 && days[1] > days[0])
      spanned = withRule(spanned, 'spanWithinMonth');
    return theEnds.has(i) ? withRule(spanned, 'spanOfPeriodEnds') : spanned;
  });
};
