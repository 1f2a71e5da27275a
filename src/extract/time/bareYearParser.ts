/**
 * Years written alone: "A 2018 military agreement between the two Koreas collapsed last year",
 * "launched in 2003", "the 1991 settlement". chrono does not read these; most four-digit numbers in news
 * are not years, so a number counts only in a date-like context (see YEAR_CONTEXT_WORDS) and never as a
 * count ("2000 soldiers"), an amount ("$2024"), a quantity ("2000 km") or part of a name ("WWDC 2005").
 * Decades ("the 1990s") are left alone: a timeline has no honest point for them.
 */
import type { Candidate } from './candidate';
import { EVENT_EDITION_NOUNS, NON_PLURAL_S_WORDS, QUANTITY_WORDS, STRONG_YEAR_PREPOSITIONS, YEAR_CONTEXT_WORDS, YEAR_MODIFIED_PLURALS } from '../lexicon/time';

const YEAR = /(?<![\w$€£#.,/]|\d[-–])(19\d\d|20\d\d|2100)(?![\w%]|[.,]\d|\/\d)/g;

export function parseBareYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!readsAsYear(text, start, end)) continue;
    out.push({ start, end, anchor: { kind: 'absolute', date: { year: Number(m[1]) } }, source: 'bareYear', rules: ['bareYear'] });
  }
  return out;
}

function readsAsYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const prev = /([\p{L}.'’]+)[\s(]*$/u.exec(before)?.[1] ?? '';
  const prevLower = prev.toLowerCase();
  const next = /^\s*([\p{L}%]+)/u.exec(after)?.[1] ?? '';
  const nextLower = next.toLowerCase();

  if (QUANTITY_WORDS.has(nextLower)) return false;
  // "In the late 1980's": a decade written with an apostrophe, left alone like "the 1990s".
  if (/0$/.test(text.slice(start, end)) && /^['’]s\b/.test(after) && /\bthe\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(before)) return false;
  // "over 2000 soldiers", "1000 songs": a lowercase plural after the number makes it a count.
  const pluralFollows = /^\s+[a-z]+s\b/.test(after) && !YEAR_MODIFIED_PLURALS.has(nextLower) && !NON_PLURAL_S_WORDS.has(nextLower);
  if (pluralFollows && !STRONG_YEAR_PREPOSITIONS.has(prevLower)) return false;

  // "it could be (like) 1957 where about 3 million people died that year": a number a "when" or "where" clause
  // hangs on is a time, not a count.
  if (/^\s+(?:when|where)\b/i.test(after)) return true;
  const atSentenceStart = /(?:^|[.!?:;]["”’]?|\n)\s*[("“]?$/.test(before);
  if (atSentenceStart) return true;
  if (/\b[QH][1-4]\s+$/.test(before)) return true; // "Q3 2024", "H1 2025": a part of the year
  if (/[-–—]\s*$/.test(before) && /\b(?:mid|early|late)[-–]\s*$/i.test(before)) return true;
  // "won the tournament in 1964, 2008 and 2012": a year in a list of years
  if (/\b(?:19|20)\d\d,\s*$/.test(before) && /^\s*(?:,|and\b|or\b)/.test(after)) return true;
  if (/,\s*$/.test(before)) return /^\s*[,.;:)]|^\s*$/.test(after); // "..., 2018." an appositive year
  if (/\(\s*$/.test(before)) return /^\s*\)/.test(after); // "(2018)"
  if (EVENT_EDITION_NOUNS.has(prevLower) && /^[A-Z]/.test(prev)) return true;
  if (/^[A-Z]{2,6}$/.test(prev)) return true; // "WWDC 2005": an acronym and its edition
  if (YEAR_CONTEXT_WORDS.has(prevLower) || /['’]s$/.test(prev)) return true; // "Trump's 2019 summit"
  // "the landmark 2018 deal": a determiner two words back and a noun after.
  return /\b(?:the|a|an|its|their|his|her)\s+[a-z]+\s+$/i.test(before) && /^\s+[a-zA-Z]/.test(after) && !pluralFollows;
}
