/**
 * `narrativeYear`: "In June of that awful year [1918], ... James Niven ... had 35,000 handbills printed ... In November,
 * when the second deadly wave of the pandemic swept through Britain, he went a stage further": a month without a year
 * that opens the sentence right after one told in a year two or more before the report continues that story, in that
 * year (November 1918), not the last November before the report (2008). Only from a month of that year (not a year
 * alone) in the same sentence or the one before, and a month not before it (November after June).
 */
import type { TimeExpression } from '../types';
import type { Candidate } from './candidate';
import type { PartialDate } from './calendar';
import { formatPartialDate, parseReference } from './calendar';

/** The month opens its sentence, "In" or "By" before it at most. */
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:(?:In|By|Then,?\s+in|Later,?\s+in)\s+)?$/;

export function narrativeYear(
  text: string,
  c: Candidate,
  before: ReadonlyArray<TimeExpression>,
  ref: PartialDate | null,
): Pick<TimeExpression, 'value' | 'precision' | 'basis' | 'countedFrom'> | null {
  const a = c.anchor;
  if (a.kind !== 'month' || a.direction === 'strictPast' || a.direction === 'strictFuture' || !ref) return null;
  // ("In June of that awful year", after "an even more heroic 1918 figure": the year last written, even as a word of a
  // noun, is the one "that year" points to.)
  if (THAT_YEAR_AFTER.test(text.slice(c.end, c.end + 30))) {
    const years = [...text.slice(Math.max(0, c.start - REACH), c.start).matchAll(/\b(1[0-9]{3}|20[0-9]{2})\b/g)];
    const last = years[years.length - 1];
    if (!last) return null;
    const year = Number(last[1]);
    const at = Math.max(0, c.start - REACH) + last.index;
    if (year > ref.year - 2 || sentenceEnds(text.slice(at, c.start)) > 1) return null;
    return { value: formatPartialDate({ year, month: a.month }), precision: 'month', basis: 'relative', countedFrom: last[1] };
  }
  const antecedent = before[before.length - 1];
  if (!antecedent?.value || c.start - antecedent.end > REACH) return null;
  const date = parseReference(antecedent.value);
  if (!date || date.year > ref.year - 2) return null;
  // ("It effectively doubled the size of its operations in 2006, when it acquired Forest Oil. In April, Apache Energy
  // agreed to acquire Mariner": a year alone is background; the report's April follows. A month of that year, "In June
  // of that awful year", tells the story month by month.)
  if (date.month === undefined || a.month < date.month) return null;
  const written = text.slice(c.start, c.end);
  const lead = /^(?:In|By)\s+/i.exec(written)?.[0].length ?? 0;
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, c.start - 40), c.start + lead))) return null;
  // The date is in the same sentence or the one before: at most one sentence ends between them.
  if (sentenceEnds(text.slice(antecedent.end, c.start)) > 1) return null;
  return { value: formatPartialDate({ year: date.year, month: a.month }), precision: 'month', basis: 'relative', countedFrom: antecedent.text };
}

/** "June of that awful year", "June that year". */
const THAT_YEAR_AFTER = /^\s+(?:of\s+)?that\s+(?:[\p{L}-]+\s+)?year\b/iu;
/** How far back (in characters) the story's year is looked for: the sentence or two before. */
const REACH = 400;

function sentenceEnds(stretch: string): number {
  return [...stretch.matchAll(/[.!?]["”’)]?\s+["“(]?\p{Lu}/gu)].length;
}
