/**
 * Two dates that bound a span: "Between July and August, researchers ... took 170 samples", "from April to July",
 * "Monday-Wednesday". Each keeps its value (a tagger reads two dates), and both get the rule `span`: the span's start
 * is not the day of what went on through it, nor is its end (events.ts dates nothing by either). chrono's own
 * ranges ("April 21-27", "between 23 and 28 April") carry `span` from chronoCalendarParser, year ranges `yearRange`.
 */
import type { CandidateRefiner } from './candidate';
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
const THE_OPENER = /\b(?:from|between)\s+the\s+$/i;
/** "peaked between 23 and 28 April": the first end written as a bare day number. */
const DAY_OPENER = /\b(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|[-–])\s*$/i;

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
  }
  sorted.forEach((c, i) => {
    if (c.anchor.kind === 'monthDay' || (c.anchor.kind === 'absolute' && c.anchor.date.day !== undefined))
      if (DAY_OPENER.test(text.slice(Math.max(0, c.start - 20), c.start))) ends.add(i);
  });
  return sorted.map((c, i) => {
    const spanned = ends.has(i) && !c.rules.includes('span') ? withRule(c, 'span') : c;
    return theEnds.has(i) ? withRule(spanned, 'spanOfPeriodEnds') : spanned;
  });
};
