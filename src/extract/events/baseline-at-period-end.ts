/**
 * "inclusion of Texaco's equity ... limited the decline to 2.91 billion barrels from 3.00 billion at the end of 1985": a
 * figure "from" started at, dated "at the end of" a period, is the level on that day, the other side of the change; the
 * change came later, so that day is no date of the change (`date:baseline-at-period-end`). events.ts `baselineOfChange` leaves a date
 * after "to 2.91 billion" to the change ("hiked its pandemic alert level to 5 from 3 this week"); a period's end is a
 * level's day, never a change's.
 */
import { FIGURE_HEDGES } from '../lexicon/events';
import type { TimeExpression } from '../types';

/** "from 3.00 billion at ", "from about $3 bln at ": the figure and "at", to the end of the text before the date. */
const FROM_FIGURE_AT = new RegExp(String.raw`\bfrom\s+(?:(?:${FIGURE_HEDGES.join('|')})\s+)?[$£€]?\d[\d.,]*(?:\s+[a-z]+){0,4}\s+at\s+$`, 'i');
/** "the end of 1985", "year-end", "year end". */
const PERIOD_END = /^(?:the\s+)?end\s+of\b|^(?:year|quarter)[- ]end\b/i;

export function baselineAtPeriodEnd(text: string, t: TimeExpression, sentenceStart: number): boolean {
  if (!PERIOD_END.test(t.text)) return false;
  const before = text.slice(Math.max(sentenceStart, t.start - 80), t.start);
  // (Inside the stretch of the figure: a comma between them ends it, one inside a number does not.)
  const m = FROM_FIGURE_AT.exec(before);
  return m !== null && !/[,;](?!\d)/.test(m[0]);
}
