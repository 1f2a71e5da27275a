/**
 * A month name standing alone must read as a month: capitalised ("they march on" is a verb), and for the
 * names that are also common words or names ("Theresa May said", "the March on Washington",
 * "August Wilson wrote") introduced by a word like "in", "since" or "early". Month names with a day or
 * a year ("May 7, 2005", "March 2023") are dates whatever comes before them.
 */
import type { CandidateRefiner } from './candidate';
import { AMBIGUOUS_MONTH_WORDS, MONTH_CONTEXT_WORDS } from '../lexicon/time';

export const monthNameRefiner: CandidateRefiner = (text, candidates) =>
  candidates.filter((c) => {
    if (c.anchor.kind !== 'month' || c.source !== 'chrono') return true;
    const word = /[A-Za-z]+\.?$/.exec(text.slice(c.start, c.end))?.[0] ?? '';
    if (!/^[A-Z]/.test(word)) return false;
    const prev = /([A-Za-z]+)[\s-]*$/.exec(text.slice(Math.max(0, c.start - 20), c.start))?.[1]?.toLowerCase();
    const introduced = prev !== undefined && MONTH_CONTEXT_WORDS.has(prev);
    if (AMBIGUOUS_MONTH_WORDS.has(word.replace(/\.$/, '').toLowerCase())) return introduced;
    // "June Carter", "January Jones": a capitalised word on either side makes it a name.
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const capitalBefore = /\b[A-Z][a-z]+\s+$/.test(before) && !/(?:^|[.!?:;]\s+|\n)[A-Z][a-z]+\s+$/.test(before);
    const capitalAfter = /^\s+[A-Z][a-z]/.test(text.slice(c.end, c.end + 5));
    return introduced || !(capitalBefore || capitalAfter);
  });
