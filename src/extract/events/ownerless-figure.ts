/**
 * A company's or a market's figure that the title gives with no owner: "He said crude oil sales last year jumped to an
 * average 609,000 bpd" (Reuters 1987: the sayer is ADNOC's chairman, named sentences before), "Worldwide production by
 * the consolidated subsidiaries declined to 341 mln barrels last year" (Texaco's), "Al-Chalabi said OPEC members have
 * not exceeded the production quotas which took effect on February 1" (OPEC's, audit reuters-firstlook #8: "The
 * production quotas took effect", actors empty). Out of its article, "Crude oil sales jumped" says not whose sales; a
 * reader reads it as a fact about no one. When no rule found the owner (the record has no actor: events.ts
 * `actors:sayer-owns-figures`, `actors:reporter-owns-figure`, `subject:company-named-before` name it when certain), the
 * event is dropped: `subject-cannot-be-placed:figure-without-owner`.
 *
 * The subject as the title shows it: its head (the last word before its first preposition, or the last two, "passenger
 * miles") is a figure noun (COMPANY_FIGURE_NOUNS, OWNED_FIGURE_NOUNS), and nothing in it says whose: no name (no
 * capital but a sentence's first letter), no possessive, no number ("Two million barrels of output" counts), no
 * pronoun. A noun before the head that makes it a thing, not a figure, changes the head ("An oil and gas production
 * platform caught fire": the head is "platform").
 */
import { COMPANY_FIGURE_NOUNS, OWNED_FIGURE_NOUNS } from '../lexicon/events';

export function figureWithoutOwner(text: string, subject: { start: number; end: number }, sentenceStart: number): boolean {
  const words = text.slice(subject.start, subject.end).trim();
  if (!words || /\d|['’]/.test(words)) return false;
  if (/\b(?:its|their|his|her|our|my|your|whose|this|these|that|those)\b/i.test(words)) return false;
  // (A capital only as the sentence's first letter: "Revenue passenger miles rose", not "Petrobras production fell".)
  const first = text.slice(sentenceStart, subject.start).trim() === '';
  if (/\p{Lu}/u.test(first ? words.slice(1) : words)) return false;
  const before = words
    .split(/\s+(?:of|by|in|from|at|for|on|to|with|under|during)\s+/i)[0]
    .toLowerCase()
    .split(/\s+/);
  const head = before.at(-1) ?? '';
  const two = before.slice(-2).join(' ');
  return COMPANY_FIGURE_NOUNS.has(head) || OWNED_FIGURE_NOUNS.has(head) || OWNED_FIGURE_NOUNS.has(two);
}
