/**
 * A year written before the subject's noun names the thing by its year; it dates the clause only when that thing is a
 * happening. "The 1918 pandemic killed between 40 million and 100 million", "A 2004 inquiry found a pattern of the
 * company intimidating workers", "A 1970 blowout triggered a spill": the pandemic, the inquiry and the blowout were
 * that year, and so was what the clause tells of them. "The 1918 H1N1 strain passed from humans to pigs": the strain is
 * named after the pandemic of 1918; when it passed to pigs the text does not say. candidates.ts puts such a year in the
 * clause's `notDate` (`date-scope:year-names-the-subject`).
 */
import { DOCUMENT_HEADS, EVENT_NOUNS, SPOKEN_EVENT_NOUNS, SPOKEN_IN_NOUNS, YEAR_NAMED_HAPPENINGS } from '../lexicon/events';
import { DATED_HAPPENING_NOUNS } from '../lexicon/time';
import type { TokenTable } from '../nlp/tokens';

/** Nouns made from verbs name what was done: "revolution", "settlement", "ruling", "approval", "failure". */
const DEVERBAL_ENDING = /(?:tion|sion|ment|ing|al|ure|ance|ence)$/;

/** The subject's head names a happening, a document or a saying (so its year is when it happened). */
function happeningHead(t: TokenTable, head: number): boolean {
  const w = t.norm[head];
  const one = w.replace(/s$/, '');
  return (
    DATED_HAPPENING_NOUNS.has(one) ||
    EVENT_NOUNS.has(w) ||
    EVENT_NOUNS.has(one) ||
    SPOKEN_EVENT_NOUNS.has(one) ||
    SPOKEN_IN_NOUNS.has(one) ||
    DOCUMENT_HEADS.has(one) ||
    YEAR_NAMED_HAPPENINGS.has(one) ||
    DEVERBAL_ENDING.test(one)
  );
}

/**
 * The years written as a bare number between the subject's first word and its head ("The 1918 H1N1 strain") when the
 * head names no happening, as character ranges for the clause's `notDate`.
 */
export function yearsNamingTheSubject(
  t: TokenTable,
  subject: { start: number; end: number; head: number },
  times: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  if (subject.head <= subject.start || t.tag[subject.head] !== 'NOUN' || happeningHead(t, subject.head)) return [];
  const from = t.start[subject.start];
  const to = t.start[subject.head];
  const out: Array<[number, number]> = [];
  for (const x of times) if (x.start >= from && x.end <= to && /^\d{4}$/.test(t.text.slice(x.start, x.end))) out.push([x.start, x.end]);
  return out;
}
