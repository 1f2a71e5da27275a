/**
 * Holidays on a fixed day of the calendar: "A magnitude 7.6 earthquake struck ... on New Year's Day" is 1 January.
 * chrono reads none of them. Like "November 29th" without a year, the year is the one nearest the reference
 * ("New Year's Day" in a piece of 2 January 2024 is 1 January 2024; "Christmas Eve" in one of 27 December is the
 * 24th). Holidays whose day moves (Easter, Thanksgiving) or differs by country (Independence Day) are left out:
 * a date a reader would have to look up is not one we should state.
 */
import type { Candidate } from './candidate';
import { FIXED_HOLIDAYS } from '../lexicon/time';

const PATTERN = new RegExp(
  `\\b(?:${Object.keys(FIXED_HOLIDAYS)
    .map((h) => h.replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);

export function parseHolidays(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [month, day] = FIXED_HOLIDAYS[m[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')];
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      anchor: { kind: 'monthDay', month, day, direction: 'nearest' },
      source: 'holiday',
      rules: ['holiday'],
      yearless: true,
    });
  }
  return out;
}
