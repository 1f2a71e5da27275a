/**
 * Happenings a sentence tells only as background to its own news, by the shape of the clause that holds them (events.ts
 * drops the mention, with the rule's name, after its date is read):
 * - a person's biography in a non-restrictive "who" clause, dated more than a year before the report: "Barton, who was
 *   elected to Congress in 1984, has received $27,000 in campaign contributions from BP" (Washington Post, June 2010)
 *   tells who Barton is, not what happened; the record "Joe Barton was elected to Congress" (1984) was judged no
 *   happening of the story (`background:biography-in-who-clause`). A recent deed stays: "Obama, who flew to the Gulf on
 *   Friday, said ...";
 * - a comparison with an earlier happening, a clause opened by "like" or "unlike": "it also could wash away the natural
 *   barriers to flooding from hurricanes and other disasters -- much like hurricanes Katrina and Rita washed away
 *   marshlands in 2005" (Fox News, 2010) compares; it became "Rita washed marshlands" (2005)
 *   (`background:comparison-clause`).
 */
import { dateSpan, dayNumber } from '../../story/span';
import type { TimeExpression } from '../types';

/** How many days before the report a biography's date must end. */
const BIOGRAPHY_DAYS = 365;

/**
 * ", who was elected to Congress in": a comma, "who" as the clause's subject, at most three words (auxiliaries, an
 * adverb) before the verb.
 */
const WHO_BEFORE_VERB = /,\s*who\s+(?:\p{Ll}+\s+){0,3}$/u;

/**
 * A happening in a non-restrictive "who" clause (its subject is the person before it) dated more than a year before the
 * report: the person's background, told to place them. Not a ", which" clause: "the Exxon Valdez, which ran aground in
 * Alaska in 1989", "the 1918 flu pandemic, which killed tens of millions" tell earlier events a timeline keeps, folded
 * as background by their date (importance.ts `period`); read on the dev topics, a ", which" rule dropped 12 of them.
 */
export function backgroundInRelativeClause(
  text: string,
  rules: readonly string[],
  verbStart: number,
  sentenceStart: number,
  time: TimeExpression,
  published: string | null | undefined,
): string | null {
  if (!published || !rules.includes('clause:relative') || !rules.includes('subject:antecedent')) return null;
  if (!WHO_BEFORE_VERB.test(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart))) return null;
  const end = time.value ? dateSpan(time.value)?.last : undefined;
  const report = dayNumber(published.slice(0, 10));
  if (end === undefined || Number.isNaN(report) || report - end <= BIOGRAPHY_DAYS) return null;
  return 'background:biography-in-who-clause';
}

/** What closes the stretch before a clause: a comma, a dash, a semicolon, a colon, a bracket. */
const STRETCH_BOUNDARY = /,|;|:|--|\u2014|\u2013|\(/g;
/** "much like hurricanes Katrina and Rita washed away": the stretch opens with "like" or "unlike" (after an adverb). */
const LIKE_OPENS = /^\s*(?:(?:much|just|very\s+much|not|quite)\s+)?(?:un)?like\s+\S/i;

/** A clause whose stretch (from the last comma, dash or sentence start to its verb) opens with "like": a comparison. */
export function comparisonLikeClause(text: string, verbStart: number, sentenceStart: number): boolean {
  // (A stretch is a few words: a long run of text without a comma opens no comparison read here.)
  const before = text.slice(Math.max(sentenceStart, verbStart - 200), verbStart);
  let from = 0;
  for (const m of before.matchAll(STRETCH_BOUNDARY)) from = m.index + m[0].length;
  const stretch = before.slice(from);
  // (Sentence-initial "Like many analysts, he ..." is a phrase closed by its comma: the verb's stretch is after it.)
  return LIKE_OPENS.test(stretch) && !/[.!?]/.test(stretch);
}
