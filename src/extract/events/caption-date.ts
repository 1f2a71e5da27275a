/**
 * caption-date: "A BP petrol station closed due to a Greenpeace protest, in Camden, London, 27 July 2010": a sentence
 * that ends with a place's name, a comma and a full date standing alone (no "on" before it) is a photo caption's
 * credit line, page furniture and no report (Timeline17 audit: no happening). Prose puts a date on its verb ("closed on
 * 27 July"); after a weekday ("on Friday, March 24, 1989") the date is prose and stays (`photo-caption:place-and-date`).
 */
import type { Analysis } from '../nlp/analyse';
import { FULL_WEEKDAY_NAMES, MONTH_NAMES } from '../lexicon/time';

const WEEKDAYS = new Set(FULL_WEEKDAY_NAMES);

export function placeAndDateCaption(a: Analysis, k: number): boolean {
  const t = a.tokens;
  const { tokenStart, tokenEnd } = a.sentences[k];
  let end = tokenEnd;
  while (end > tokenStart && /^[.!]$/.test(t.norm[end - 1])) end--;
  const w = (i: number) => (i >= tokenStart && i < end ? t.norm[i] : '');
  const year = end - 1;
  if (!/^(?:19|20)\d\d$/.test(w(year))) return false;
  let comma = -1;
  // "27 July 2010" or "July 27, 2010".
  if (MONTH_NAMES[w(year - 1)] && /^\d{1,2}$/.test(w(year - 2))) comma = year - 3;
  else if (w(year - 1) === ',' && /^\d{1,2}$/.test(w(year - 2)) && MONTH_NAMES[w(year - 3)]) comma = year - 4;
  if (comma <= tokenStart || w(comma) !== ',') return false;
  const place = comma - 1;
  return t.tag[place] === 'PROPN' && !WEEKDAYS.has(w(place)) && w(comma - 2) === ',';
}
