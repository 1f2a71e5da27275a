/**
 * Ranges of years keep their start: "from 2005 to 2007", "between 2005 and 2007", "2005-07", "2005–2007".
 * The span covers the whole range so the end year is not reported as a date of its own.
 */
import type { CandidateRefiner } from './candidate';

const RANGE_END = /^(?:\s*[-–]\s*(?:\d{2}|\d{4})\b|\s+(?:to|and|until|through|till)\s+(?:19|20)\d\d\b)/;

export const yearRangeRefiner: CandidateRefiner = (text, candidates) =>
  candidates.map((c) => {
    if (c.source !== 'bareYear') return c;
    const after = RANGE_END.exec(text.slice(c.end, c.end + 20));
    if (!after) return c;
    const isWordRange = /^\s+(to|and|until|through|till)\s/.test(after[0]);
    // "to 2007" alone is not a range end unless the start was introduced as one ("from", "between").
    if (isWordRange && !/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, c.start - 10), c.start))) return c;
    return { ...c, end: c.end + after[0].length, rules: [...c.rules, 'yearRange'] };
  });
