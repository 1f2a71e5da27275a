/**
 * "Canada has completed its own cyber-security review and this year will be implementing the National Cyber-Security
 * Strategy": a date right after the "and" that joins a second verb phrase, with that phrase's own auxiliary or modal
 * right after the date, is the time of the second verb (the implementing), not of the first (the review was completed
 * before). events.ts `date:of-the-next-clause`. A verb of the past in -ed right after the date is the second verb too
 * ("has met top Chinese leaders and today signed an agreement"); "completed the review this year and will implement it"
 * keeps its date: the date comes before the "and".
 */
import { MODALS } from '../lexicon/grammar';
import { canBeTagged } from '../nlp/wink';

/** The words of the date's own clause, first after it: "will", "would", "has", "was", ... */
const AUXILIARIES = new Set([...MODALS, 'has', 'have', 'had', 'is', 'are', 'was', 'were']);
/**
 * "... review and this year": the "and" right before the date (a comma may come first). ("Dixons then extended the offer
 * until yesterday and earlier today indicated that a substantial number of tendered Cyclops shares had been withdrawn",
 * Reuters of 25 March 1987: "earlier" or "later" may stand between; the indication was today's, not the extension.)
 */
const AND_BEFORE = /(?:^|[\s,])and\s+(?:(?:earlier|later|then|also)\s+)?$/i;

/**
 * True when the date at [start, end) opens a second verb phrase joined by "and" after the clause's verb: `between` is
 * the text from the clause's verb to the date.
 */
export function dateOfNextClause(text: string, between: string, t: { end: number }): boolean {
  if (!AND_BEFORE.test(between)) return false;
  const next = /^\s*,?\s*([\p{L}'’]+)/u.exec(text.slice(t.end, t.end + 30));
  if (!next) return false;
  const word = next[1].toLowerCase();
  // ("During his visit, De Clercq has met top Chinese leaders and today signed an agreement to open a European Community
  // Commission office in Peking": a verb of the past in -ed right after the date, a word no noun has ("speed", "hundred"),
  // is the second verb; the meetings were held on the days of the visit. ("BP capped the well and on Monday started the
  // static kill": Monday is the start's.)
  return AUXILIARIES.has(word) || (/^\p{Ll}{3,}ed$/u.test(next[1]) && !canBeTagged(word, 'NOUN'));
}
