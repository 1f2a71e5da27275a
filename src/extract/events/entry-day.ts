/**
 * A chronology's entry day that dates the telling, not what is told. Reuters' timelines write each entry as a day, a
 * dash, and the news in the present: "Jan. 5 - BP and its partners made a series of cost-cutting decisions that
 * ultimately contributed to an oil spill, the White House oil spill commission says in its final report". The day is
 * the report's ("says", present like every entry); the decisions it tells in the past were made before it (in 2009
 * and 2010), and dated 5 January 2011 the title was false (`date:entry-day-of-present-telling`).
 */
import type { EventCandidate } from './candidates';

/** A date written first in its sentence and followed by a dash: a chronology's entry ("Jan. 5 - ", "May 10 -- "). */
const ENTRY_DASH = /^\s*(?:-{1,2}|[–—])\s/;

/**
 * True when a past clause of reported speech is dated by its sentence's entry day and the saying is told in the
 * present: the day is the telling's, and what is told happened before it, on a day the sentence does not give.
 * (Not "Dec. 28 - Kenneth Feinberg ... has paid $43 million": no reported past; nor "BP said on Monday it capped the
 * well": no entry.)
 */
export function entryDayOfPresentTelling(
  text: string,
  sentenceStart: number,
  c: EventCandidate,
  time: { start: number; end: number },
  rules: string[],
): boolean {
  if (c.kind !== 'clause' || c.sayingTense !== 'present') return false;
  if (!rules.includes('reported-speech') || !(rules.includes('past') || rules.includes('past-perfect'))) return false;
  if (text.slice(sentenceStart, time.start).trim() !== '') return false;
  return ENTRY_DASH.test(text.slice(time.end, time.end + 4));
}
