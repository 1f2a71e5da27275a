/**
 * Market reports compare a dealing quote with the quote of an earlier session: "Call money fell to 3.60/70 pct ahead of
 * the allocation from 3.75/85 pct yesterday, dealers said", "The pound opened at 2.9540/9575 marks against 2.9490/9530
 * in Europe last night" (Reuters, March and April 1987). A two-way quote (bid/offer, "3.75/85") is a level at a moment;
 * a date right after the quote "from" or "against" which the move is measured is that quote's session, not the day of
 * the move (`date:of-a-quote-compared-with`). Only a two-way quote: "hiked its pandemic alert level to 5 from 3 this
 * week" keeps its date (events.ts `baselineOfChange`).
 */
import type { TimeExpression } from '../types';

/** "from 3.75/85 pct ", "against 2.9490/9530 in Europe ": the quote, a unit, a place, to the end of the text before the date. */
const QUOTE_COMPARED_WITH =
  /\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+[$£€]?\d[\d.,]*\/\d[\d.,]*(?:\s+(?:pct|percent|marks|dlrs|dollars|stg|yen|francs|cents|cts))?(?:\s+(?:in|at)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:(?:in|on|at)\s+)?(?:the\s+)?$/;

export function quoteComparedWith(text: string, t: TimeExpression, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, t.start - 80), t.start);
  return QUOTE_COMPARED_WITH.test(before);
}
