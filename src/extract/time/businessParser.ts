/**
 * Business copy's own time words. A market report says "BP shares fell 17% on the day" and "recovered late in the
 * session": that is the day it reports on (the date told just before, else the report's day). Earnings copy compares
 * with "the same period last year": the period one year before the report, which a reader can place at the year.
 */
import type { Candidate } from './candidate';
import { SAME_DAY_PHRASES, YEAR_EARLIER_PERIOD } from '../lexicon/time';

export function parseBusinessExpressions(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of SAME_DAY_PHRASES) {
    for (const m of text.matchAll(pattern)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        anchor: { kind: 'anaphoric', unit: 'day', amount: 0, fallback: true },
        source: 'business',
        rules: ['business:sameDay'],
      });
    }
  }
  for (const m of text.matchAll(YEAR_EARLIER_PERIOD)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      anchor: { kind: 'offset', unit: 'year', amount: -1, precision: 'year' },
      source: 'business',
      rules: ['business:yearEarlierPeriod'],
    });
  }
  return out;
}
