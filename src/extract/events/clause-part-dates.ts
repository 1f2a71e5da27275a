/**
 * Dates written in a part of the sentence that tells another happening than the clause's own: a cause phrase
 * ("because of a 40 pct drop in oil income last year"), the telling before a zero complement ("He told Reuters last
 * month Elders IXL Ltd ... had also bid"), and the end of a span a present perfect sums up ("which has climbed in a month
 * from about 5.70 dlrs an ounce to over 9.00 dlrs an ounce today"). Wire copy of 1987 the judges read: date no each
 * time. events.ts reads each as a date of another thing (`date:of-the-cause`, `date:of-the-telling`,
 * `date:end-of-a-perfect-span`).
 */
import { PAST_REPORTING_VERBS, SPAN_COUNT_WORDS } from '../lexicon/time';
import type { TimeExpression } from '../types';
import type { EventCandidate } from './candidates';

/**
 * "because of", "due to", "owing to", "as a result of", "on account of", "thanks to", and what a move answers: "in
 * response to", "in reaction to", "in retaliation for"; then no comma up to the date.
 */
const CAUSE_PHRASE =
  /\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|on\s+account\s+of|thanks\s+to|in\s+(?:response|reaction)\s+to|in\s+retaliation\s+for)\s+((?:[^,;:]|,(?=\d))*)$/i;

/**
 * "Venezuela requested easier terms because of a 40 pct drop in oil income last year" (Reuters, 26 February 1987),
 * "Peru's reserves fell sharply due to a drop in the trade surplus to about five mln dlrs in 1986 from 1.1 billion in
 * 1985" (Reuters, 15 March 1987): a date inside a phrase of cause after the verb dates the cause (the drop of oil income,
 * the trade surplus), not what it caused; the request was made in 1987 and the sentence does not date the fall of the
 * reserves. ("Ecuador today suspended its crude oil exports ... due to an earthquake last night": a date before the
 * phrase is the clause's own.) The report's own day, "today", "yesterday", "last night", "tonight", still dates the
 * clause, as in a phrase of another happening (events.ts `inPhraseOfAnotherHappening`). The same in what a move
 * answers: "Kenya devalued the shilling by 0.6 pct against the special drawing right (SDR) in response to the decline
 * of the dollar last week, bankers said" (Reuters, 13 April 1987) dates the dollar's decline, not the devaluation.
 */
export function dateOfTheCause(text: string, t: TimeExpression, sentenceStart: number, verb: { start: number; end: number } | undefined): boolean {
  if (!verb || t.start <= verb.end) return false;
  const m = CAUSE_PHRASE.exec(text.slice(Math.max(sentenceStart, verb.end), t.start));
  if (!m) return false;
  return !/^deictic:(?:yesterday|today|tonight|lastNight)$/.test(t.rules[0] ?? '');
}

/** "said ", "announced ", "told Reuters ", "told the analysts ": a saying verb (and whom it was told to) right before. */
const SAYING_BEFORE = new RegExp(`(?:(?:${PAST_REPORTING_VERBS.source})|\\bsays)\\s+$|\\b(?:told|tells)\\s+(?:[\\p{L}.'’-]+\\s+){1,3}$`, 'iu');

/**
 * "He told Reuters last month Elders IXL Ltd ELXA.S, the Melbourne-based brewing company, had also bid for the "B"
 * shares" (Reuters, 8 April 1987): a complement with no "that" runs on from the saying verb and whom it was told to; a
 * date right after them, before the complement's subject, is the telling's ("told Reuters last month"), as it is
 * before a "that" ("said on Monday that ..."), not the bid's. So for a relative clause on the complement's subject:
 * "BP said Wednesday mud that was forced down its blown-out well was holding back the flow of crude" (Fox News, 4
 * August 2010) tells no forcing on Wednesday, the day BP said the mud was holding (the judges: date no). The
 * complement's own words start after the saying.
 */
export function dateOfTheTelling(text: string, c: EventCandidate, t: TimeExpression, sentenceStart: number): boolean {
  if (c.kind !== 'clause') return false;
  const complement = c.rules.includes('clause:complement') && c.rules.includes('reported-speech');
  if (!complement && !c.rules.includes('date-scope:antecedent')) return false;
  const verb = c.title.find((r) => r.role === 'verb');
  if (!verb || t.end > verb.start) return false;
  // (The saying's words end right before the date: no "that", no comma between.)
  const saidRightBefore = complement
    ? c.reportDate.some(([, b]) => b <= t.start && /^\s+$/.test(text.slice(b, t.start)))
    : SAYING_BEFORE.test(text.slice(sentenceStart, t.start));
  if (!saidRightBefore) return false;
  // (And the complement's subject after the date: something written between it and the verb.)
  return /\p{L}/u.test(text.slice(t.end, verb.start));
}

/** "in a month", "in two weeks", "over the past year", "within three days": a stretch of time counted in units. */
const SPAN_OF_UNITS = new RegExp(
  String.raw`\b(?:in|over|within|during)\s+(?:the\s+(?:past|last)\s+)?(?:${SPAN_COUNT_WORDS.map((w) => w.replace(' ', String.raw`\s+`)).join('|')}|\d+)\s+(?:days?|weeks?|months?|years?)\b`,
  'i',
);

/**
 * "the price of silver bullion, which has climbed in a month from about 5.70 dlrs an ounce to over 9.00 dlrs an ounce
 * today" (Reuters, 24 April 1987): a present perfect that names the stretch it sums up ("in a month") tells a change
 * over that stretch; the report's day after it dates only the level reached, not the climb (the judges: date no).
 */
export function endOfPerfectSpan(text: string, t: TimeExpression, verb: { start: number; end: number } | undefined, rules: readonly string[]): boolean {
  if (!verb || !rules.includes('present-perfect') || t.start <= verb.end) return false;
  return SPAN_OF_UNITS.test(text.slice(verb.end, t.start));
}
