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
/** "peaked between 23 and 28 April": the first end written as a bare day number. */
const DAY_OPENER = /\b(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|[-–])\s*$/i;

export const spanRefiner: CandidateRefiner = (text, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const ends = new Set<number>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (b.start < a.end) continue;
    const between = text.slice(a.end, b.start);
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
  return sorted.map((c, i) => (ends.has(i) && !c.rules.includes('span') ? withRule(c, 'span') : c));
};
