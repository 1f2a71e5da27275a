/**
 * The time stage: finds the temporal expressions of a text and resolves them against the document's
 * reference date (its publication date, at whatever precision is known).
 *
 * Shaped like chrono: parsers each recognise one kind of expression, refiners then adjust and filter
 * them, and one resolver turns them into ISO values. See ./time/ for each piece and the sentence it
 * was written for.
 */
import type { TimeExpression } from './types';
import type { Candidate, CandidateParser, CandidateRefiner } from './time/candidate';
import { parseReference } from './time/calendar';
import { parseCalendarExpressions } from './time/chronoCalendarParser';
import { parseBareYears } from './time/bareYearParser';
import { parseDeicticExpressions } from './time/deicticParser';
import { periodPrefixRefiner } from './time/periodPrefixRefiner';
import { monthNameRefiner } from './time/monthNameRefiner';
import { monthOfYearRefiner } from './time/monthOfYearRefiner';
import { yearRangeRefiner } from './time/yearRangeRefiner';
import { namedEventRefiner } from './time/namedEventRefiner';
import { futureCueRefiner } from './time/futureCueRefiner';
import { overlapRefiner } from './time/overlapRefiner';
import { resolveRelativeDate } from './time/resolveRelativeDate';

const PARSERS: CandidateParser[] = [parseCalendarExpressions, parseBareYears, parseDeicticExpressions];

const REFINERS: CandidateRefiner[] = [
  monthNameRefiner,
  namedEventRefiner,
  periodPrefixRefiner,
  monthOfYearRefiner,
  yearRangeRefiner,
  overlapRefiner,
  futureCueRefiner,
];

/**
 * @param text the text to tag; offsets of the result point into it
 * @param reference the publication date as ISO at its precision ("2024-11-30", "2024-06", "2024") or null
 * @returns non-overlapping expressions sorted by start
 */
export function findTimeExpressions(text: string, reference: string | null): TimeExpression[] {
  const ref = parseReference(reference);
  let candidates: Candidate[] = PARSERS.flatMap((parse) => parse(text));
  for (const refine of REFINERS) candidates = refine(text, candidates);
  const out: TimeExpression[] = [];
  for (const c of candidates) {
    const resolved = resolveRelativeDate(c.anchor, ref);
    if (!resolved) continue;
    out.push({ text: text.slice(c.start, c.end), start: c.start, end: c.end, ...resolved });
  }
  return out;
}
