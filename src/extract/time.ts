/**
 * The time stage: finds the temporal expressions of a text and resolves them against the document's
 * reference date (its publication date, at whatever precision is known).
 *
 * Shaped like chrono: parsers each recognise one kind of expression, refiners then adjust and filter
 * them, and one resolver turns them into ISO values. See ./time/ for each piece and the sentence it
 * was written for.
 */
import type { Precision, TimeExpression } from './types';
import type { Candidate, CandidateParser, CandidateRefiner } from './time/candidate';
import { addDays, addMonths, formatPartialDate, parseReference } from './time/calendar';
import { parseCalendarExpressions } from './time/chronoCalendarParser';
import { parseBareYears } from './time/bareYearParser';
import { parseDeicticExpressions } from './time/deicticParser';
import { parseAnaphoricExpressions } from './time/anaphoricParser';
import { parseHolidays } from './time/holidayParser';
import { periodPrefixRefiner } from './time/periodPrefixRefiner';
import { monthNameRefiner } from './time/monthNameRefiner';
import { monthOfYearRefiner } from './time/monthOfYearRefiner';
import { yearRangeRefiner } from './time/yearRangeRefiner';
import { namedEventRefiner } from './time/namedEventRefiner';
import { futureCueRefiner } from './time/futureCueRefiner';
import { overlapRefiner } from './time/overlapRefiner';
import { resolveRelativeDate } from './time/resolveRelativeDate';

const PARSERS: CandidateParser[] = [parseCalendarExpressions, parseBareYears, parseDeicticExpressions, parseAnaphoricExpressions, parseHolidays];

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
    if (c.anchor.kind === 'anaphoric') {
      const counted = resolveAnaphoricDate(c.anchor, c.start, out);
      if (counted) out.push({ text: text.slice(c.start, c.end), start: c.start, end: c.end, ...counted });
      continue;
    }
    const resolved = resolveRelativeDate(c.anchor, ref);
    if (!resolved) continue;
    out.push({ text: text.slice(c.start, c.end), start: c.start, end: c.end, ...resolved });
  }
  return out;
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
): Pick<TimeExpression, 'value' | 'precision' | 'basis' | 'countedFrom'> | null {
  const antecedent = before[before.length - 1];
  if (!antecedent || at - antecedent.end > ANAPHORA_REACH) return null;
  const date = parseReference(antecedent.value);
  if (!date) return null;
  const precision: Precision = anchor.unit === 'week' ? 'day' : anchor.unit;
  let value: string;
  if (precision === 'year') value = formatPartialDate({ year: date.year + anchor.amount });
  else if (precision === 'month') {
    if (date.month === undefined) return null;
    value = formatPartialDate(addMonths(date.year, date.month, anchor.amount));
  } else {
    if (date.month === undefined || date.day === undefined) return null;
    value = formatPartialDate(addDays({ year: date.year, month: date.month, day: date.day }, anchor.amount * (anchor.unit === 'week' ? 7 : 1)));
  }
  return { value, precision, basis: 'relative', countedFrom: antecedent.text };
}
