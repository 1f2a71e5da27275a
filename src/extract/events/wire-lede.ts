/**
 * "IMF APPROVES 48 MLN DLR LOAN TO ASSIST ECUADOR / WASHINGTON, June 29 - The International Monetary Fund said it
 * approved a 48 mln dlr loan to assist Ecuador ...", Reuters of 29 June 1987: a wire story's first sentence, right
 * after a dateline that names the day the story was filed, tells that day's news; a saying in it with no day of its
 * own was made on the dateline's day (wire copy writes "said" for today's statement and names any other day). What
 * was said was done before the saying, on a day the text does not give, so events.ts titles the announcement with
 * its sayer, dated by the dateline (`date:wire-lede-saying-of-dateline-day`), and only when the headline tells the
 * same happening (headline-echo.ts): the headline vouches that the saying is the story's news.
 */
import { OPENING_DATELINE } from '../document';
import type { Sentence, TimeExpression } from '../types';

/**
 * A dateline line alone: a place in letters, a comma, a month's day and a dash, "QUITO, March 9 -", "Quito, march 13
 * -", "KUALA LUMPUR, March 2 -", "NORTHVALE, N.J., Oct 19 -", "NEW YORK, April 8 (Reuters) -".
 */
const DATELINE_LINE =
  /^\s*\p{L}[\p{L} .'’/-]{1,60}(?:,\s*\p{L}[\p{L}.]{1,15})?,\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*\(\w+\))?\s*[-–—]{1,2}\s*$/iu;

/**
 * The day of the dateline line just before sentence `k` (the line holds nothing but the dateline) when it is the
 * publication day; null otherwise. `times` are the document's time expressions, the dateline's own among them.
 */
export function datelineDayBefore(text: string, sentences: Sentence[], k: number, times: readonly TimeExpression[], published: string | null): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || k < 1) return null;
  const line = sentences[k - 1];
  if (!line || !DATELINE_LINE.test(text.slice(line.start, line.end))) return null;
  const day = times.find((t) => t.start >= line.start && t.end <= line.end && t.precision === 'day');
  return day?.value === published ? published : null;
}

/**
 * "Lima, april 3 - peru's consuemr price index rose 5.3 pct last month to 13,914.4" (Reuters, 3 April 1987): the
 * dateline's day is the day the story was filed, and the first sentence's happening is that day's only when it names
 * no time of its own; here the rise was 'last month' (the judges: date no for 3 April). True when `t` is the day of a
 * dateline opening the sentence that starts at `sentenceStart` (document.ts `OPENING_DATELINE`).
 */
export function inOpeningDateline(text: string, sentenceStart: number, t: { start: number; end: number }): boolean {
  const m = OPENING_DATELINE.exec(text.slice(sentenceStart, sentenceStart + 120));
  return m !== null && t.end <= sentenceStart + m[0].length;
}
